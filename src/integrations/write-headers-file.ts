import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/hosting/headers-rules';
import { allLangs } from '../lib/i18n/lang';

/** Writes `_headers` beside the built pages, for every edition the site has (src/lib/hosting/headers-rules.ts). */
export function headersFileForHosts(): AstroIntegration {
  return {
    name: 'borderlines:headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(allLangs())),
    },
  };
}
