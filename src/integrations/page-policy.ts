import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepOwnHashes } from '../lib/hosting/page-policy';

/** Every HTML file under `folder`. */
const htmlFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(folder, entry.name))
      : entry.name.endsWith('.html')
        ? [join(folder, entry.name)]
        : [],
  );

/** Cuts each built page's policy to its own inline code (src/lib/hosting/page-policy.ts). */
export function pagePolicy(): AstroIntegration {
  return {
    name: 'borderlines:page-policy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const cut = keepOwnHashes(html);
          if (cut !== html) writeFileSync(file, cut);
        }
      },
    },
  };
}
