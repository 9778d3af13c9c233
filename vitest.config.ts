import { getViteConfig } from 'astro/config';
import { defineConfig, type UserProjectConfigFn } from 'vitest/config';

// npm run test:unit. The tests of the built site, in tests/published/, have their own config: they
// need `npm run build` first.
//
// Vitest leaves a core to itself by default, which on a two-core machine runs one file at a time;
// its own work is light beside the tests', so both cores run tests. The projects run in three
// groups, one after the other:
//   1. the unit and component tests, two files at a time;
//   2. the build tests, one at a time: Astro keeps what it generates of a build's content in the
//      project's own .astro/ folder, whatever folder the content comes from, so two builds at once
//      read each other's (a corrected page was built with no text at all);
//   3. the dev server's test alone: a dev server's first render, under a busy machine beside a
//      build, met Vite bundling its dependencies afresh and stayed broken.
const BOTH_CORES = 2;
const DEV_SERVER_TEST = 'tests/build/dev-server.test.ts';
/**
 * How long a unit test may take before it counts as hung. npm test runs these beside the type
 * check, the lint and the build tests, on a machine other work may load: a test of three hundred
 * places or of a card drawn by resvg takes 2 s alone and can take several times that there.
 */
const UNIT_HANG_LIMIT = 30_000;
/**
 * Unit test files that set what modules read as they load (the content root, the cards' cache, the
 * page's `document`): each needs its modules loaded afresh, as Vitest does by default.
 */
const OWN_MODULES = [
  'tests/unit/actors/site-actors.test.ts',
  'tests/unit/atlas/atlas.test.ts',
  'tests/unit/share/render-png.test.ts',
  'tests/unit/sync/when-parsed.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/components/**', ...OWN_MODULES],
          // The share cards read the page's colours from its stylesheets as text (`?raw`), which
          // Vitest would otherwise hand over empty.
          css: { include: [/src\/styles\/.*\.css/] },
          maxWorkers: BOTH_CORES,
          testTimeout: UNIT_HANG_LIMIT,
          // Files share their worker's modules: importing them again for each file was about half
          // the unit tests' time. The files that need modules of their own run apart, below.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'unit, own modules',
          include: OWN_MODULES,
          css: { include: [/src\/styles\/.*\.css/] },
          maxWorkers: BOTH_CORES,
          testTimeout: UNIT_HANG_LIMIT,
          sequence: { groupOrder: 1 },
        },
      },
      // Astro components render through Astro's own Vite set-up (its container API), no build.
      getViteConfig({
        test: {
          name: 'components',
          environment: 'node',
          include: ['tests/unit/components/*.test.ts'],
          maxWorkers: BOTH_CORES,
          testTimeout: UNIT_HANG_LIMIT,
          sequence: { groupOrder: 1 },
        },
      }) as UserProjectConfigFn,
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: [DEV_SERVER_TEST],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
          // Each starts Astro in a process of its own; on a loaded machine that alone takes seconds.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'dev server', include: [DEV_SERVER_TEST], maxWorkers: 1, sequence: { groupOrder: 3 } },
      },
    ],
  },
});
