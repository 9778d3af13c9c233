import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { z } from 'astro/zod';
import { worldAtlas } from '../../lib/geo/atlas';
import { countriesByCode } from '../../lib/geo/region';
import { ANALYSES_FOLDER, EVENTS_FOLDER } from '../../lib/content/paths';
import { langFor } from '../../lib/i18n/lang';
import { frameFromParameters } from '../../lib/studio/frame-parameters';
import { buildFieldMap } from '../../lib/studio/map-field-model';
import type { FieldMap } from '../../lib/studio/map-field-types';
import { previewPlace, suggestCountry } from '../../lib/studio/place-preview';
import { CountryCodeSchema } from '../../schemas/entity';
import { MapConfigSchema } from '../../schemas/map';
import { IdSchema } from '../../schemas/shared';
import type { ApiAnswer, ApiRequest } from './routes';

type Answer = { status: number; value: unknown };
const refuse = (status: number, error: string): Answer => ({ status, value: { error } });

/** What the field's map is drawn from, as the editor last saved it. */
function readSources(root: string, slug: string) {
  const analysisFile = `${ANALYSES_FOLDER}/${slug}.mdx`;
  const eventsFile = `${EVENTS_FOLDER}/${slug}.json`;
  if (!existsSync(join(root, analysisFile))) {
    return refuse(404, `${analysisFile}: no such analysis; the events file's name must be its analysis's slug`);
  }
  const { frontmatter } = parseFrontmatter(readFileSync(join(root, analysisFile), 'utf8'));
  const region = z
    .array(CountryCodeSchema)
    .min(1)
    .safeParse((frontmatter as { region?: unknown }).region);
  if (!region.success) {
    const value = JSON.stringify((frontmatter as { region?: unknown }).region);
    return refuse(422, `${analysisFile}: region is ${value}; list the map's countries, e.g. [AFG, IRN, PAK]`);
  }
  const events = existsSync(join(root, eventsFile))
    ? (JSON.parse(readFileSync(join(root, eventsFile), 'utf8')) as unknown)
    : {};
  const map = MapConfigSchema.safeParse((events as { map?: unknown }).map);
  if (!map.success) {
    return refuse(
      422,
      `${eventsFile}: map: ${map.error.issues[0]?.message ?? 'invalid'}; the map needs its capitals (the first is the origin)`,
    );
  }
  return { slug, region: region.data, map: map.data };
}

/** Maps built per analysis and per content they were drawn from: an edit of the region draws afresh. */
const built = new Map<string, { fieldMap: FieldMap; origin: { name: string; coordinates: [number, number] } }>();

/** The analysis's map for the field, or why there is none. */
function fieldMapOf({ root, url }: ApiRequest) {
  const slug = url.searchParams.get('slug') ?? '';
  if (!IdSchema.safeParse(slug).success) {
    return refuse(
      400,
      `slug: got ${JSON.stringify(slug)}; give the analysis's slug, the name of data/events/<slug>.json`,
    );
  }
  const sources = readSources(root, slug);
  if ('status' in sources) return sources;
  const key = JSON.stringify(sources);
  let found = built.get(key);
  if (!found) {
    const { countries, water } = worldAtlas();
    const fieldMap = buildFieldMap({ ...sources, countries, water });
    const capital = sources.map.capitals[0]!;
    found = { fieldMap, origin: { name: capital.name, coordinates: capital.coordinates } };
    built.set(key, found);
  }
  return found;
}

/** A number from the query, or undefined when it is missing or not a number. */
const numberParam = (url: URL, name: string) => {
  const text = url.searchParams.get(name);
  const value = text === null || text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
};

/**
 * The place field's calls. GET `/studio/api/map/?slug=` answers the analysis's map (FieldMap);
 * GET `/studio/api/map/place/?slug=&name=` with `lon=&lat=` or `country=` answers how that place
 * will show (PlacePreview: point, country under it, callout when beyond the frame);
 * GET `/studio/api/map/country/?slug=&lon=&lat=` answers only the country under the point.
 */
export const mapApi: Record<string, ApiAnswer> = {
  '/studio/api/map/': (request) => {
    const found = fieldMapOf(request);
    return 'status' in found ? found : { value: found.fieldMap };
  },
  '/studio/api/map/place/': (request) => {
    const found = fieldMapOf(request);
    if ('status' in found) return found;
    const { url } = request;
    const frame = frameFromParameters(found.fieldMap.frame);
    const byCode = countriesByCode(worldAtlas().countries);
    const name = url.searchParams.get('name') ?? '';
    const country = url.searchParams.get('country');
    const approximate = url.searchParams.get('precision') === 'approximate';
    const lang = langFor('en');
    if (country !== null) {
      if (!byCode.has(country))
        return refuse(422, `country: got ${JSON.stringify(country)}; use an ISO alpha-3 code such as "IRN"`);
      return { value: previewPlace(frame, found.origin, { name, country }, byCode, lang, approximate) };
    }
    const coordinates = coordinatesParam(url);
    if ('status' in coordinates) return coordinates;
    return { value: previewPlace(frame, found.origin, { name, coordinates }, byCode, lang, approximate) };
  },
  '/studio/api/map/country/': (request) => {
    const found = fieldMapOf(request);
    if ('status' in found) return found;
    const coordinates = coordinatesParam(request.url);
    if ('status' in coordinates) return coordinates;
    const frame = frameFromParameters(found.fieldMap.frame);
    return { value: { country: suggestCountry(frame, coordinates, countriesByCode(worldAtlas().countries)) ?? null } };
  },
};

/** `lon` and `lat` from the query, in range, or why not. */
function coordinatesParam(url: URL): [number, number] | Answer {
  const lon = numberParam(url, 'lon');
  const lat = numberParam(url, 'lat');
  if (lon === undefined || lon < -180 || lon > 180)
    return refuse(400, `lon: got ${JSON.stringify(url.searchParams.get('lon'))}; give a longitude from -180 to 180`);
  if (lat === undefined || lat < -90 || lat > 90)
    return refuse(400, `lat: got ${JSON.stringify(url.searchParams.get('lat'))}; give a latitude from -90 to 90`);
  return [lon, lat];
}
