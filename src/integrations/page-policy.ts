import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listBuiltPages } from '../lib/built-pages';
import { keepOwnHashes } from '../lib/hosting/page-policy';

/** Cuts each built page's policy to its own inline code (src/lib/hosting/page-policy.ts). */
export function pagePolicy(): AstroIntegration {
  return {
    name: 'borderlines:page-policy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const { file } of listBuiltPages(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const cut = keepOwnHashes(html);
          if (cut !== html) writeFileSync(file, cut);
        }
      },
    },
  };
}
