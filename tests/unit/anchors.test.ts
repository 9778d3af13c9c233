import { expect, test } from 'vitest';
import * as anchors from '../../src/lib/anchors';

// The ids and addresses readers share and other sites link to: a shared link to a marker, a
// passage, a correction or an actor's page must open the same thing after any later build. The
// built-file and browser tests read these ids in the pages; here, that each keeps its form.
test('the ids inside an article keep their form', () => {
  expect(anchors.markerAnchor('kabul')).toBe('map-marker-kabul');
  expect(anchors.placeAnchor('kabul')).toBe('map-place-kabul');
  expect(anchors.borderAnchor('AFG-PAK')).toBe('map-border-afg-pak');
  expect(anchors.BORDER_HIT_CLIP_ANCHOR).toBe('map-border-hit-clip');
  expect(anchors.mapCaptionAnchor('s')).toBe('map-caption-s');
  expect(anchors.placeListAnchor('s')).toBe('map-places-s');
  expect(anchors.correctionAnchor(2)).toBe('correction-2');
  expect(anchors.correctionNoteAnchor(2)).toBe('correction-note-2');
  expect(anchors.headingAnchor('six-months-on')).toBe('six-months-on-heading');
  expect(anchors.CORRECTIONS_ANCHOR).toBe('corrections');
  expect(anchors.ANALYSIS_LIST_ANCHOR).toBe('analyses');
  expect(anchors.hrefTo('kunar')).toBe('#kunar');
  expect(anchors.embedBorderAnchor('AFG-PAK')).toBe('border-afg-pak');
  expect(anchors.EMBED_INTRO_ANCHOR).toBe('embed-intro');
});

test('the addresses of pages and files keep their form, in the original and under an edition’s prefix', () => {
  const forms: [string, (prefix?: string) => string][] = [
    ['/analyses/s/', (prefix) => anchors.analysisPath('s', prefix)],
    ['/analyses/s/card.png', (prefix) => anchors.analysisFilePath('s', 'card.png', prefix)],
    ['/analyses/s/#kunar', (prefix) => anchors.passagePath('s', 'kunar', prefix)],
    ['/embed/s/', (prefix) => anchors.embedPath('s', prefix)],
    ['/analyses/s/embed/', (prefix) => anchors.embedCodePath('s', prefix)],
    ['/embed/s/oembed.json', (prefix) => anchors.oembedPath('s', prefix)],
    ['/actors/iran/', (prefix) => anchors.actorPath('iran', prefix)],
    ['/actors/', (prefix) => anchors.actorsPath(prefix)],
    ['/relations/afghanistan--iran/', (prefix) => anchors.relationPath('afghanistan--iran', prefix)],
  ];
  for (const [path, make] of forms) {
    expect(make()).toBe(path);
    expect(make('/fa')).toBe(`/fa${path}`);
  }
  expect(anchors.oembedPath('s', '/ps', 'kunar')).toBe('/ps/embed/s/oembed/kunar.json');
  expect(anchors.shareFrom('/fa/analyses/s/', 'kunar')).toBe('/fa/analyses/s/share/kunar/');
});
