import { createServer, type Server } from 'node:http';
import { test as testInOwnContext } from '@playwright/test';
import { expect, test, type Page } from './reader';
import { localCertificate, startStaticHost } from '../../scripts/static-host.mjs';
import { LOCAL_ADDRESS } from '../../src/lib/site/site-address';
import { BOTH_DIRECTIONS, EDITIONS, SLUG } from './editions';
import { findAxeViolations, recordProblems } from './helpers';

// A partner's page on another origin of this machine (localhost, where the site is 127.0.0.1),
// served by the test itself, holding the code the site's oEmbed answer gives, as a partner's
// tools would paste it. The embed inside it is tested as readers there meet it.
let partner: Server;
let partnerOrigin = '';
let partnerPage = '';

test.beforeAll(async () => {
  partner = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(partnerPage);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const address = partner.address();
  partnerOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});
test.afterAll(() => new Promise<void>((resolve) => partner.close(() => resolve())));

const EVENT = 'water-release';

/** Opens a partner's page holding the embed code from `oembed` (made absolute on this preview), with or without its script. */
async function openPartner(page: Page, baseURL: string, oembed: string, { script = true } = {}) {
  const answer = await (await page.request.get(oembed)).json();
  expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: 500 });
  let code: string = answer.html.replaceAll(LOCAL_ADDRESS, baseURL);
  if (!script) code = code.replace(/<script[^>]*><\/script>/, '');
  partnerPage = `<!doctype html><html lang="en"><head><title>A partner</title></head><body><h1>A partner’s story</h1><p><a href="#top">A partner’s link</a></p><div style="width:600px">${code}</div><p>After the map</p></body></html>`;
  await page.goto(`${partnerOrigin}/story.html`);
  return page.frameLocator('iframe');
}

for (const edition of EDITIONS) {
  const embed = `${edition.prefix}/embed/${SLUG}/`;

  test.describe(edition.name, () => {
    // What the embed's script does, one way and the other; its checks below in every edition.
    if (BOTH_DIRECTIONS.includes(edition))
      test(
        'on a partner’s page the embed fits its frame to the map, and by keyboard a marker shows its event and leads to its passage in a new tab',
        { tag: '@timing' },
        async ({ page, context, baseURL }) => {
          const problems: string[] = [];
          page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
          const frame = await openPartner(page, baseURL!, `${embed}oembed.json`);
          const iframe = page.locator('iframe');
          await expect(frame.locator('html')).toHaveAttribute('lang', edition.lang);
          await expect(frame.locator('html')).toHaveAttribute('dir', edition.dir);
          // The host's script sets the frame to the embed's own height: no scroll bar, no gap.
          const contentHeight = () =>
            frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
          await expect.poll(async () => (await iframe.boundingBox())!.height).toBe(await contentHeight());

          // Tab goes from the partner's link into the frame, to the analysis's title first.
          await page.getByRole('link', { name: 'A partner’s link' }).focus();
          await page.keyboard.press('Tab');
          await expect(frame.locator('.embed-masthead a')).toBeFocused();

          const marker = frame.locator('#map-marker-iran');
          await marker.focus();
          await page.keyboard.press('Enter');
          const panel = frame.locator(`.embed-panel[id="${EVENT}"]`);
          await expect(panel).toBeVisible();
          await expect(panel).toBeFocused();
          await expect(marker).toHaveAttribute('aria-current', 'true');
          await expect(frame.locator('#embed-intro')).toBeHidden();
          await expect.poll(async () => (await iframe.boundingBox())!.height).toBe(await contentHeight());
          expect(await page.evaluate(() => window.scrollY), 'the partner’s page did not move').toBe(0);

          // Escape puts the reader back on the marker; Enter again, then Tab to the link out.
          await page.keyboard.press('Escape');
          await expect(marker).toBeFocused();
          await expect(panel).toBeHidden();
          await page.keyboard.press('Enter');
          await page.keyboard.press('Tab');
          const out = panel.getByRole('link', { name: edition.words.embed.readPassage });
          await expect(out).toBeFocused();
          const opened = context.waitForEvent('page');
          await page.keyboard.press('Enter');
          const site = await opened;
          await site.waitForLoadState();
          expect(site.url()).toBe(`${baseURL}${edition.article(SLUG)}#${EVENT}`);
          // The partner's page and its frame stay as they were.
          expect(page.url()).toBe(`${partnerOrigin}/story.html`);
          expect(await iframe.getAttribute('src')).toBe(`${baseURL}${embed}`);
          await site.close();
          expect(problems).toEqual([]);
        },
      );

    if (BOTH_DIRECTIONS.includes(edition))
      test('opened at an event through its own oEmbed answer, the embed shows that event; without the host’s script it keeps its fixed height', async ({
        page,
        baseURL,
      }) => {
        const frame = await openPartner(page, baseURL!, `${embed}oembed/${EVENT}.json`, { script: false });
        await expect(frame.locator(`.embed-panel[id="${EVENT}"]`)).toBeVisible();
        await expect(frame.locator('#map-marker-iran')).toHaveAttribute('aria-current', 'true');
        await page.waitForTimeout(300);
        expect((await page.locator('iframe').boundingBox())!.height).toBe(500);
      });

    test('the embed has no WCAG 2.2 A or AA violations, light or dark, picked or not, and keeps to its policy', async ({
      page,
    }) => {
      const violations = await recordProblems(page);
      await page.goto(embed);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).not.toContain('unsafe-inline');
      for (const state of ['intro', 'picked', 'several', 'border']) {
        if (state === 'picked') await page.locator('#map-marker-iran').click();
        if (state === 'several') await page.locator('#map-marker-kabul').click();
        if (state === 'border') {
          // Its middle lies under a marker, as on the article's map: the keyboard reaches it.
          await page.locator('#map-border-afg-pak').focus();
          await page.keyboard.press('Enter');
        }
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const found = await findAxeViolations(page);
          expect(
            found.map((v) => `${state} ${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
          ).toEqual([]);
        }
      }
      await expect(page.locator('.embed-panel.is-selected h2')).toBeVisible();
      expect(violations).toEqual([]);
    });
  });
}

// The preview server sends no headers of the site's own; a static host sends those the build
// writes (dist/_headers). Served as such a host would (scripts/static-host.mjs), over HTTPS, to a
// context of its own that accepts the host's certificate:
testInOwnContext.describe('on a host that sends the headers the build writes', () => {
  testInOwnContext.use({ ignoreHTTPSErrors: true });

  testInOwnContext(
    'any site may frame the embeds, in every edition, and no site may frame any other page',
    { tag: '@timing' },
    async ({ page }) => {
      const { key, cert } = await localCertificate();
      const host = await startStaticHost({ root: 'dist', key, cert });
      try {
        const paths = EDITIONS.flatMap(
          (edition) =>
            [
              [`${edition.prefix}/embed/${SLUG}/`, true],
              [edition.article(SLUG), false],
              [`${edition.article(SLUG)}share/iran/`, false],
              [edition.actor('iran'), false],
              [edition.home, false],
            ] as const,
        );
        partnerPage = `<!doctype html><html lang="en"><title>Frames</title>${paths
          .map(([path]) => `<iframe src="${host.origin}${path}" title="${path}"></iframe>`)
          .join('')}</html>`;
        await page.goto(`${partnerOrigin}/frames.html`, { waitUntil: 'load' });
        for (const [path, framed] of paths) {
          const frame = (await page.locator(`iframe[title="${path}"]`).elementHandle())!.contentFrame();
          const shown = await (await frame)!.locator('main').count();
          expect(shown, `${path} ${framed ? 'shown' : 'refused'} in a frame`).toBe(framed ? 1 : 0);
        }
      } finally {
        await host.stop();
      }
    },
  );
});
