// npm run test:mutation (not part of npm test): StrykerJS changes the pure modules of src/lib one
// small edit at a time and runs the unit tests that cover each edit. docs/tests.md says which files
// are scored, why, and the score. scripts/mutation.mjs runs it one part of src/lib at a time
// (MUTATION_PART: a folder, or "root" for the files directly in src/lib), each part with its own
// reports, so that a run stopped half-way keeps the parts it finished.

import { sampledLines } from './scripts/mutation-sample.mjs';

/**
 * Folders of src/lib with nothing to score: the offline folder holds the service worker (run in
 * the reader's browser and tested end to end), the names the page and the worker share, and a type.
 */
export const UNSCORED_FOLDERS = ['offline'];

const part = process.env.MUTATION_PART;
/** A fraction of the part's lines to draw mutants from (MUTATION_SAMPLE=0.1), else every line. */
const sample = Number(process.env.MUTATION_SAMPLE ?? 1);
const reports = `reports/mutation${part ? `/${part}` : ''}${sample < 1 ? `.sample-${sample}` : ''}`;
const partGlob = !part ? 'src/lib/**/*.ts' : part === 'root' ? 'src/lib/*.ts' : `src/lib/${part}/**/*.ts`;

/** The files to mutate, or with a sample, the lines drawn from them (scripts/mutation-sample.mjs). */
const scored = (/** @type {string[]} */ patterns) => (sample < 1 ? sampledLines(patterns, sample) : patterns);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The pure modules of src/lib: functions from content, places, dates and words to what a reader
  // sees. Left out, by file name so that moving a folder does not change the set: files that only
  // read or write files (fonts, the atlas, the registries, the search index, the content
  // collections), code that runs in a browser or worker, PNG drawing and encoding, and the
  // editions' words, which are copy rather than logic. docs/tests.md gives the reasons.
  mutate: scored([
    partGlob,
    '!src/lib/**/words/**',
    ...UNSCORED_FOLDERS.map((folder) => `!src/lib/${folder}/**`),
    // Read files or the content collections.
    '!src/lib/**/built-pages.ts',
    '!src/lib/**/cache-keys.ts',
    '!src/lib/**/collections.ts',
    '!src/lib/**/site-pages.ts',
    '!src/lib/**/share-data.ts',
    '!src/lib/**/read-content-files.ts',
    '!src/lib/**/read-sources.ts',
    '!src/lib/**/registry.ts',
    '!src/lib/**/edition-characters.ts',
    '!src/lib/**/arabic-type.ts',
    '!src/lib/geo/atlas.ts',
    '!src/lib/**/font-metrics.ts',
    '!src/lib/**/card-fonts.ts',
    '!src/lib/**/installed-version.ts',
    '!src/lib/**/write-index.ts',
    // Run in the reader's browser, tested end to end, and the message names it shares with the embed.
    '!src/lib/**/embed-host-script.ts',
    '!src/lib/**/embed-messages.ts',
    // Draw and encode PNG cards: tested by the pixels they draw, minutes a mutant. The palette's
    // quantiser is also sent to the drawing workers as its source text, which a mutant's
    // instrumented copy cannot be.
    '!src/lib/**/palette.ts',
    '!src/lib/**/draw-pool.ts',
    '!src/lib/**/render-png.ts',
    '!src/lib/**/encode-png.ts',
    '!src/lib/**/shaped-width.ts',
  ]),
  // The machine this runs on is usually shared; two test processes at a time. A mutant that runs
  // over its tests' usual time is counted as caught (it loops): on a busy machine a sound mutant
  // can be slowed that much, so it is given 30 s beyond that time rather than Stryker's 5.
  concurrency: 2,
  timeoutMS: 30_000,
  // Reruns test only the mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: `${reports}/incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'dist.next', '.astro', 'reports', 'test-results', 'playwright-report', 'bench/results'],
  // The first run of every unit test, instrumented, takes minutes on a busy machine.
  dryRunTimeoutMinutes: 20,
  // Static mutants (in module-level constants) would need every test file rerun for each one.
  ignoreStatic: true,
  thresholds: { high: 90, low: 80, break: null },
};
