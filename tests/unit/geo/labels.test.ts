import { describe, expect, test } from 'vitest';
import { around, boxesOverlap, textBox, twoLines, type LabelRequest } from '../../../src/lib/geo/labels';
import { placeLabels, placeLabelsInTurn } from '../../../src/lib/geo/place-labels';

const frame = { width: 200, height: 100 };
const request = (id: string, point: [number, number], text = 'Label'): LabelRequest => ({
  id,
  text,
  fontSize: 10,
  role: 'place',
  candidates: around(point, 5, 10),
});

describe('placeLabels', () => {
  test('a label goes to the right of its point when nothing is in the way', () => {
    const { placed } = placeLabels([request('a', [50, 50])], [], frame);
    expect(placed[0]).toMatchObject({ x: 59.5, anchor: 'start' });
  });

  test('a label moves to the left when an obstacle sits on its right', () => {
    const { placed } = placeLabels([request('a', [50, 50])], [{ x: 60, y: 40, width: 60, height: 20 }], frame);
    expect(placed[0]).toMatchObject({ x: 40.5, anchor: 'end' });
  });

  test('no two placed labels overlap, even for points close together', () => {
    const points: [number, number][] = [
      [60, 50],
      [66, 52],
      [72, 48],
      [64, 58],
    ];
    const { placed } = placeLabels(
      points.map((point, i) => request(`l${i}`, point, 'Place name')),
      [],
      frame,
    );
    for (const a of placed) for (const b of placed) if (a !== b) expect(boxesOverlap(a.box, b.box)).toBe(false);
  });

  test('a label that fits nowhere is reported, not drawn over something', () => {
    const wall = { x: 0, y: 0, width: 200, height: 100 };
    expect(placeLabels([request('a', [50, 50])], [wall], frame)).toEqual({ placed: [], unplaced: ['a'] });
  });

  test('labels stay inside the frame', () => {
    const { placed } = placeLabels([request('edge', [195, 50], 'Long name')], [], frame);
    const { box } = placed[0]!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.width);
  });

  test('a label with no room beside its point sits further out, tied to it by a line that crosses nothing', () => {
    // Room only down a channel between two blocks: below them, out of reach of the nearer spots.
    const walls = [
      { x: 20, y: 30, width: 60, height: 15 },
      { x: 20, y: 55, width: 25, height: 25 },
      { x: 55, y: 45, width: 40, height: 35 },
    ];
    const tied = { ...request('a', [50, 50]), leader: { x: 50, y: 50, clearance: 5 } };
    const { placed } = placeLabels([tied], walls, frame);
    expect(placed[0]!.leader).toBeDefined();
    const [x1, y1, x2, y2] = placed[0]!.leader!;
    expect(Math.hypot(x1 - 50, y1 - 50)).toBeCloseTo(6);
    for (const wall of walls) {
      expect(boxesOverlap(placed[0]!.box, wall)).toBe(false);
      expect(x2 < wall.x || x1 > wall.x + wall.width || y2 < wall.y || y1 > wall.y + wall.height).toBe(true);
    }
  });

  test('a long name with no room on one line is set on two', () => {
    const narrow = [{ x: 0, y: 0, width: 200, height: 40 }];
    const long = {
      ...request('a', [55, 50], 'Lapland region (approx.)'),
      candidates: [{ x: 55, y: 62, anchor: 'middle' as const }],
    };
    const wide = placeLabels([long], narrow, { width: 110, height: 100 });
    expect(wide.placed[0]?.lines).toEqual(['Lapland region', '(approx.)']);
  });

  test('a label left out at first gets its one spot on a second turn, before a label with room elsewhere', () => {
    const boxedIn = {
      id: 'capital',
      text: 'Ab',
      fontSize: 10,
      role: 'capital',
      candidates: [{ x: 100, y: 50, anchor: 'middle' as const }],
    };
    const roomy = {
      id: 'country',
      text: 'Cd',
      fontSize: 10,
      role: 'country',
      candidates: [
        { x: 100, y: 50, anchor: 'middle' as const },
        { x: 150, y: 50, anchor: 'middle' as const },
      ],
    };
    const once = placeLabels([roomy, boxedIn], [], frame);
    expect(once.unplaced).toEqual(['capital']);
    const inTurn = placeLabelsInTurn([roomy, boxedIn], [], frame, () => false);
    expect(inTurn.unplaced).toEqual([]);
    expect(inTurn.placed.find((label) => label.id === 'country')!.x).toBe(150);
  });
});

describe('textBox', () => {
  test('a label of two lines is as wide as its longer line and a line taller', () => {
    const one = textBox(['Lapland region'], 10, { x: 0, y: 50, anchor: 'start' });
    const two = textBox(['Lapland region', '(approx.)'], 10, { x: 0, y: 50, anchor: 'start' });
    expect(two.width).toBe(one.width);
    expect(two.height).toBeCloseTo(one.height + 11.5);
  });

  test('an end-anchored label extends to the left of its point', () => {
    const box = textBox(['abc'], 10, { x: 100, y: 50, anchor: 'end' });
    expect(box.x + box.width).toBeCloseTo(101.5);
  });
});

describe('twoLines', () => {
  test('a name breaks before its parenthesis, else at the space nearest its middle, and a word never', () => {
    expect(twoLines('United Arab Emirates (country)')).toEqual(['United Arab Emirates', '(country)']);
    expect(twoLines('Dera Ismail Khan')).toEqual(['Dera Ismail', 'Khan']);
    expect(twoLines('Kabul')).toBeUndefined();
  });
});
