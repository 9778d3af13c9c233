import { getViteConfig } from 'astro/config';
import { defineConfig, type UserProjectConfigFn } from 'vitest/config';

// npm run test:unit. The tests of the built site, in tests/published/, have their own config: they
// need `npm run build` first.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/components/**'],
          // The share cards read the page's colours from its stylesheets as text (`?raw`), which
          // Vitest would otherwise hand over empty.
          css: { include: [/src\/styles\/.*\.css/] },
        },
      },
      // Astro components render through Astro's own Vite set-up (its container API), no build.
      getViteConfig({
        test: { name: 'components', environment: 'node', include: ['tests/unit/components/*.test.ts'] },
      }) as UserProjectConfigFn,
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
