import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { linkEventsToPassages } from '../../src/lib/content/link-events';
import { readOutline } from '../../src/lib/content/passages';
import { readWorldAtlas } from '../../src/lib/geo/atlas';
import { checkPlacesAgainstMap } from '../../src/lib/geo/check-places';
import { fitFrame } from '../../src/lib/geo/frame';
import { buildMapModel } from '../../src/lib/geo/map-model';
import { countriesByCode, regionCollection } from '../../src/lib/geo/region';
import { AnalysisSchema } from '../../src/schemas/analysis';
import { EventsFileSchema } from '../../src/schemas/event';

// The Baltic fixture site, checked by the same pure functions and in the same order as the build
// (collections.ts, then analysis-map.ts), without building it: a test breaks one thing and reads
// the message the editor would get.
const ROOT = 'tests/fixtures/sites/baltic';
export const BALTIC_FILES = {
  analysis: `${ROOT}/content/analyses/baltic-fixture.mdx`,
  events: `${ROOT}/data/events/baltic-fixture.json`,
};

/** The fixture's frontmatter as Astro reads its YAML (a bare date is a Date). */
const frontmatter = () => ({
  title: 'Fixture: three Baltic states',
  dek: 'A tiny analysis in another region, used to prove that the map is fitted to any region.',
  published: new Date('2024-05-01'),
  byline: 'Borderlines analysis',
  region: ['EST', 'LVA', 'LTU'],
  entities: ['estonia', 'latvia'],
});
const source = readFileSync(BALTIC_FILES.analysis, 'utf8');
const eventsJson = readFileSync(BALTIC_FILES.events, 'utf8');
const atlas = { countries: readWorldAtlas('countries-50m'), land: readWorldAtlas('land-110m') };
const byCode = countriesByCode(atlas.countries);

/** The events file as an editor writes it, before any schema has read it. */
export interface RawEventsFile {
  map: Record<string, unknown>;
  events: (Record<string, unknown> & { place: Record<string, unknown> | null })[];
}

/** One change to the fixture: to its frontmatter, its MDX body or its events file as parsed JSON. */
export interface BalticEdit {
  frontmatter?: (data: Record<string, unknown>) => void;
  body?: (mdx: string) => string;
  events?: (file: RawEventsFile) => void;
}

/** A schema's refusal, one `field: message` line per issue, as Astro lists them under the file. */
export class SchemaProblem extends Error {}

function parse<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new SchemaProblem(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
}

/** Checks the Baltic fixture with one edit as the build does, up to and including its places. */
export function checkBaltic(edit: BalticEdit = {}) {
  const data = frontmatter();
  edit.frontmatter?.(data);
  const json: RawEventsFile = JSON.parse(eventsJson);
  edit.events?.(json);
  const analysis = parse(AnalysisSchema, data);
  const eventsFile = parse(EventsFileSchema, json);
  const outline = readOutline(edit.body ? edit.body(source) : source, BALTIC_FILES.analysis);
  const linked = linkEventsToPassages(analysis, outline, eventsFile, BALTIC_FILES);
  const frame = fitFrame(regionCollection(byCode, analysis.region));
  checkPlacesAgainstMap(frame, byCode, analysis, { map: linked.map, events: linked.events }, BALTIC_FILES.events);
  return { analysis, outline, linked, frame };
}

/** The map the page draws from the unbroken fixture (placing its labels takes a few seconds). */
export function balticMapModel() {
  const { analysis, outline, linked, frame } = checkBaltic();
  const readingOrder = outline.passages.map((passage) => passage.id);
  return buildMapModel({
    slug: 'baltic-fixture',
    analysis,
    map: linked.map,
    events: linked.events,
    readingOrder,
    ...atlas,
    frame,
  });
}
