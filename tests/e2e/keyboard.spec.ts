import { expect, test, type Page } from './reader';
import { ANALYSIS, BOTH_DIRECTIONS, SLUG, templatePattern } from './editions';
import { openArticle } from './helpers';

// A reader with only a keyboard, from page load to a marker, its passage and back to the map,
// with and without JavaScript, left to right and right to left. Every stop on the way must show
// where focus is.
const EVENT = 'kunar-rocket-exchange';
const event = ANALYSIS!.events.find((e) => e.id === EVENT)!;
const MARKER = '#map-marker-kunar';

/** What has focus, and whether the reader can see it: on screen, not covered, and drawn. */
async function focused(page: Page) {
  const state = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | SVGElement | null;
    if (!element || element === document.body) return null;
    const box = element.getBoundingClientRect();
    // A border is a line: probe a point on it, not the middle of its box.
    const line = element.querySelector<SVGPathElement>('.border-hit');
    const point = line
      ? line.getPointAtLength(line.getTotalLength() / 2).matrixTransform(line.getScreenCTM()!)
      : { x: box.left + box.width / 2, y: box.top + Math.min(box.height, 40) / 2 };
    const x = Math.min(Math.max(point.x, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(point.y, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return {
      id: element.id,
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60),
      onScreen: box.bottom > 0 && box.top < window.innerHeight && box.width > 0 && box.height > 0,
      uncovered: !!hit && (element.contains(hit) || hit.contains(element)),
      box: { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: Math.min(box.height, 200) + 12 },
    };
  });
  return state;
}

/** The focus indicator is drawn: the element looks different focused from unfocused. */
async function expectFocusDrawn(page: Page, label: string) {
  const state = await focused(page);
  expect(state, label).not.toBeNull();
  expect(state!.onScreen, `${label}: ${state!.name} is on screen`).toBe(true);
  expect(state!.uncovered, `${label}: ${state!.name} is not covered`).toBe(true);
  const viewport = page.viewportSize()!;
  const clip = {
    x: Math.max(0, state!.box.x),
    y: Math.max(0, state!.box.y),
    width: Math.min(state!.box.width, viewport.width - Math.max(0, state!.box.x)),
    height: Math.min(state!.box.height, viewport.height - Math.max(0, state!.box.y)),
  };
  const withFocus = await page.screenshot({ clip, animations: 'disabled' });
  // Blur without a click, so that the keyboard's focus-visible state is all that changes.
  await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    element.dataset.keyboardProbe = '';
    element.blur();
  });
  const withoutFocus = await page.screenshot({ clip, animations: 'disabled' });
  expect(withFocus.equals(withoutFocus), `${label}: focus on ${state!.name} can be seen`).toBe(false);
  // Focus back where it was; the last input was still the keyboard, so it is shown as before.
  const restored = await page.evaluate(() => {
    const probe = document.querySelector<HTMLElement>('[data-keyboard-probe]');
    delete probe?.dataset.keyboardProbe;
    probe?.focus({ preventScroll: true });
    return !!probe && probe === document.activeElement;
  });
  expect(restored, `${label}: focus restored`).toBe(true);
  return state!;
}

/** Presses Tab until `done` says so, checking every stop on the way; fails after `limit` presses. */
async function tabUntil(page: Page, done: (id: string, name: string) => boolean, limit: number, label: string) {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const { id, name } = await expectFocusDrawn(page, `${label}, Tab ${presses}`);
    if (done(id, name)) return presses;
  }
  throw new Error(`${label}: not reached in ${limit} presses of Tab`);
}

for (const edition of BOTH_DIRECTIONS) {
  const { words } = edition;
  const ARTICLE = edition.article(SLUG);
  test.describe(edition.name, () => {
    test(
      'a keyboard reader reaches the map, a marker, its passage and the map again, always seeing focus',
      { tag: ['@no-js', '@timing'] },
      async ({ page, javaScriptEnabled }) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(ARTICLE);

        await page.keyboard.press('Tab');
        expect((await focused(page))?.name).toBe(words.site.skip);
        await expectFocusDrawn(page, 'skip link');
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(/#main$/);
        await expect(page.locator('main')).toBeFocused();

        // The text comes first; its head has the way to the map.
        const toLink = await tabUntil(page, (_id, name) => name === words.article.toMap, 30, 'to the map’s link');
        await page.keyboard.press('Enter');
        const toMap = await tabUntil(page, (id) => id.startsWith('map-'), 30, 'into the map');
        const toMarker = await tabUntil(page, (id) => `#${id}` === MARKER, 30, 'to the Kunar marker');
        console.log(
          `${edition.name}: skip link → map link: ${toLink} Tab; → map: ${toMap}; → Kunar marker: ${toMarker} more`,
        );

        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(new RegExp(`#${EVENT}$`));
        const passage = page.locator(`[id="${event.passage}"]`);
        await expect(passage).toBeFocused();
        await expect(passage).toBeInViewport();
        await expectFocusDrawn(page, 'on the passage');

        await tabUntil(page, (_id, name) => name.startsWith(words.article.onTheMap), 10, 'to the passage’s map link');
        // The passage's first place, as its link says.
        const firstPlace = (await passage.locator('a.on-map').getAttribute('href'))!;
        await page.keyboard.press('Enter');
        await expect(page.locator(firstPlace)).toBeFocused();
        if (javaScriptEnabled) {
          // Escape leaves the map for the link that brought the reader there, and Enter goes back.
          await page.keyboard.press('Escape');
          await expect(passage.locator('a.on-map')).toBeFocused();
          await expectFocusDrawn(page, 'back in the text');
          await page.keyboard.press('Enter');
          await expect(page.locator(firstPlace)).toBeFocused();
        }
        await expectFocusDrawn(page, 'back on the map');
      },
    );

    // Down is always later. The horizontal arrows follow the way the text reads: Right is later in
    // English, Left in Dari and Pashto, as in their timelines.
    const [later, earlier] = edition.dir === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    test(`${later} steps through the map’s events in date order, ${earlier} and Up step back, and Escape leaves the map`, async ({
      page,
    }) => {
      await openArticle(page, ARTICLE);
      const expected = await page.evaluate(() => {
        const dated = [...document.querySelectorAll<HTMLElement>('[data-timeline-event]')];
        return dated.flatMap((entry) => (entry.dataset.mapTargets ? [entry.dataset.mapTargets] : []));
      });
      expect(expected.length).toBeGreaterThan(5);
      const active = () => page.evaluate(() => document.activeElement?.id);
      await page.locator(`figure[data-map="${SLUG}"] svg a`).first().focus();
      await page.keyboard.press('Home');
      const visited = [await active()];
      for (let i = 1; i < expected.length; i++) {
        await page.keyboard.press(later);
        visited.push(await active());
      }
      expect(visited).toEqual(expected);
      // "16 of 16: …", in the edition's words. Its digits are checked in editions.spec.ts.
      const count = `(${expected.length}|${edition.number(expected.length)})`;
      await expect(page.locator('.map-sync').getByRole('status')).toHaveText(
        templatePattern(words.sync.step, { index: count, count }),
      );
      await page.keyboard.press(later);
      expect(await active(), 'the last event stays put').toBe(expected.at(-1));
      await page.keyboard.press(earlier);
      expect(await active()).toBe(expected.at(-2));
      await page.keyboard.press('ArrowUp');
      expect(await active()).toBe(expected.at(-3));
      await page.keyboard.press('ArrowDown');
      expect(await active()).toBe(expected.at(-2));
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.closest('svg'))).toBeNull();
    });
  });
}
