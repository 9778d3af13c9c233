// node scripts/cut-water.mjs <folder>: cuts the map's rivers and lakes (data/geo/water.json) from
// Natural Earth's 1:10m GeoJSON in <folder>: ne_10m_rivers_lake_centerlines.json,
// ne_10m_lakes.json and ne_10m_playas.json (data/geo/SOURCE.md says where they come from). It
// keeps the features ranked for maps of a region or wider, simplifies them to about 2 km,
// and writes them as one quantised TopoJSON file, so that the cut is the same from the same files.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simplifyLine } from '../src/lib/geo/simplify-line.ts';

/** What is kept of each layer: Natural Earth's scalerank runs from 0 (shown on a world map) upwards. */
const LAYERS = {
  rivers: { file: 'ne_10m_rivers_lake_centerlines.json', maxRank: 8 },
  lakes: { file: 'ne_10m_lakes.json', maxRank: 6 },
  playas: { file: 'ne_10m_playas.json', maxRank: 7 },
};

/**
 * Douglas–Peucker tolerance, in degrees: about 2 km, under half of what 1:10m draws apart (half a
 * millimetre at that scale is 5 km), and under a map unit on any map of a region wider than 5°.
 */
const TOLERANCE = 0.02;

/** The grid coordinates are stored on, in degrees (TopoJSON's quantisation): about a kilometre. */
const QUANTUM = 0.01;

const OUTPUT = 'data/geo/water.json';

const folder = process.argv[2];
if (!folder) {
  console.error('node scripts/cut-water.mjs: argument: found none; give the folder holding the Natural Earth files');
  process.exit(1);
}

const read = (file) => {
  const bytes = readFileSync(join(folder, file));
  console.log(`${file}: sha256 ${createHash('sha256').update(bytes).digest('hex')}`);
  return JSON.parse(bytes.toString('utf8')).features;
};

/**
 * Names that Natural Earth 4.0.0 lost letters from (every character outside ASCII dropped, in
 * these features only), written whole again: the gaps filled, nothing else changed.
 */
const LOST_LETTERS = {
  'Chirrip del Atlntico': 'Chirripó del Atlántico',
  'Gta lv': 'Göta älv',
  'Grande Rivire de la Baleine': 'Grande Rivière de la Baleine',
  Inarijrvi: 'Inarijärvi',
  'Kiz?lirmak': 'Kızılırmak',
  Klarlven: 'Klarälven',
  'Lule lv': 'Lule älv',
  'Motala strm': 'Motala ström',
  ngermanlven: 'Ångermanälven',
  Pijnne: 'Päijänne',
  Pjrvi: 'Pääjärvi',
  Pyhjrvi: 'Pyhäjärvi',
  'Ro Grande de Matagalpa': 'Río Grande de Matagalpa',
  'Ro Grande de Santiago': 'Río Grande de Santiago',
  Skelleftelven: 'Skellefteälven',
  'Stora Lule lv': 'Stora Lule älv',
  Tornelven: 'Torneälven',
};

/** Natural Earth writes some names with two spaces ("Amu  Darya"); unnamed features have none. */
function cleanName(name) {
  if (typeof name !== 'string' || !name.trim()) return undefined;
  const tidy = name.trim().replace(/\s+/g, ' ');
  return LOST_LETTERS[tidy] ?? tidy;
}

/** Every line of a line or polygon geometry, as arrays of points. */
const linesOf = (geometry) =>
  geometry.type === 'LineString'
    ? [geometry.coordinates]
    : geometry.type === 'MultiLineString' || geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.coordinates.flat();

const onGrid = ([x, y]) => [Math.round(x / QUANTUM), Math.round(y / QUANTUM)];

/** A line simplified and snapped to the grid, repeated points dropped; undefined when nothing is left of it. */
function cutLine(points, closed) {
  const snapped = simplifyLine(points, TOLERANCE)
    .map(onGrid)
    .filter((point, i, all) => i === 0 || point[0] !== all[i - 1][0] || point[1] !== all[i - 1][1]);
  return snapped.length >= (closed ? 4 : 2) ? snapped : undefined;
}

const arcs = [];

/** Stores a line as an arc of its own (deltas from the point before) and returns the arc's index. */
function addArc(points) {
  arcs.push(points.map(([x, y], i) => (i === 0 ? [x, y] : [x - points[i - 1][0], y - points[i - 1][1]])));
  return arcs.length - 1;
}

/** A river: every line of it in one MultiLineString, whatever Natural Earth split it into. */
function riverGeometries(features) {
  const rivers = new Map();
  for (const { properties, geometry } of features) {
    if (!geometry || properties.scalerank > LAYERS.rivers.maxRank) continue;
    const name = cleanName(properties.name);
    const key = `${properties.rivernum}\0${name ?? ''}`;
    const river = rivers.get(key) ?? { name, rank: properties.scalerank, lines: [] };
    river.rank = Math.min(river.rank, properties.scalerank);
    river.lines.push(
      ...linesOf(geometry)
        .map((line) => cutLine(line, false))
        .filter(Boolean),
    );
    rivers.set(key, river);
  }
  return [...rivers.values()]
    .filter((river) => river.lines.length > 0)
    .map(({ name, rank, lines }) => ({
      type: 'MultiLineString',
      arcs: lines.map((line) => [addArc(line)]),
      properties: { ...(name ? { name } : {}), rank },
    }));
}

/** A lake or playa: its polygons, each ring an arc; a polygon whose outer ring vanishes goes. */
function areaGeometries(features, maxRank) {
  return features.flatMap(({ properties, geometry }) => {
    if (!geometry || properties.scalerank > maxRank) return [];
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flatMap((rings) => {
      const [outer, ...holes] = rings.map((ring) => cutLine(ring, true));
      return outer ? [[outer, ...holes.filter(Boolean)]] : [];
    });
    if (polygons.length === 0) return [];
    const name = cleanName(properties.name);
    return [
      {
        type: 'MultiPolygon',
        arcs: polygons.map((rings) => rings.map((ring) => [addArc(ring)])),
        properties: { ...(name ? { name } : {}), rank: properties.scalerank },
      },
    ];
  });
}

const objects = {
  rivers: { type: 'GeometryCollection', geometries: riverGeometries(read(LAYERS.rivers.file)) },
  lakes: { type: 'GeometryCollection', geometries: areaGeometries(read(LAYERS.lakes.file), LAYERS.lakes.maxRank) },
  playas: { type: 'GeometryCollection', geometries: areaGeometries(read(LAYERS.playas.file), LAYERS.playas.maxRank) },
};
const topology = { type: 'Topology', transform: { scale: [QUANTUM, QUANTUM], translate: [0, 0] }, objects, arcs };
const text = JSON.stringify(topology);
// Written whole or not at all, as every file the project writes.
writeFileSync(`${OUTPUT}.part`, text);
renameSync(`${OUTPUT}.part`, OUTPUT);
const counts = Object.entries(objects).map(([name, { geometries }]) => `${geometries.length} ${name}`);
console.log(`${OUTPUT}: ${counts.join(', ')}, ${arcs.length} lines, ${text.length} bytes`);
