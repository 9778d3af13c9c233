import { ASK_MESSAGE, HEIGHT_MESSAGE } from './embed-messages';

/**
 * Runs on the partner's page (as `/embed.js`): fits each of this site's iframes to the height its
 * embed reports, answering only messages from this site's frames, and asks each frame once the
 * page has loaded. Self-contained: it is sent as its own text.
 */
function fitEmbeds(heightMessage: string, askMessage: string) {
  const script = document.currentScript as HTMLScriptElement | null;
  const origin = script ? new URL(script.src).origin : location.origin;
  const flag = `${heightMessage}:listening`;
  const host = window as unknown as Record<string, boolean>;
  if (host[flag]) return;
  host[flag] = true;
  const frames = () =>
    Array.from(document.getElementsByTagName('iframe')).filter((frame) => frame.src.startsWith(`${origin}/`));
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.data?.type !== heightMessage) return;
    const height = Math.round(Number(event.data.height));
    if (!(height > 0)) return;
    for (const frame of frames())
      if (frame.contentWindow === event.source) frame.style.height = `${Math.min(height, 4000)}px`;
  });
  const ask = () => {
    for (const frame of frames()) frame.contentWindow?.postMessage({ type: askMessage }, origin);
  };
  if (document.readyState === 'complete') ask();
  else window.addEventListener('load', ask);
}

/** The script's text, as `/embed.js` serves it. */
export const embedHostScript = () =>
  `// Borderlines: fits this page's Borderlines maps to their height. Without it each keeps its iframe's height.\n` +
  `(${fitEmbeds.toString()})(${JSON.stringify(HEIGHT_MESSAGE)}, ${JSON.stringify(ASK_MESSAGE)});\n`;
