import { describe, expect, test } from 'vitest';
import { placeInsetCircle } from '../../../src/lib/geo/inset';
import { placeScaleBar } from '../../../src/lib/geo/scale-bar';
import { site } from './first-analysis';
import { langFor } from '../../../src/lib/i18n/lang';

const { frame } = site;

describe('placeInsetCircle and placeScaleBar', () => {
  test('the globe sits wholly inside the frame, in its bottom-right corner', () => {
    const { cx, cy, radius } = placeInsetCircle(frame);
    expect(cx + radius).toBeLessThan(frame.width);
    expect(cy + radius).toBeLessThan(frame.height);
    expect(cx).toBeGreaterThan(frame.width * 0.75);
    expect(cy).toBeGreaterThan(frame.height * 0.75);
  });

  test('the scale bar sits in the bottom-left corner, clear of the globe', () => {
    const bar = placeScaleBar(frame, langFor('en'));
    const inset = placeInsetCircle(frame);
    expect(bar.y).toBeGreaterThan(frame.height * 0.9);
    expect(bar.x + bar.length).toBeLessThan(inset.cx - inset.radius);
  });
});
