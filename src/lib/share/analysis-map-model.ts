import { createHash } from 'node:crypto';
import type { LoadedAnalysis } from '../load/loaded-analysis';
import { worldAtlas } from '../geo/atlas';
import { checkPlacesAgainstMap } from '../check/check-places';
import { editionCountryNames, editionWaterNames } from '../load/glossary';
import { fitFrame } from '../geo/frame';
import { isNeighbourLabel } from '../geo/label-requests';
import { buildMapModel, type MapModel } from '../geo/map-model';
import { countriesByCode, regionCollection } from '../geo/region';
import { wholeMapTextSize } from './card-map';

const built = new Map<string, MapModel>();

/**
 * Builds the map model of one analysis after checking its places against the fitted frame. The article
 * and its share pages and cards ask for the same map: it is built once per content, keyed by a
 * hash of everything it is drawn from, so an edit in the development server still redraws it.
 */
export function buildAnalysisMapModel(loaded: LoadedAnalysis): MapModel {
  const { entry, map, events, outline } = loaded;
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        loaded.slug,
        loaded.lang.edition.code,
        entry.data,
        map,
        events,
        outline.passages.map((passage) => passage.id),
      ]),
    )
    .digest('hex');
  let model = built.get(key);
  if (!model) {
    model = buildCheckedMapModel(loaded);
    built.set(key, model);
  }
  return model;
}

/** Fits the frame to the region, checks every place against it, then builds the model. */
function buildCheckedMapModel(loaded: LoadedAnalysis): MapModel {
  const { countries, land, water } = worldAtlas();
  const analysis = loaded.entry.data;
  const byCode = countriesByCode(countries);
  const frame = fitFrame(regionCollection(byCode, analysis.region));
  checkPlacesAgainstMap(frame, byCode, analysis, { map: loaded.map, events: loaded.events }, loaded.files.events);
  const model = buildMapModel({
    slug: loaded.slug,
    lang: loaded.lang,
    countryNames: editionCountryNames(loaded.lang.edition.code),
    region: analysis.region,
    map: loaded.map,
    events: loaded.events,
    readingOrder: loaded.outline.passages.map((passage) => passage.id),
    countries,
    land,
    water,
    waterNames: editionWaterNames(loaded.lang.edition.code),
    frame,
    cardTextSize: wholeMapTextSize(frame),
  });
  // A neighbour whose sliver of the frame has no room for its name goes unnamed, as on any
  // printed map; the editor can do nothing about it. Labels of the analysis's own places can.
  const missing = model.unplacedLabels.filter((id) => !isNeighbourLabel(id));
  if (missing.length > 0) {
    console.warn(
      `${loaded.files.events}: no room on the map for the labels ${missing.join(', ')}; their names stay in the markers and the list of places`,
    );
  }
  return model;
}
