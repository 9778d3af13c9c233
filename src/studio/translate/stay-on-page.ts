/** Never settles: Vite waits for its listeners before acting on a message, so this holds the message. */
const hold = () => new Promise<never>(() => {});

/**
 * Keeps the page as the translator left it when content changes. Astro's dev server reloads every
 * open page when a content file changes (its content layer sends Vite a `full-reload` for the path
 * "*"), and the content check lays its problems over every open page (a Vite `error` from
 * borderlines:content-check); every mark or save made here changes a content file, and an
 * unmarked passage is itself such a problem. This page reads content only through its own calls
 * and shows each answer itself, so a reload would only lose the translator's place, focus,
 * announcement and any text being edited, and the overlay would hide the very button that mends
 * the problem. Vite offers no way to decline either; it waits for its `vite:beforeFullReload` and
 * `vite:error` listeners first, so a listener that never settles holds them (and the dev server's
 * later messages, which this page does not need). Changes made elsewhere show on a reload.
 */
export function stayOnPageWhenContentChanges() {
  import.meta.hot?.on('vite:beforeFullReload', (payload: { path?: string }) =>
    payload.path === '*' ? hold() : undefined,
  );
  import.meta.hot?.on('vite:error', (payload: { err?: { plugin?: string } }) =>
    payload.err?.plugin === 'borderlines:content-check' ? hold() : undefined,
  );
}
