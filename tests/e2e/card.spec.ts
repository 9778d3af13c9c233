import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readAnalyses } from '../support/analysis-data';

// A card is only as good as a real decoder's reading of it: the browser draws it on a canvas and
// the test reads its pixels. Its size and header are read from the file (tests/published/).
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const articleHtml = readFileSync(`dist/analyses/${analysis.slug}/index.html`, 'utf8');
const cardUrl = /<meta property="og:image" content="([^"]*)"/.exec(articleHtml)![1]!;

test('a card decodes in the browser to its paper background and its rust top bar', async ({ page }) => {
  const card = new URL(cardUrl).pathname;
  await page.goto('/');
  const colours = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data].join(',');
    return { size: `${image.naturalWidth}×${image.naturalHeight}`, bar: at(600, 4), paper: at(20, 600) };
  }, card);
  expect(colours).toEqual({ size: '1200×630', bar: '138,44,13,255', paper: '251,250,247,255' });
});
