import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analysisOfPath, gatherKept, placeKept } from '../../../src/lib/build/keep-output';
import { onlyAnalysesFrom, rendersAnalysis } from '../../../src/lib/build/slice';
import { folderOf } from './folder';

const folder = folderOf;

describe('the analysis a built file belongs to', () => {
  test.each([
    ['analyses/baltic/index.html', 'baltic'],
    ['fa/analyses/baltic/share/riga/card.png', 'baltic'],
    ['ps/embed/baltic/oembed/riga.json', 'baltic'],
    ['embed/baltic/index.html', 'baltic'],
    ['analyses/baltic/', 'baltic'],
  ])('%s is %s’s', (path, slug) => {
    expect(analysisOfPath(path)).toBe(slug);
  });

  test.each([
    'index.html',
    'fa/index.html',
    'actors/latvia/index.html',
    'embed.js',
    'pagefind/pagefind.js',
    'analyses/',
    'xx/analyses/baltic/index.html',
  ])('%s spans analyses', (path) => {
    expect(analysisOfPath(path)).toBeUndefined();
  });
});

describe('keeping the last build’s other analyses', () => {
  const last = () =>
    folder({
      'index.html': 'home, before',
      'analyses/a/index.html': 'a',
      'fa/analyses/a/share/x/card.png': 'a card',
      'analyses/b/index.html': 'b, before',
      'embed/b/index.html': 'b embed, before',
      'embed/c/oembed/x.json': 'c embed',
    });
  /** A folder to gather into, beside a rebuild's output, not yet made. */
  const besideOutput = () => join(folder({}), 'dist.next.kept');

  test('links every file of the analyses not rendered, and none of the rendered ones or of the pages spanning them', async () => {
    const from = last();
    const kept = besideOutput();
    const gathered = await gatherKept(from, kept, new Set(['b']));
    expect(gathered).toEqual({
      files: 3,
      pages: ['analyses/a/'],
      folders: ['analyses/a', 'embed/c', 'fa/analyses/a'],
    });
    expect(statSync(join(kept, 'analyses/a/index.html')).ino).toBe(statSync(join(from, 'analyses/a/index.html')).ino);
    expect(readFileSync(join(kept, 'fa/analyses/a/share/x/card.png'), 'utf8')).toBe('a card');
    expect(existsSync(join(kept, 'analyses/b'))).toBe(false);
    expect(existsSync(join(kept, 'index.html'))).toBe(false);
    // The last build's folder is left whole.
    expect(readFileSync(join(from, 'embed/c/oembed/x.json'), 'utf8')).toBe('c embed');
  });

  test('moves what was gathered into the rebuild’s output, beside what it rendered', async () => {
    const from = last();
    const kept = besideOutput();
    await gatherKept(from, kept, new Set(['b']));
    const into = folder({ 'index.html': 'home, after', 'analyses/b/index.html': 'b, after' });
    const placed = placeKept(kept, into);
    expect(placed.files).toBe(3);
    expect(statSync(join(into, 'analyses/a/index.html')).ino).toBe(statSync(join(from, 'analyses/a/index.html')).ino);
    expect(readFileSync(join(into, 'fa/analyses/a/share/x/card.png'), 'utf8')).toBe('a card');
    expect(readFileSync(join(into, 'embed/c/oembed/x.json'), 'utf8')).toBe('c embed');
    expect(readFileSync(join(into, 'index.html'), 'utf8')).toBe('home, after');
    expect(readFileSync(join(into, 'analyses/b/index.html'), 'utf8')).toBe('b, after');
    // A file the corrected analysis no longer has is not brought back.
    expect(existsSync(join(into, 'embed/b/index.html'))).toBe(false);
    expect(existsSync(join(kept, 'analyses/a'))).toBe(false);
  });

  test('stops when the rebuild wrote a file of an analysis it was not asked for, naming it, and moves nothing', async () => {
    const kept = besideOutput();
    await gatherKept(last(), kept, new Set(['b']));
    const into = folder({ 'fa/analyses/a/index.html': 'a, again' });
    expect(() => placeKept(kept, into)).toThrow(
      /fa\/analyses\/a\/index\.html belongs to a, which this build was not asked to render/,
    );
    expect(existsSync(join(into, 'analyses/a'))).toBe(false);
  });

  test('says so, naming the folder, when nothing was gathered or the gathering stopped', async () => {
    const kept = besideOutput();
    const stop = new AbortController();
    stop.abort();
    await expect(gatherKept(last(), kept, new Set(['b']), stop.signal)).rejects.toThrow();
    expect(() => placeKept(kept, folder({}))).toThrow(`${kept} has no list of the files linked into it`);
  });
});

describe('the analyses a rebuild of some renders', () => {
  test('are those listed, in whichever slice', () => {
    expect(onlyAnalysesFrom(undefined)).toBeUndefined();
    expect(onlyAnalysesFrom('["a","b"]')).toEqual(new Set(['a', 'b']));
    expect(rendersAnalysis('a', { number: 1, of: 1 }, new Set(['a']))).toBe(true);
    expect(rendersAnalysis('c', { number: 1, of: 1 }, new Set(['a']))).toBe(false);
    expect(rendersAnalysis('c', { number: 1, of: 1 }, undefined)).toBe(true);
  });

  test.each(['a,b', '"a"', '[1]', '[""]'])('refuses %s, naming the variable and the form it takes', (value) => {
    expect(() => onlyAnalysesFrom(value)).toThrow(`BORDERLINES_ONLY_ANALYSES is ${value}: it must list the slugs`);
  });
});
