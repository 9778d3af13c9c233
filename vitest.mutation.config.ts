import { defineConfig } from 'vitest/config';

// npm run test:mutation: only the unit tests, which import the pure modules of src/lib directly.
// The build tests run whole Astro builds and the component tests need Astro's own Vite set-up;
// neither would notice a mutant any sooner, and each would make every mutant cost minutes.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // The generated-mistakes test builds hundreds of analyses: run once per mutant of the content
    // check it would take minutes each, and the check's named tests cover the same lines.
    exclude: ['tests/unit/components/**', 'tests/unit/content-mutations.test.ts'],
    // As in vitest.config.ts: the share cards read the page's colours from its stylesheets as text.
    // Instrumented code on a shared machine runs slowly; Stryker times out a looping mutant itself.
    testTimeout: 120_000,
    css: { include: [/src\/styles\/.*\.css/] },
  },
});
