import type { Lang } from '../i18n/lang';

/**
 * The `_headers` file the build writes for static hosts that read one (Netlify, Cloudflare Pages):
 * what a page's `<meta>` policy cannot say. Every page may be framed by no one, but the embeds,
 * which any site may frame. Those hosts apply every rule whose path matches and would send two
 * policies, both enforced, where two rules gave one: so the pages' policy is given path by path,
 * never to `/*`, and no path takes both. A policy here has no script-src, style-src or
 * default-src: it would lack the page's hashes, and block its scripts.
 */
const POLICY = "base-uri 'self'; form-action 'self'; object-src 'none'";

const EVERY_RESPONSE = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Strict-Transport-Security: max-age=63072000; includeSubDomains',
  'Permissions-Policy: camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy: same-origin',
];

/** The folders of an edition whose pages are never framed; its home page is its prefix's `/`. */
const PAGE_FOLDERS = ['analyses', 'actors', 'relations'];

const rule = (path: string, headers: string[]) => `${path}\n${headers.map((header) => `  ${header}`).join('\n')}\n`;

/** The file's text, for the editions given. */
export function headersFile(langs: Lang[]): string {
  const pages = langs.flatMap(({ prefix }) => [`${prefix}/`, ...PAGE_FOLDERS.map((folder) => `${prefix}/${folder}/*`)]);
  const embeds = langs.map(({ prefix }) => `${prefix}/embed/*`);
  return [
    '# Written by the build (src/lib/hosting/headers-rules.ts): edit it there.\n',
    rule('/*', EVERY_RESPONSE),
    ...[...pages, '/404.html'].map((path) =>
      rule(path, [`Content-Security-Policy: frame-ancestors 'none'; ${POLICY}`]),
    ),
    ...embeds.map((path) => rule(path, [`Content-Security-Policy: frame-ancestors *; ${POLICY}`])),
    rule('/_astro/*', ['Cache-Control: public, max-age=31536000, immutable']),
  ].join('\n');
}
