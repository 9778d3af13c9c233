// What an embed and the script of the page around it say to each other (postMessage). Apart from
// the embed's code, so that neither script carries what it does not use.

/**
 * The embed's side of the sizing: it posts `{ type: HEIGHT_MESSAGE, height }` to the page around
 * it whenever its height changes, and again when that page's script asks (`{ type: ASK_MESSAGE }`),
 * in case it spoke before the script arrived.
 */
export const HEIGHT_MESSAGE = 'borderlines:embed-height';
export const ASK_MESSAGE = 'borderlines:embed-ask';
