import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  codeDigest,
  outputDigest,
  readRecord,
  planBuild,
  writeRecord,
  type BuildRecord,
} from '../../../src/lib/build/last-build';
import { folderOf } from './folder';

/** A project of a few files: the code a build runs, and something beside it that it does not. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'borderlines-last-build-'));
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(join(root, 'src', 'pages', 'index.astro'), '<h1>Borderlines</h1>\n');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(root, 'notes.txt'), 'not code\n');
  return root;
}

/** An output folder of two pages. */
function output() {
  const folder = mkdtempSync(join(tmpdir(), 'borderlines-last-output-'));
  mkdirSync(join(folder, 'analyses', 'one'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), '<h1>Home</h1>');
  writeFileSync(join(folder, 'analyses', 'one', 'index.html'), '<h1>One</h1>');
  return folder;
}

describe('the digest of the code a build runs', () => {
  const env = { SITE_URL: 'https://example.org', HOME: '/home/editor' };

  test('is the same for the same files, settings and arguments', () => {
    const root = project();
    expect(codeDigest(root, env, [])).toBe(codeDigest(root, { ...env }, []));
  });

  test('changes with a file of the code, the site’s address, a setting of the project’s or an argument', () => {
    const root = project();
    const before = codeDigest(root, env, []);
    expect(codeDigest(root, { ...env, SITE_URL: 'https://example.com' }, [])).not.toBe(before);
    expect(codeDigest(root, { ...env, BORDERLINES_SLICES: '2' }, [])).not.toBe(before);
    expect(codeDigest(root, env, ['--verbose'])).not.toBe(before);
    writeFileSync(join(root, 'src', 'pages', 'index.astro'), '<h1>Borderlines!</h1>\n');
    expect(codeDigest(root, env, [])).not.toBe(before);
  });

  test('changes with the rivers and lakes the maps draw, which no content root holds', () => {
    const root = project();
    mkdirSync(join(root, 'data', 'geo'), { recursive: true });
    writeFileSync(join(root, 'data', 'geo', 'water.json'), '{"rivers": []}\n');
    const before = codeDigest(root, env, []);
    writeFileSync(join(root, 'data', 'geo', 'water.json'), '{"rivers": [1]}\n');
    expect(codeDigest(root, env, [])).not.toBe(before);
  });

  test('ignores files and settings a build does not read', () => {
    const root = project();
    const before = codeDigest(root, env, []);
    writeFileSync(join(root, 'notes.txt'), 'still not code\n');
    expect(codeDigest(root, { ...env, HOME: '/home/someone-else' }, [])).toBe(before);
  });
});

describe('the digest of an output folder', () => {
  test('is the same until a file is written, added, removed or touched', () => {
    const folder = output();
    const before = outputDigest(folder);
    expect(outputDigest(folder)).toBe(before);
    writeFileSync(join(folder, 'index.html'), '<h1>Home, changed</h1>');
    const rewritten = outputDigest(folder);
    expect(rewritten).not.toBe(before);
    writeFileSync(join(folder, 'extra.html'), '');
    const added = outputDigest(folder);
    expect(added).not.toBe(rewritten);
    rmSync(join(folder, 'extra.html'));
    expect(outputDigest(folder)).toBe(rewritten);
    utimesSync(join(folder, 'index.html'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(outputDigest(folder)).not.toBe(rewritten);
  });
});

/** The record a build of `analyses` into `outDir` leaves, as that folder now is. */
const recorded = (outDir: string, analyses: Record<string, string> = { a: 'ka' }): BuildRecord => ({
  code: 'c',
  content: 'k',
  analyses,
  outDir,
  output: outputDigest(outDir),
});

describe('why a build must render everything', () => {
  const analyses = { a: 'ka' };
  const why = (last: BuildRecord | undefined, now: Omit<BuildRecord, 'output'>) => {
    const plan = planBuild(last, now);
    return plan.build === 'all' ? plan.why : plan.build;
  };

  test('it says what differs from the last build', () => {
    const folder = output();
    const last = recorded(folder);
    const now = { code: 'c', content: 'k', analyses, outDir: folder };
    expect(why(undefined, now)).toBe('no earlier build is recorded');
    expect(why(last, { ...now, code: 'd' })).toBe('the code, its packages or the build’s settings changed');
    expect(why(last, { ...now, content: 'l', analyses: { a: 'kb' } })).toBe(
      'content that every analysis reads changed, or most analyses did',
    );
    expect(why(last, { ...now, outDir: 'elsewhere' })).toBe(`the last build wrote ${folder}/, not elsewhere/`);
    writeFileSync(join(folder, 'index.html'), '<h1>Edited by hand</h1>');
    expect(why(last, now)).toBe(`${folder}/ was changed after the last build`);
    rmSync(folder, { recursive: true });
    expect(why(last, now)).toBe(`${folder}/ is not there`);
  });
});

describe('the record of the last build', () => {
  test('is read as it was written, and is no record when missing or garbled', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'borderlines-record-')), 'cache', 'last-build.json');
    expect(readRecord(file)).toBeUndefined();
    const record = { code: 'c', content: 'k', analyses: { a: 'ka' }, outDir: 'dist', output: 'o' };
    writeRecord(file, record);
    expect(readRecord(file)).toEqual(record);
    writeFileSync(file, '{"code": "c", "content": "k", "outDir": "dist", "output": "o"}');
    expect(readRecord(file)).toBeUndefined();
    writeFileSync(file, 'not JSON');
    expect(readRecord(file)).toBeUndefined();
  });
});

describe('what a build must do', () => {
  const analyses = { a: 'ka', b: 'kb', c: 'kc' };
  const last = (outDir: string) => recorded(outDir, analyses);

  test('nothing, when code, content and folder are as the last build left them', () => {
    const out = folderOf({ 'index.html': 'home' });
    expect(planBuild(last(out), { code: 'c', content: 'k', analyses, outDir: out })).toEqual({ build: 'nothing' });
  });

  test('the analyses whose own files changed, were added or were removed, when nothing else did', () => {
    const out = folderOf({ 'index.html': 'home' });
    const now = { code: 'c', content: 'k2', outDir: out };
    expect(planBuild(last(out), { ...now, analyses: { ...analyses, b: 'kb2' } })).toEqual({
      build: 'some',
      analyses: ['b'],
      why: 'only b changed',
    });
    expect(planBuild(last(out), { ...now, analyses: { a: 'ka', b: 'kb' } })).toMatchObject({ analyses: ['c'] });
    const added = planBuild(
      { ...last(out), analyses: { ...analyses, d: 'kd' } },
      { ...now, analyses: { ...analyses, d: 'kd', e: 'ke' } },
    );
    expect(added).toMatchObject({ build: 'some', analyses: ['e'] });
  });

  test('everything, when most analyses changed, or the code, or the folder was touched', () => {
    const out = folderOf({ 'index.html': 'home' });
    const now = { code: 'c', content: 'k2', outDir: out };
    expect(planBuild(last(out), { ...now, analyses: { a: 'x', b: 'y', c: 'kc' } })).toMatchObject({ build: 'all' });
    expect(planBuild(last(out), { ...now, code: 'd', analyses })).toMatchObject({ build: 'all' });
    const before = last(out);
    writeFileSync(join(out, 'index.html'), 'home, by hand');
    expect(planBuild(before, { ...now, analyses: { ...analyses, b: 'kb2' } })).toEqual({
      build: 'all',
      why: `${out}/ was changed after the last build`,
    });
  });
});
