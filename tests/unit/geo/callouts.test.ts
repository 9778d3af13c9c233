import { describe, expect, test } from 'vitest';
import { calloutBox, calloutEdgeLimits, placeCallouts } from '../../../src/lib/geo/callouts';
import { placeInsetCircle } from '../../../src/lib/geo/inset';
import { boxesOverlap } from '../../../src/lib/geo/labels';
import { placeScaleBar } from '../../../src/lib/geo/scale-bar';
import { groups, readingOrder, site } from './first-analysis';
import { langFor } from '../../../src/lib/i18n/lang';

const english = langFor('en');
const limits = () => calloutEdgeLimits(site.frame, placeInsetCircle(site.frame), placeScaleBar(site.frame, english));
const kabul = site.eventsFile.map.capitals[0]!;
const at = (x: number, label: string) => ({ x, y: 0, edge: 'top' as const, label, distance: '2,950 km NW' });

describe('calloutBox', () => {
  test('a callout with a longer name takes a wider box', () => {
    expect(calloutBox(at(100, 'Moscow and the surrounding region')).width).toBeGreaterThan(
      calloutBox(at(100, 'Moscow')).width,
    );
  });

  test('a callout on the top edge hangs below the edge, and one on the bottom edge stands above it', () => {
    expect(calloutBox(at(100, 'Moscow')).y).toBe(0);
    const bottom = calloutBox({ ...at(100, 'Moscow'), y: site.frame.height, edge: 'bottom' });
    expect(bottom.y + bottom.height).toBe(site.frame.height);
  });
});

describe('placeCallouts', () => {
  const callouts = () => placeCallouts(groups(), site.frame, kabul, limits(), readingOrder(), english);

  test('only places beyond the frame get a callout', () => {
    expect(
      callouts()
        .flatMap((callout) => callout.events)
        .sort(),
    ).toEqual(['baradar-moscow-rumour', 'oslo-talks']);
  });

  test('callouts on one edge never overlap, and stay within the stretch left to them', () => {
    for (const callout of callouts()) {
      const [from, to] = limits()[callout.edge];
      const along = callout.edge === 'top' || callout.edge === 'bottom' ? callout.x : callout.y;
      expect(along).toBeGreaterThanOrEqual(from);
      expect(along).toBeLessThanOrEqual(to);
    }
    const [a, b] = callouts().map(calloutBox);
    expect(boxesOverlap(a!, b!)).toBe(false);
  });

  test('a whole country gives only its direction; a place gives its distance too', () => {
    const norway = callouts().find((callout) => callout.events.includes('oslo-talks'))!;
    const moscow = callouts().find((callout) => callout.events.includes('baradar-moscow-rumour'))!;
    expect(norway.distance).toBe('NW');
    expect(moscow.distance).toMatch(/^\d,\d{3} km NW$/);
  });
});

describe('calloutEdgeLimits', () => {
  test('callouts keep clear of the globe in the bottom right and the scale bar in the bottom left', () => {
    const inset = placeInsetCircle(site.frame);
    expect(limits().right[1]).toBeLessThan(inset.cy - inset.radius);
    expect(limits().bottom[1]).toBeLessThan(inset.cx - inset.radius);
    expect(limits().bottom[0]).toBeGreaterThan(
      placeScaleBar(site.frame, english).x + placeScaleBar(site.frame, english).length,
    );
  });
});
