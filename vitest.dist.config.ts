import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// npm run test:dist: the files `npm run build` wrote to dist/, read without a browser. Without a
// build there is nothing to read: say so once, rather than fail in every file.
if (!existsSync('dist/index.html')) {
  console.error('dist/ holds no build: run npm run build:local first, then npm run test:dist.');
  process.exit(1);
}

export default defineConfig({
  test: {
    name: 'dist',
    include: ['tests/published/**/*.test.ts'],
    environment: 'node',
    // Validating every page takes seconds on a busy two-core machine.
    testTimeout: 60_000,
  },
});
