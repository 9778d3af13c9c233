/**
 * The one place that names the page's own element ids and the links to them. Nothing else
 * concatenates or parses an anchor: a marker, a place in the list of places, a border, a
 * passage or a correction is reached through these functions.
 */

/** A map marker or off-map callout for the place with this key ("kabul"). */
export const markerAnchor = (placeKey: string) => `map-marker-${placeKey}`;

/** The entry in the list of places for the place with this key: a grouped marker's target. */
export const placeAnchor = (placeKey: string) => `map-place-${placeKey}`;

/** The map's link for a border between two countries ("AFG-PAK" → "map-border-afg-pak"). */
export const borderAnchor = (borderId: string) => `map-border-${borderId.toLowerCase()}`;

/** The clip that keeps a border's hit band off the markers and callouts (one map per page). */
export const BORDER_HIT_CLIP_ANCHOR = 'map-border-hit-clip';

/** An analysis's map caption, which names the map's figure. */
export const mapCaptionAnchor = (slug: string) => `map-caption-${slug}`;

/** The list of places under an analysis's map. */
export const placeListAnchor = (slug: string) => `map-places-${slug}`;

/** An entry of the corrections list, numbered from 1. */
export const correctionAnchor = (number: number) => `correction-${number}`;

/** The "Correction" label of a note on a passage, which names the note for screen readers. */
export const correctionNoteAnchor = (number: number) => `correction-note-${number}`;

/** A section's heading, which names the section for screen readers. */
export const headingAnchor = (sectionId: string) => `${sectionId}-heading`;

/** Where a log entry's link leads: its passage or section, the headline (for "headline" and "dek") or the map. */
export const logTarget = (where: string) =>
  where === 'headline' || where === 'dek' ? 'article-title' : where === 'map' ? 'map' : where;

/** The page of an analysis's whole log: every change with what it said before. */
export const logPath = (slug: string, prefix = '') => `${analysisPath(slug, prefix)}corrections/`;

/** The section that lists an analysis's corrections. */
export const CORRECTIONS_ANCHOR = 'corrections';

/** A same-page link to an element id: a section, passage or event id, or any anchor above. */
export const hrefTo = (id: string) => `#${id}`;

/** The address of an analysis's page, root-relative so that it works on any host. */
export const analysisPath = (slug: string, prefix = '') => `${prefix}/analyses/${slug}/`;

/** A file published beside an analysis: its card, its open data. */
export const analysisFilePath = (slug: string, file: 'card.png' | 'events.geojson' | 'events.csv', prefix = '') =>
  `${analysisPath(slug, prefix)}${file}`;

/** The list of analyses on an edition's home page, where the atlas's markers of crowded countries without a page lead. */
export const ANALYSIS_LIST_ANCHOR = 'analyses';

/** The share page of a section or event, under its analysis's page (`articlePath`). */
export const shareFrom = (articlePath: string, id: string) => `${articlePath}share/${id}/`;

/** A section, passage or event of an analysis, from another page or for sharing. */
export const passagePath = (slug: string, id: string, prefix = '') => `${analysisPath(slug, prefix)}${hrefTo(id)}`;

/** An analysis's map made for a partner's page, in an iframe; `#<event id>` opens it at that event. */
export const embedPath = (slug: string, prefix = '') => `${prefix}/embed/${slug}/`;

/** The page that gives partners the code for an analysis's embed, whole and at each event. */
export const embedCodePath = (slug: string, prefix = '') => `${analysisPath(slug, prefix)}embed/`;

/** The oEmbed answer for an analysis's embed, or for its embed opened at one event. */
export const oembedPath = (slug: string, prefix = '', eventId?: string) =>
  `${embedPath(slug, prefix)}${eventId ? `oembed/${eventId}.json` : 'oembed.json'}`;

/** On an embed, the panel of a border ("AFG-PAK" → "border-afg-pak"), which the border's link opens. */
export const embedBorderAnchor = (borderId: string) => `border-${borderId.toLowerCase()}`;

/** On an embed, the panel shown until a reader picks a link on the map. */
export const EMBED_INTRO_ANCHOR = 'embed-intro';

/** The page of an actor of the registry ("iran"), spanning every analysis of the edition. */
export const actorPath = (id: string, prefix = '') => `${prefix}/actors/${id}/`;

/** The page that lists every actor of an edition. */
export const actorsPath = (prefix = '') => `${prefix}/actors/`;

/** The page of a relation between two actors, by its id ("afghanistan--pakistan"). */
export const relationPath = (id: string, prefix = '') => `${prefix}/relations/${id}/`;
