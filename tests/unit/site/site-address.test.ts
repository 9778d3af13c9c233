import { describe, expect, test } from 'vitest';
import { LOCAL_ADDRESS, siteAddress, siteAddressProblem } from '../../../src/lib/site/site-address';

describe('the address a build is made for', () => {
  test('a build without SITE_URL stops with one line that names the variable and how to set it', () => {
    for (const missing of [undefined, '', '  ']) {
      const problem = siteAddressProblem(missing)!;
      expect(problem).toMatch(/^SITE_URL: not set, /);
      expect(problem).toContain('SITE_URL=https://news.example npm run build');
      expect(problem).toContain('`npm start`');
      expect(problem).not.toContain('\n');
      expect(() => siteAddress('build', missing)).toThrow(problem);
    }
  });

  test('an address that is no origin is refused with what was found and the fix', () => {
    expect(siteAddressProblem('news.example')).toMatch(/^SITE_URL: found "news.example", not an address; set /);
    expect(siteAddressProblem('ftp://news.example')).toContain('not an http or https address');
    expect(siteAddressProblem('https://news.example/borderlines/')).toBe(
      'SITE_URL: found "https://news.example/borderlines/", which is more than an origin; give the scheme and host only, e.g. https://news.example',
    );
    expect(siteAddressProblem('https://news.example/?utm=1')).toContain('more than an origin');
  });

  test('a sound address is used as its origin, with or without the closing slash', () => {
    expect(siteAddress('build', 'https://news.example/')).toBe('https://news.example');
    expect(siteAddress('build', 'https://News.Example:8443')).toBe('https://news.example:8443');
    // A host on a private network may serve the site without TLS.
    expect(siteAddress('build', 'http://intranet.example')).toBe('http://intranet.example');
  });

  test('the development server and the preview fall back to the local address', () => {
    expect(siteAddress('dev', undefined)).toBe(LOCAL_ADDRESS);
    expect(siteAddress('preview', '')).toBe(LOCAL_ADDRESS);
    expect(siteAddress('preview', '  ')).toBe(LOCAL_ADDRESS);
    expect(siteAddress('dev', 'https://news.example/')).toBe('https://news.example');
  });
});
