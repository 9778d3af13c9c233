import type { APIRoute } from 'astro';
import { serviceWorkerScript } from '../lib/offline/service-worker';
import { allLangs } from '../lib/i18n/lang';
import { escapeHtml } from '../lib/html-entities';

/**
 * The service worker that keeps the analyses a reader opened (src/lib/offline/). It keeps the
 * editions' article pages only, and the files they load: the hashed styles and scripts, the type
 * and the icon.
 */
export const GET: APIRoute = () =>
  new Response(
    serviceWorkerScript({
      pages: '^(/[a-z]{2})?/analyses/[^/]+/$',
      assets: ['/_astro/', '/fonts/', '/favicon.svg'],
      notes: Object.fromEntries(
        allLangs().map((lang) => [
          lang.prefix,
          // Classes the page's stylesheet already has: the note adds no style of its own.
          `<p class="page-width px-4 py-3 text-sm text-muted sm:px-6" role="status" data-offline-copy>${escapeHtml(lang.words.offline.reading)}</p>`,
        ]),
      ),
    }),
    { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
  );
