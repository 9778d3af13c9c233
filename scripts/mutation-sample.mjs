// A fixed random sample of the lines of some files, as Stryker's `mutate` takes them
// ("src/lib/geo/labels.ts:12-14"): for a part whose every mutant costs many seconds (geo), the
// score of the mutants on a sample of its lines estimates the part's score in a fraction of the
// time. The sample depends only on each file's path and line numbers, so a rerun draws the same
// lines and reuses the results it has.
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';

/** A number in [0, 1) fixed for one line of one file. */
const draw = (/** @type {string} */ key) => createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;

/**
 * The files `patterns` select (globs, a leading "!" leaving files out), each cut to the lines
 * drawn with probability `fraction`, consecutive lines joined into one range.
 * @param {string[]} patterns
 * @param {number} fraction
 */
export function sampledLines(patterns, fraction) {
  const matched = (/** @type {string[]} */ globs) => new Set(globs.flatMap((glob) => globSync(glob)));
  const left = matched(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
  const files = [...matched(patterns.filter((p) => !p.startsWith('!')))].filter((file) => !left.has(file)).sort();
  return files.flatMap((file) => {
    const count = readFileSync(file, 'utf8').split('\n').length;
    const ranges = [];
    for (let line = 1; line <= count; line++) {
      if (draw(`${file}:${line}`) >= fraction) continue;
      const last = ranges.at(-1);
      if (last && last[1] === line - 1) last[1] = line;
      else ranges.push([line, line]);
    }
    return ranges.map(([from, to]) => `${file}:${from}-${to}`);
  });
}
