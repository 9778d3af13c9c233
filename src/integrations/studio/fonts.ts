import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Sveltia CMS draws its interface in three fonts it would fetch from a CDN. The studio serves the
 * same files from their npm packages instead, at /studio/fonts/<font>@<version>/<subset>.woff2 (the
 * CDN's own scheme, so one replacement of the address in the CMS's code is all it takes).
 */
export const CDN_FONTS = 'https://cdn.jsdelivr.net/fontsource/fonts/';
export const STUDIO_FONTS = '/studio/fonts/';

/** The npm package of each font the CMS names, by the CDN's id of it. */
const PACKAGES: Record<string, string> = {
  'source-sans-3:vf': '@fontsource-variable/source-sans-3',
  'noto-mono': '@fontsource/noto-mono',
  'material-symbols-outlined:vf': '@fontsource-variable/material-symbols-outlined',
};

const require = createRequire(import.meta.url);

/** The font file an address of /studio/fonts/ names, or undefined. */
export function fontFile(pathname: string): Buffer | undefined {
  const match = /^\/studio\/fonts\/([a-z0-9:-]+)@[\d.]+\/([a-z0-9-]+)\.woff2$/.exec(pathname);
  const [, font = '', subset = ''] = match ?? [];
  const name = PACKAGES[font];
  if (!name) return undefined;
  const folder = join(dirname(require.resolve(`${name}/package.json`)), 'files');
  const file = join(folder, `${name.split('/')[1]}-${subset}.woff2`);
  return existsSync(file) ? readFileSync(file) : undefined;
}
