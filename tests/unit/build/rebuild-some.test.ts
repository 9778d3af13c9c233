import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analysisOfPath, keepOutput } from '../../../src/lib/build/keep-output';
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
    });

  test('links every file of the analyses not rendered, and none of the rendered ones or of the pages spanning them', () => {
    const from = last();
    const into = folder({ 'index.html': 'home, after', 'analyses/b/index.html': 'b, after' });
    const kept = keepOutput(from, into, new Set(['b']));
    expect(kept).toEqual({ files: 2, pages: ['analyses/a/'] });
    expect(readFileSync(join(into, 'fa/analyses/a/share/x/card.png'), 'utf8')).toBe('a card');
    expect(statSync(join(into, 'analyses/a/index.html')).ino).toBe(statSync(join(from, 'analyses/a/index.html')).ino);
    expect(readFileSync(join(into, 'index.html'), 'utf8')).toBe('home, after');
    expect(readFileSync(join(into, 'analyses/b/index.html'), 'utf8')).toBe('b, after');
    // A file the corrected analysis no longer has is not brought back.
    expect(() => statSync(join(into, 'embed/b/index.html'))).toThrow();
  });

  test('stops when the rebuild wrote a file of an analysis it was not asked for, naming it', () => {
    const into = folder({ 'analyses/a/index.html': 'a, again' });
    expect(() => keepOutput(last(), into, new Set(['b']))).toThrow(
      /analyses\/a\/index\.html belongs to a, which this build was not asked to render/,
    );
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
