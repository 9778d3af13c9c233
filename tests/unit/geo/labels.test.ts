import { describe, expect, test } from 'vitest';
import { around, boxesOverlap, placeLabels, textBox, type LabelRequest } from '../../../src/lib/geo/labels';

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

  test('a soft obstacle is avoided when possible and crossed when not', () => {
    const line = { x: 62, y: 40, width: 2, height: 20 };
    expect(placeLabels([request('a', [50, 50])], [], frame, [line]).placed[0]!.anchor).toBe('end');
    const everywhere = { x: 0, y: 0, width: 200, height: 100 };
    expect(placeLabels([request('a', [50, 50])], [], frame, [everywhere]).placed).toHaveLength(1);
  });
});

describe('textBox', () => {
  test('an end-anchored label extends to the left of its point', () => {
    const box = textBox('abc', 10, { x: 100, y: 50, anchor: 'end' });
    expect(box.x + box.width).toBeCloseTo(101.5);
  });
});
