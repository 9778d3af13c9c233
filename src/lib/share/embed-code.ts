// An analysis's map on a partner's page: the `<iframe>` a partner copies (or receives through
// oEmbed), as the build writes it and the page's script copies it. Nothing here reads the content,
// so the page's script can carry it. The iframe keeps a fixed height without the host's script;
// with it (`/embed.js`), it takes the height its embed reports.

/** The iframe's size in the code: its width at most, and its height without the host's script. */
export const EMBED_SIZE = { width: 600, height: 500 } as const;

/** The host page's script that sizes every Borderlines iframe to its content (embed-host-script.ts). */
export const EMBED_SCRIPT_PATH = '/embed.js';

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The code a partner pastes: the iframe at its fixed size, as wide as its column allows, then the
 * script that fits its height to the content. `src` and `script` are absolute addresses.
 */
export function embedSnippet({ src, title, script }: { src: string; title: string; script: string }): string {
  const { width, height } = EMBED_SIZE;
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" ` +
    `style="width:100%;max-width:${width}px;border:0" loading="lazy" data-borderlines-embed></iframe>` +
    `<script async src="${attribute(script)}"></script>`
  );
}
