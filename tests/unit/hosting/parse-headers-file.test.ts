import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../src/lib/hosting/parse-headers-file';
import { headersFile } from '../../../src/lib/hosting/headers-rules';
import { allLangs } from '../../../src/lib/i18n/lang';

const FILE = `# a comment
/*
  X-Content-Type-Options: nosniff
  Link: </a.css>; rel=preload

/embed/*
  Content-Security-Policy: frame-ancestors *
  Link: </b.css>; rel=preload
`;

describe('a _headers file read as a static host reads it', () => {
  test('every rule whose path matches applies, in order, and a header named twice joins its values', () => {
    const rules = parseHeadersFile(FILE);
    expect(Object.fromEntries(headersFor(rules, '/embed/x/'))).toEqual({
      'x-content-type-options': 'nosniff',
      link: '</a.css>; rel=preload, </b.css>; rel=preload',
      'content-security-policy': 'frame-ancestors *',
    });
    expect([...headersFor(rules, '/analyses/x/').keys()]).toEqual(['x-content-type-options', 'link']);
  });

  test('a star stands for any run of characters and nothing else in a path is special', () => {
    const rules = parseHeadersFile('/a.b/*.png\n  X: 1\n');
    expect(headersFor(rules, '/a.b/c/d.png').get('x')).toBe('1');
    expect(headersFor(rules, '/axb/c.png').size).toBe(0);
  });

  test('blank lines, comments and spaces at a line’s end are neither rules nor part of a value', () => {
    const text =
      '# Written by the build\n\n/a/* \n  # the first header:\n  X:1  \n   \n  Y:   two words\t\n# the end #\n';
    expect(parseHeadersFile(text)).toEqual([
      {
        pattern: '/a/*',
        headers: [
          ['X', '1'],
          ['Y', 'two words'],
        ],
      },
    ]);
  });

  test('a header with no path above it is named by file and line, with the fix', () => {
    expect(() => parseHeadersFile('  X: 1\n', 'dist/_headers')).toThrow(
      'dist/_headers:1: found "X: 1"; expected a path at the start of a line, or an indented "Name: value" header beneath one',
    );
    expect(() => parseHeadersFile('/a/*\n  X: 1\n  not a header\n')).toThrow('_headers:3: found "not a header";');
  });

  test('the site’s file forbids framing every page but the embeds, which any site may frame, in every edition', () => {
    const rules = parseHeadersFile(headersFile(allLangs()));
    const policy = (path: string) => headersFor(rules, path).get('content-security-policy');
    for (const prefix of ['', '/fa', '/ps']) {
      for (const page of ['/', '/analyses/a/', '/analyses/a/share/e/', '/actors/iran/', '/relations/a--b/']) {
        expect(policy(`${prefix}${page}`), `${prefix}${page}`).toBe(
          "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
        );
      }
      expect(policy(`${prefix}/embed/a/`)).toBe(
        "frame-ancestors *; base-uri 'self'; form-action 'self'; object-src 'none'",
      );
    }
    expect(headersFor(rules, '/_astro/x.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/embed/a/').get('strict-transport-security')).toContain('max-age=63072000');
    // Whoever opens the written file is told where to change it.
    expect(headersFile(allLangs()).split('\n')[0]).toBe(
      '# Written by the build (src/lib/hosting/headers-rules.ts): edit it there.',
    );
  });
});
