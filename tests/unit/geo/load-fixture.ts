import { readFileSync } from 'node:fs';
import { linkEventsToPassages } from '../../../src/lib/content/link-events';
import { readOutline } from '../../../src/lib/content/passages';
import { readWorldAtlas } from '../../../src/lib/geo/atlas';
import { readWater } from '../../../src/lib/geo/water';
import { editionWaterNames } from '../../../src/lib/load/glossary';
import { regionBorders } from '../../../src/lib/geo/neighbours';
import { fitFrame } from '../../../src/lib/geo/frame';
import { buildMapModel } from '../../../src/lib/geo/map-model';
import { countriesByCode, regionCollection } from '../../../src/lib/geo/region';
import { langFor } from '../../../src/lib/i18n/lang';
import { wholeMapTextSize } from '../../../src/lib/share/card-map';
import { AnalysisSchema } from '../../../src/schemas/analysis';
import { EventsFileSchema } from '../../../src/schemas/event';

export const atlas = {
  countries: readWorldAtlas('countries-50m'),
  land: readWorldAtlas('land-110m'),
  water: readWater(),
};
export const byCode = countriesByCode(atlas.countries);

/** Reads the few frontmatter lines the map needs; the site itself lets Astro parse YAML. */
function readFrontmatter(source: string) {
  const list = (key: string) =>
    (new RegExp(`^${key}: \\[(.*)\\]$`, 'm').exec(source)?.[1] ?? '').split(',').map((item) => item.trim());
  return AnalysisSchema.parse({
    title: /^title: (.*)$/m.exec(source)?.[1],
    dek: 'fixture',
    published: /^published: (.*)$/m.exec(source)?.[1],
    byline: 'Borderlines analysis',
    region: list('region'),
    entities: list('entities'),
  });
}

/**
 * An analysis from its two files, linked and checked as the build does, with its fitted map,
 * worked out once as a test file loads. Mutation testing counts what it runs as static and
 * leaves it out (docs/tests.md): rebuilding the map in every test file's first test made each
 * mutant of the map's code cost a dozen files' runs.
 */
export function loadFixtureAnalysis(root: string, slug: string) {
  const files = { analysis: `${root}/content/analyses/${slug}.mdx`, events: `${root}/data/events/${slug}.json` };
  const source = readFileSync(files.analysis, 'utf8');
  const analysis = readFrontmatter(source);
  const outline = readOutline(source, files.analysis);
  const eventsFile = EventsFileSchema.parse(JSON.parse(readFileSync(files.events, 'utf8')));
  const linked = linkEventsToPassages(
    analysis,
    outline,
    eventsFile,
    files,
    regionBorders(atlas.countries, analysis.region),
  );
  const frame = fitFrame(regionCollection(byCode, analysis.region));
  const model = buildMapModel({
    slug,
    lang: langFor('en'),
    countryNames: new Map(),
    waterNames: editionWaterNames('en', root),
    region: analysis.region,
    map: eventsFile.map,
    events: linked.events,
    readingOrder: outline.passages.map((passage) => passage.id),
    ...atlas,
    frame,
    cardTextSize: wholeMapTextSize(frame),
  });
  return { analysis, outline, eventsFile, linked, frame, model, files };
}
