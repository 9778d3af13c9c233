// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentStore } from './src/integrations/content-store.ts';
import { loadOnIntent } from './src/integrations/load-on-intent.ts';
import { headersFileForHosts } from './src/integrations/write-headers-file.ts';
import { EDITION_CODES, EDITIONS, ORIGINAL } from './src/lib/i18n/editions.ts';
import { pagePolicy } from './src/integrations/page-policy.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { wholeSite } from './src/integrations/whole-site.ts';
import { ONLY_ANALYSES_VARIABLE } from './src/lib/build/slice.ts';
import { studio } from './src/integrations/studio/index.ts';
import { siteAddressFromEnvironment } from './src/integrations/site-address.ts';
import { searchPanel } from './src/vite/search-panel.ts';

export default defineConfig({
  // Fixture sites built by the tests keep their content-layer cache apart from the site's.
  ...(process.env.BORDERLINES_CACHE_DIR ? { cacheDir: process.env.BORDERLINES_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // A content security policy in every page's head, with hashes for the scripts and styles Astro
  // renders: no 'unsafe-inline'.
  security: { csp: true },
  // Share cards are drawn on worker threads: rendering several routes at once keeps every core
  // busy (a cold build of ten analyses: 21 s at 1, 16 s at 8).
  build: { concurrency: 8 },
  // A rebuild renders again only the pages whose content, code or packages changed: every route
  // with static paths gives each page a key of the content it shows (src/lib/content/cache-keys.ts),
  // and Astro copies the last build's page where the key and the page's code are unchanged.
  // A rebuild of some analyses (scripts/build.mjs) renders only pages whose content changed, and
  // would have Astro prune every other page from this cache: it leaves the cache alone.
  experimental: { incrementalBuild: !process.env[ONLY_ANALYSES_VARIABLE] },
  // The editions of the registry (src/lib/i18n/editions.ts): the original at the root, each
  // translation under its code; the pages under src/pages/[...lang]/ build each of them from one route.
  i18n: {
    locales: [...EDITION_CODES],
    defaultLocale: ORIGINAL.code,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // The one setting a host changes: SITE_URL, the public address used in canonical links, feeds
    // and cards. A build stops without it; the local preview and the tests set the local one.
    siteAddressFromEnvironment(),
    // The editor's studio, under /studio/ of `npm run edit` only: before the content check, which
    // must never take its pages.
    studio(),
    contentCheck(),
    // Astro's store of content entries, cleared when a schema they were read with changes.
    contentStore(),
    // The response headers a static host adds, written for every edition: src/lib/hosting/.
    headersFileForHosts(),
    // Each page's policy lists only the hashes of its own inline code.
    pagePolicy(),
    mdx(),
    react(),
    // `client:intent`: the map's island is fetched when the reader reaches for the map.
    loadOnIntent(),
    // A build in slices is merged here, before the sitemap and the search index read the whole
    // site (src/lib/build/slice.ts).
    // Share pages only redirect, and embeds and their code are for partners' pages and tools: all
    // say noindex. The sitemap lists the pages worth finding.
    // Each page lists its editions (hreflang), with the English as the default for other languages.
    ...wholeSite(
      sitemap({
        filter: (page) => !page.includes('/share/') && !page.includes('/embed/'),
        i18n: {
          defaultLocale: ORIGINAL.code,
          locales: Object.fromEntries(EDITIONS.map((edition) => [edition.code, edition.locale])),
        },
        serialize: (item) => {
          const english = item.links?.find((link) => link.lang === ORIGINAL.locale);
          return english ? { ...item, links: [...(item.links ?? []), { url: english.url, lang: 'x-default' }] } : item;
        },
      }),
    ),
    // The search index, from the finished pages: after every integration that writes them.
    searchIndex(),
  ],
  // Analyses hold no code: no highlighter (Shiki's inline styles would break the policy above).
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss(), searchPanel()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX module "use astro:head-inject" for its own use; the bundler's
        // note that it may drop the directive says nothing an editor or a reader would act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  server: { port: 4321, host: '127.0.0.1' },
});
