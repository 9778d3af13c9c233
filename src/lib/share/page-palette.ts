import globalCss from '../../styles/global.css?raw';
import mapCss from '../../styles/map.css?raw';

/**
 * The page's colours in its light scheme, read from the stylesheets that define them: every
 * `--token: light-dark(#light, #dark)` in global.css and map.css. resvg, which draws the share
 * cards, reads no custom properties, so the cards take their colours from here and can never
 * show a kind in a colour the page does not.
 */
export function lightColours(css: string): Map<string, string> {
  const tokens = css.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*#[0-9a-f]{3,8}\s*\)/gi);
  return new Map([...tokens].map(([, name, light]) => [name!, light!.toLowerCase()]));
}

const palette = new Map([...lightColours(globalCss), ...lightColours(mapCss)]);

/** A colour of the page's light scheme by its token's name ("kind-clash", "color-ink"). */
export function pageColour(token: string): string {
  const colour = palette.get(token);
  if (!colour) {
    throw new Error(
      `src/styles: no --${token}: light-dark(#…, #…) in global.css or map.css; the share cards take their colours from there`,
    );
  }
  return colour;
}
