import { renderToStaticMarkup } from 'react-dom/server';
import type { Box } from '../../lib/geo/labels';
import { CARD_WIDTH, layoutCard, type CardLayout } from '../../lib/share/card-layout';
import { cropAround, groundWindow } from '../../lib/share/card-map';
import type { CardLayer } from '../../lib/share/draw-pool';
import CardGround from './CardGround';
import ShareCard, { type CardPart, type ShareCardProps } from './ShareCard';

/**
 * The SVG of the layers an edition's cards of one analysis share, written once for all of them and
 * kept by what they are drawn from (its card text or its map), for the analyses whose cards were
 * drawn last: Astro renders an analysis's cards one after another, a few at once, and the build
 * holds every analysis's text and map to the end, so these are let go by count rather than with them.
 */
const KEPT_OWNERS = 16;
const sharedSvg = new Map<object, Map<string, string>>();
function once(owner: object, key: string, write: () => string): string {
  const known = sharedSvg.get(owner) ?? new Map<string, string>();
  sharedSvg.delete(owner);
  sharedSvg.set(owner, known);
  if (sharedSvg.size > KEPT_OWNERS) sharedSvg.delete(sharedSvg.keys().next().value!);
  let svg = known.get(key);
  if (svg === undefined) known.set(key, (svg = write()));
  return svg;
}

/**
 * A card of a section or event as the layers it is drawn in, so that what an edition's cards of
 * one analysis have in common is drawn once (by each card-drawing worker) rather than on every
 * card: the frame (paper, the analysis's title, the byline); a section's whole map; and round a
 * place, the map's ground (sea, land, water), drawn whole, of which each card shows its own
 * window. Each card then draws only its own words and, round a place, the labels, markers and
 * highlight over the ground, each on a sheet the size of its part of the card. The article's
 * own card, and a crop whose corner does not fall on a whole pixel, are drawn in one piece.
 */
export function cardLayers(props: ShareCardProps): CardLayer[] {
  const { text, target, model, script } = props;
  const layout = layoutCard(text, target, script);
  const draw = (parts?: CardPart[], region?: Box) =>
    renderToStaticMarkup(
      <ShareCard {...props} layout={layout} {...(parts && { parts })} {...(region && { region })} />,
    );
  const inRegion = (parts: CardPart[], region: Box, svg = draw(parts, region)) => ({
    svg,
    window: { ...region, left: 0, top: 0 },
  });
  if (!target) return [{ svg: draw() }];
  const frame = { svg: once(text, `frame ${script.dir}`, () => draw(['frame'])), shared: true };
  const words = inRegion(['words'], wordsRegion(layout, script.dir));
  if (target.timeline) return [frame, inRegion(['map'], layout.map), words];
  if (!target.highlight) {
    const map = once(model, `map ${script.dir}`, () => draw(['map'], layout.map));
    return [frame, { ...inRegion(['map'], layout.map, map), shared: true }, words];
  }
  const ground = groundWindow(cropAround(target.highlight, model, layout.map), model, layout.map);
  if (!ground) return [{ svg: draw() }];
  const { scale, size } = ground;
  const groundSvg = once(model, `ground ${scale} ${size.width}×${size.height}`, () =>
    renderToStaticMarkup(<CardGround model={model} scale={scale} size={size} />),
  );
  return [frame, { svg: groundSvg, shared: true, window: ground.window }, inRegion(['map marks'], layout.map), words];
}

/**
 * Where a card's own words lie: its half of the card beside the map, from the title's top to the
 * byline's. What a line might set beyond that half the map would cover on the card drawn whole.
 */
function wordsRegion({ title, footer, map }: CardLayout, dir: 'ltr' | 'rtl'): Box {
  const top = title.y - title.size;
  const side = dir === 'rtl' ? { x: map.x + map.width, width: CARD_WIDTH - map.x - map.width } : { x: 0, width: map.x };
  return { ...side, y: top, height: footer.y - footer.size - top };
}
