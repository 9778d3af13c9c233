import { readFileSync } from 'node:fs';
import { expect, test } from './reader';
import { EDITIONS, SLUG } from './editions';

// A card is only as good as a real decoder's reading of it: the browser draws it on a canvas and
// the test reads its pixels. Its size and header are read from the file (tests/published/). Each
// edition has its own card, named by its article.
const cardOf = (page: string) =>
  /<meta property="og:image" content="([^"]*)"/.exec(readFileSync(`dist${page}index.html`, 'utf8'))![1]!;
const cards = EDITIONS.flatMap((edition) => [
  { edition: edition.name, url: cardOf(edition.article(SLUG)) },
  // A shared passage's card, the event on the map.
  { edition: edition.name, url: cardOf(`${edition.article(SLUG)}share/kunar-rocket-exchange/`) },
]);

test('each edition’s cards, the article’s and a shared passage’s, decode in the browser to its paper background and its rust top bar', async ({
  page,
}) => {
  await page.goto('/');
  for (const { edition, url } of cards) {
    const card = new URL(url).pathname;
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
    expect(colours, `${edition}: ${card}`).toEqual({
      size: '1200×630',
      bar: '138,44,13,255',
      paper: '251,250,247,255',
    });
  }
  expect(new Set(cards.map(({ url }) => url)).size, 'a card of its own for each').toBe(cards.length);
  for (const edition of EDITIONS)
    expect(
      cards.filter(
        (card) => card.edition === edition.name && new URL(card.url).pathname.startsWith(`${edition.prefix}/analyses/`),
      ),
    ).toHaveLength(2);
});
