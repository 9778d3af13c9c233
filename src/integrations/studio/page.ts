/**
 * The studio's own headers: a policy of its own (nothing but this server, `host`; framed by no
 * one), never cached, never indexed.
 */
export const studioHeaders = (host: string): Record<string, string> => ({
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // Its own calls only: not the development server's socket, whose reloads and error overlay
    // are for the site's pages (a save changes content, and the studio keeps the editor's place).
    `connect-src http://${host} data: blob:`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; '),
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
});

/** The studio's one page: Sveltia CMS, with the project's fields, started by src/studio/main.ts. */
export const studioPage = (script: string, title = 'Studio') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} · Borderlines</title>
</head>
<body>
<script type="module" src="/studio/react-preamble.js"></script>
<script type="module" src="${script}"></script>
</body>
</html>
`;

/**
 * What the development server's React plugin expects a page to run before any component (its
 * preamble, which Vite would inline: the studio's policy allows no inline script, so it is a file).
 */
export const REACT_PREAMBLE = `import RefreshRuntime from '/@react-refresh';
RefreshRuntime.injectIntoGlobalHook(window);
window.$RefreshReg$ = () => {};
window.$RefreshSig$ = () => (type) => type;
window.__vite_plugin_react_preamble_installed__ = true;
`;
