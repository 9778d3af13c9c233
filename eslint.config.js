import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.next/',
      'tests/fixtures/.work/',
      '.astro/',
      'node_modules/',
      'test-results/',
      // npm run test:mutation's reports and sandbox.
      'reports/',
      '.stryker-tmp/',
      'playwright-report/',
      'bench/results/',
    ],
  },
  tseslint.configs.recommended,
  eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
