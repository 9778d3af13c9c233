import { describe, expect, test } from 'vitest';
import { collectLabelObstacles } from '../../../src/lib/geo/label-obstacles';
import { boxesOverlap } from '../../../src/lib/geo/labels';
import { site } from './first-analysis';

/** The first analysis's map, and the boxes its labels keep off. */
function kept() {
  const { markers, capitals, callouts, inset, scaleBar } = site.model;
  const obstacles = collectLabelObstacles({ markers, capitals, callouts, inset, scaleBar });
  const covered = (x: number, y: number) => obstacles.some((box) => boxesOverlap(box, point(x, y)));
  return { markers, capitals, callouts, inset, scaleBar, obstacles, covered };
}
const point = (x: number, y: number) => ({ x, y, width: 0.1, height: 0.1 });

describe('collectLabelObstacles', () => {
  test('every marker, capital and callout keeps labels off it', () => {
    const { markers, capitals, callouts, obstacles, covered } = kept();
    expect(obstacles).toHaveLength(markers.length + capitals.length + callouts.length + 2);
    for (const { x, y } of [...markers, ...capitals]) expect(covered(x, y)).toBe(true);
  });

  test('labels keep off the globe and the scale bar', () => {
    const { inset, scaleBar, covered } = kept();
    expect(covered(inset.cx, inset.cy)).toBe(true);
    expect(covered(scaleBar.x + scaleBar.length / 2, scaleBar.y - 2)).toBe(true);
  });

  test('a grouped marker keeps labels further off than a single symbol', () => {
    const { markers, obstacles } = kept();
    const group = markers.find((marker) => marker.kind === 'group')!;
    const single = markers.find((marker) => marker.kind !== 'group' && !marker.approximate && !marker.country)!;
    const width = (marker: (typeof markers)[number]) => obstacles[markers.indexOf(marker)]!.width;
    expect(width(group)).toBeGreaterThan(width(single));
  });
});
