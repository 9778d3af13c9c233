import { analysisFilePath, embedBorderAnchor, embedPath, hrefTo } from '../anchors';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import type { MapModel } from '../geo/map-types';
import { fill } from '../i18n/sync-words';
import { EMBED_SCRIPT_PATH, EMBED_SIZE, embedSnippet } from './embed-code';
import { sharePath } from './targets';

// What the site serves for embedding, at build time: the code for an analysis's embed (or its
// embed opened at one event), absolute on the site's address; its oEmbed answer; and the map
// relinked to the embed's panels.

/**
 * The embed of an analysis, or of the analysis opened at one event: its address, the iframe's
 * title, the code to paste and its preview card, all absolute on `site`.
 */
export function embedOf(analysis: LoadedAnalysis, site: URL, eventId?: string) {
  const { slug, lang, entry } = analysis;
  const { words, prefix } = lang;
  const event = eventId === undefined ? undefined : analysis.events.find((e) => e.id === eventId);
  if (eventId !== undefined && !event) throw new Error(`embed: no event "${eventId}" in ${slug}`);
  const at = (path: string) => new URL(path, site).href;
  const src = at(`${embedPath(slug, prefix)}${event ? hrefTo(event.id) : ''}`);
  const frameTitle = fill(words.sync.frameTitle, { title: entry.data.title });
  return {
    src,
    title: event ? `${event.title}${words.punctuation.separator}${entry.data.title}` : entry.data.title,
    frameTitle,
    code: embedSnippet({ src, title: frameTitle, script: at(EMBED_SCRIPT_PATH) }),
    card: at(event ? `${sharePath(slug, event.id, prefix)}card.png` : analysisFilePath(slug, 'card.png', prefix)),
  };
}

/** The oEmbed answer (type "rich") for an embed, served as a static file (https://oembed.com/, 2.3.4). */
export function oembedDocument(analysis: LoadedAnalysis, site: URL, eventId?: string) {
  const embed = embedOf(analysis, site, eventId);
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: analysis.lang.words.site.name,
    provider_url: new URL(`${analysis.lang.prefix}/`, site).href,
    html: embed.code,
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: embed.card,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

/**
 * The analysis's map with its links turned to the embed's panels: a marker or callout of one
 * event opens that event's panel, a border its own, and a marker of several events the list of
 * them (its link already leads to the place's anchor, the id of that panel).
 */
export function embedModel(model: MapModel): MapModel {
  const toEvent = <T extends MapModel['markers'][number] | MapModel['callouts'][number]>(link: T): T =>
    link.kind === 'group' ? link : { ...link, href: hrefTo(link.events[0]!) };
  return {
    ...model,
    markers: model.markers.map(toEvent),
    callouts: model.callouts.map(toEvent),
    borders: model.borders.map((border) => ({ ...border, href: hrefTo(embedBorderAnchor(border.id)) })),
  };
}
