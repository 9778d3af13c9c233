import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFixtureSite, FIXTURE_ADDRESS, FIXTURE_SITES, plainOutput } from '../../scripts/fixture-site.mjs';
import { LOCAL_ADDRESS } from '../../src/lib/site/site-address';

const scratch = mkdtempSync(join(tmpdir(), 'borderlines-address-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The environment of a host that forgot SITE_URL. */
const withoutAddress = () => {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.SITE_URL;
  return env;
};

describe('a build without the site’s address', () => {
  test('`npm run build` stops with one line saying how to set SITE_URL, and the published folder stays as it was', () => {
    const out = join(scratch, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'the last good build');
    const result = spawnSync('node', ['scripts/build.mjs'], {
      encoding: 'utf8',
      env: { ...withoutAddress(), BORDERLINES_OUT_DIR: out },
    });
    expect(result.status).toBe(1);
    expect(plainOutput(result).trim().split('\n')).toEqual([
      expect.stringMatching(/^SITE_URL: not set, .*SITE_URL=https:\/\/news\.example npm run build .*`npm start`/),
    ]);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good build');
    expect(readdirSync(scratch)).toEqual(['dist']);
  });

  test('`astro build` run directly stops with the same line, before reading any content', () => {
    const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(scratch, 'astro-dist')], {
      encoding: 'utf8',
      env: { ...withoutAddress(), BORDERLINES_CONTENT_ROOT: join(scratch, 'no-such-content') },
    });
    expect(result.status).toBe(1);
    expect(plainOutput(result).trim().split('\n')).toEqual([expect.stringMatching(/^SITE_URL: not set, /)]);
  });
});

describe('the two commands of the README', () => {
  test('`npm start` and `npm test` build for the local address themselves, through one script', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(scripts['build:local']).toBe(`SITE_URL=${LOCAL_ADDRESS} npm run build`);
    expect(scripts.start).toMatch(/^npm run build:local && /);
    expect(scripts.test).toContain('npm run build:local &&');
    expect(scripts.test).not.toMatch(/npm run build &&/);
  });
});

/** Every text file of a built site, by path. */
function textFiles(folder: string, prefix = ''): [string, string][] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) return textFiles(folder, path);
    return /\.(html|xml|json|csv|txt)$/.test(entry.name) ? [[path, readFileSync(join(folder, path), 'utf8')]] : [];
  });
}

describe('a build for a deployment’s address', () => {
  const build = buildFixtureSite(FIXTURE_SITES);
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  test('no file of the site says localhost', () => {
    expect(build.ok, build.output).toBe(true);
    const local = textFiles(build.outDir).filter(([, text]) => /localhost|127\.0\.0\.1/.test(text));
    expect(local.map(([path]) => path)).toEqual([]);
  });

  test('the canonical link, share preview, structured data, feed and sitemap all give the address', () => {
    const article = read('analyses/baltic-fixture/index.html');
    const at = `${FIXTURE_ADDRESS}/analyses/baltic-fixture/`;
    expect(article).toContain(`<link rel="canonical" href="${at}"`);
    expect(article).toContain(`<meta property="og:url" content="${at}"`);
    expect(article).toMatch(new RegExp(`<meta property="og:image" content="${at}[^"]+\\.png"`));
    expect(article).toContain(`"url":"${at}"`);
    expect(read('rss.xml')).toContain(`<link>${at}</link>`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${at}</loc>`);
  });
});
