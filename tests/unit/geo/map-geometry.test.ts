import { describe, expect, test } from 'vitest';
import { calloutBox } from '../../../src/lib/geo/callouts';
import { onCountry } from '../../../src/lib/geo/label-geometry';
import { isNeighbourLabel } from '../../../src/lib/geo/label-requests';
import { landBoundaries } from '../../../src/lib/geo/land-boundaries';
import type { MapModel } from '../../../src/lib/geo/map-model';
import {
  CAPITAL_SQUARE,
  HIT,
  MAP_TEXT,
  markerClearance,
  SMALLEST_SCALE,
  TOUCH,
} from '../../../src/lib/geo/symbol-metrics';
import {
  around,
  boxesOverlap,
  distanceToLine,
  inRing,
  lineCrossesBox,
  readPath,
  segmentCrossesBox,
  type Box,
  type Point,
} from '../../support/plane';
import { regionWater } from '../../../src/lib/geo/water-select';
import { atlas, byCode, loadFixtureAnalysis } from './load-fixture';

// The map as drawn, checked with the same geometry it is drawn with: every label clear of every
// line and symbol, and every symbol taking the pointer a reader aims at it, for the first
// analysis and for the Nordic fixture (a tall frame, towns on a border, a cluster of them).
const sites = [
  { name: 'the first analysis', ...loadFixtureAnalysis('.', 'taliban-iran-pakistan-2022') },
  { name: 'the Nordic fixture', ...loadFixtureAnalysis('tests/fixtures/sites/nordic', 'nordic-fixture') },
];

/** Map units for CSS pixels where the map is shown smallest, a phone's. */
const px = (pixels: number) => pixels / SMALLEST_SCALE;

/** The link that takes a pointer at a point, as the SVG decides: the last drawn whose hit area holds it. */
function linkAt(model: MapModel, point: Point): string | undefined {
  const clip = readPath(model.borderHitClip);
  const inClip = clip.filter((ring) => inRing(ring, point)).length % 2 === 1;
  const links = [
    ...model.borders.map((border) => ({
      order: border.order,
      anchor: border.anchor,
      takes: () => inClip && readPath(border.d).some((line) => distanceToLine(point, line) <= HIT.border / 2),
    })),
    ...model.markers.map((marker) => ({
      order: marker.order,
      anchor: marker.anchor,
      takes: () => readPath(marker.hit, [marker.x, marker.y]).some((ring) => inRing(ring, point)),
    })),
    ...model.callouts.map((callout) => ({
      order: callout.order,
      anchor: callout.anchor,
      takes: () => inBox(callout.hit, point),
    })),
  ].sort((a, b) => a.order - b.order);
  return links.reverse().find((link) => link.takes())?.anchor;
}

const inBox = (box: Box, [x, y]: Point) =>
  x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/** Each symbol's centre: a marker's, or the middle of a callout's arrow (drawn back from its tip). */
function symbols(model: MapModel): { anchor: string; centre: Point }[] {
  return [
    ...model.markers.map((marker) => ({ anchor: marker.anchor, centre: [marker.x, marker.y] as Point })),
    ...model.callouts.map((callout) => {
      const angle = (callout.angle * Math.PI) / 180;
      return {
        anchor: callout.anchor,
        centre: [callout.x - 6 * Math.cos(angle), callout.y - 6 * Math.sin(angle)] as Point,
      };
    }),
  ];
}

const distanceToBox = (box: Box, [x, y]: Point) =>
  Math.hypot(Math.max(box.x - x, 0, x - box.x - box.width), Math.max(box.y - y, 0, y - box.y - box.height));

describe.each(sites)('the map of $name', ({ model, frame, analysis }) => {
  const inFrame = ([x, y]: Point) => x >= 0 && y >= 0 && x <= model.width && y <= model.height;
  const borderLines = model.borders.flatMap((border) => readPath(border.d));
  const boundaries = landBoundaries(atlas.countries, frame);

  test('names every place, capital and country of the region: no label is left out', () => {
    expect(model.unplacedLabels.filter((id) => !isNeighbourLabel(id))).toEqual([]);
  });

  test('no label overlaps another label, a symbol, a capital, a callout or a line leading to a place', () => {
    for (const label of model.labels) {
      for (const other of model.labels) {
        if (other === label) continue;
        expect(boxesOverlap(label.box, other.box), `${label.text} × ${other.text}`).toBe(false);
        if (other.leader)
          expect(
            segmentCrossesBox(other.leader.slice(0, 2) as Point, other.leader.slice(2) as Point, label.box),
            `${label.text} × leader of ${other.text}`,
          ).toBe(false);
      }
      for (const marker of model.markers) {
        expect(distanceToBox(label.box, [marker.x, marker.y]), `${label.text} × ${marker.key}`).toBeGreaterThanOrEqual(
          markerClearance(marker) - 0.01,
        );
        if (marker.leader)
          expect(
            segmentCrossesBox([marker.x, marker.y], [marker.leader.x, marker.leader.y], label.box),
            `${label.text} × line to ${marker.key}`,
          ).toBe(false);
      }
      for (const capital of model.capitals)
        expect(distanceToBox(label.box, [capital.x, capital.y]), `${label.text} × ${capital.name}`).toBeGreaterThan(
          CAPITAL_SQUARE,
        );
      for (const callout of model.callouts)
        expect(boxesOverlap(label.box, calloutBox(callout)), `${label.text} × ${callout.label}`).toBe(false);
    }
  });

  test('no label crosses a border, even drawn wide as a current one, or any boundary between countries', () => {
    for (const label of model.labels) {
      // The box keeps 1.5 round the text; a current border is 4.5 wide.
      for (const line of borderLines)
        expect(lineCrossesBox(line, label.box, 0.75), `${label.text} × border`).toBe(false);
      for (const line of boundaries) expect(lineCrossesBox(line, label.box), `${label.text} × boundary`).toBe(false);
    }
  });

  test('names rivers or lakes, each beside its own water and across none', () => {
    const region = analysis.region.map((code) => byCode.get(code)!);
    const water = regionWater(atlas.water, frame, region);
    const drawn = [model.water.rivers, model.water.lakes].flatMap((d) => readPath(d));
    const named = model.labels.filter((label) => label.role === 'water');
    expect(named.length).toBeGreaterThan(0);
    for (const label of named) {
      for (const line of drawn) expect(lineCrossesBox(line, label.box), `${label.text} × water`).toBe(false);
      const own = water.find((w) => `water-${w.kind}-${w.name}` === label.id)!;
      // Within a line of text and the room a lake's name keeps round it.
      expect(
        own.lines.some((line) => lineCrossesBox(line, label.box, MAP_TEXT + 6)),
        `${label.text} beside its water`,
      ).toBe(true);
      // On a country its water touches: a lake by a border is not named across it.
      const centre: [number, number] = [label.box.x + label.box.width / 2, label.box.y + label.box.height / 2];
      const under = region.find((country) => onCountry(country, frame)(centre));
      expect(under, `${label.text} on the region`).toBeDefined();
      const isOn = onCountry(under!, frame);
      expect(
        own.lines.some((line) => line.some((point) => isOn(point))),
        `${label.text} on a country its water touches`,
      ).toBe(true);
    }
  });

  test('a place’s label sits beside its symbol, or further out on a line that starts at it', () => {
    const byKey = new Map(model.markers.map((marker) => [marker.key, marker]));
    for (const label of model.labels.filter((l) => l.role === 'place')) {
      const marker = byKey.get(label.id.replace(/^place-/, ''))!;
      const beside = markerClearance(marker) + 4.5 + MAP_TEXT + 2;
      if (label.leader)
        expect(Math.hypot(label.leader[0] - marker.x, label.leader[1] - marker.y), label.text).toBeLessThan(
          markerClearance(marker) + 2,
        );
      else expect(distanceToBox(label.box, [marker.x, marker.y]), label.text).toBeLessThanOrEqual(beside);
    }
  });

  test('a click at the centre of every symbol reaches its own link', () => {
    for (const { anchor, centre } of symbols(model)) expect(linkAt(model, centre), anchor).toBe(anchor);
  });

  test('a tap 10 px from a symbol’s centre reaches it, on the smallest screen', () => {
    for (const { anchor, centre } of symbols(model)) {
      for (const point of around(centre, px(10), 16).filter(inFrame))
        expect(linkAt(model, point), `${anchor} at ${point}`).toBe(anchor);
    }
  });

  test('a tap within 20 px of a symbol never lands on nothing', () => {
    for (const { anchor, centre } of symbols(model)) {
      for (const point of [...around(centre, px(15), 16), ...around(centre, px(20), 24)].filter(inFrame)) {
        expect(linkAt(model, point), `near ${anchor} at ${point}`).toBeDefined();
      }
    }
  });

  test('each marker takes a disc 44 px across where it stands alone, and never less than 24 px', () => {
    for (const marker of model.markers) {
      const nearest = Math.min(
        ...model.markers.filter((m) => m !== marker).map((m) => Math.hypot(m.x - marker.x, m.y - marker.y)),
      );
      const radius = Math.min(HIT.radius, nearest / 2) - 0.3;
      expect(radius * 2 * SMALLEST_SCALE, marker.key).toBeGreaterThanOrEqual(TOUCH.floor - 0.6);
      const [area] = readPath(marker.hit, [marker.x, marker.y]);
      for (const point of around([marker.x, marker.y], radius, 32).filter(inFrame))
        expect(inRing(area!, point), `${marker.key} at ${point}`).toBe(true);
    }
  });

  test('each callout takes at least 24 px each way, and 44 px where its neighbours leave room', () => {
    for (const callout of model.callouts) {
      expect(Math.min(callout.hit.width, callout.hit.height) * SMALLEST_SCALE, callout.label).toBeGreaterThanOrEqual(
        TOUCH.floor,
      );
    }
  });
});

describe('the Nordic fixture', () => {
  const { model, eventsFile } = sites[1]!;

  test('proves what it is for: a tall frame, a town on a border, and towns too close to tell apart unaided', () => {
    expect(model.height / model.width).toBeGreaterThan(1.2);
    const border = readPath(model.borders.find((b) => b.id === 'FIN-SWE')!.d);
    const tornio = eventsFile.events.find((event) => event.id === 'fixture-tornio-meeting')!.place as {
      coordinates: [number, number];
    };
    const at = sites[1]!.frame.projection(tornio.coordinates)!;
    expect(Math.min(...border.map((line) => distanceToLine(at, line)))).toBeLessThan(3);
    expect(model.markers.filter((marker) => marker.leader).length).toBeGreaterThanOrEqual(2);
  });
});
