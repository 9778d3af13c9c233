import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { MAP_BESIDE_TEXT } from '../../../src/lib/sync/layout';

const require = createRequire(import.meta.url);

test('the script switches layouts at the same width as the stylesheets: Tailwind’s lg breakpoint', () => {
  const theme = readFileSync(require.resolve('tailwindcss/theme.css'), 'utf8');
  const lg = /--breakpoint-lg:\s*([^;]+);/.exec(theme)![1]!.trim();
  expect(MAP_BESIDE_TEXT).toBe(`(min-width: ${lg})`);
});
