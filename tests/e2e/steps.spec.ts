import { expect, test, type Page } from './reader';
import { ANALYSIS, DARI, ENGLISH, escapeRegExp, eventTitle, SLUG, templatePattern, type TestEdition } from './editions';
import { FIXTURE_SITE, findAxeViolationsIn, openArticle } from './helpers';

// The controls under the map that step through its events in time: Previous, Play and Next. What
// they decide (the order, the ends, what stops Play) is in tests/unit/sync/steps.test.ts and
// play.test.ts; here, what a reader sees and hears in the page.

/** The events the controls step through, as the page's timeline lists them: those on the map. */
const eventsOnMap = (page: Page, shownOnly = false) =>
  page.evaluate(
    (shown) =>
      [...document.querySelectorAll<HTMLElement>('[data-timeline-event][data-map-targets]')]
        .filter((entry) => !shown || !entry.classList.contains('is-dimmed'))
        .map((entry) => ({ id: entry.dataset.timelineEvent!, target: entry.dataset.mapTargets! })),
    shownOnly,
  );

const controls = (page: Page, { words }: TestEdition) => {
  const group = page.getByRole('group', { name: words.sync.steps });
  const button = (name: string) => group.getByRole('button', { name, exact: true });
  return { group, previous: button(words.sync.previous), play: button(words.sync.play), next: button(words.sync.next) };
};

const status = (page: Page) => page.locator('.map-sync').getByRole('status');

/** What the live region says for the `index`th of `count` events, an unhedged one. */
const saysStep = (edition: TestEdition, id: string, index: number, count: number) =>
  templatePattern(edition.words.sync.step, {
    index: `(${index}|${edition.number(index)})`,
    count: `(${count}|${edition.number(count)})`,
    title: escapeRegExp(eventTitle(edition, id)),
  });

const passageOf = (id: string) => ANALYSIS!.events.find((event) => event.id === id)!.passage;

/** On a phone the docked map is over the top of the page: what is in view starts below it. */
async function expectBelowTheMap(page: Page, passage: string) {
  await expect(page.locator(`[id="${passage}"]`)).toBeInViewport();
  const { top, mapBottom } = await page.evaluate((id) => {
    const column = document.getElementById('map')!;
    return {
      top: document.getElementById(id)!.getBoundingClientRect().top,
      mapBottom: column.classList.contains('is-docked') ? column.getBoundingClientRect().bottom : 0,
    };
  }, passage);
  expect(top, `${passage} starts below the map`).toBeGreaterThanOrEqual(mapBottom - 1);
}

test(
  'Next twice and Previous once: the first event is marked on the map, its passage in view, and the live region says it',
  { tag: '@phone' },
  async ({ page }) => {
    await openArticle(page, ENGLISH.article(SLUG));
    const events = await eventsOnMap(page);
    const { previous, play, next } = controls(page, ENGLISH);
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await expect(previous, 'before any step there is nothing earlier').toHaveAttribute('aria-disabled', 'true');
    // Their room under the map was kept as the page loaded: appearing, they moved nothing.
    const height = async (selector: string) => (await page.locator(selector).boundingBox())!.height;
    expect(Math.abs((await height('.map-steps-slot')) - (await height('.map-steps')))).toBeLessThan(1);

    await next.click();
    await next.click();
    await expect(status(page)).toHaveText(saysStep(ENGLISH, events[1]!.id, 2, events.length));
    await expect(page.locator(`[id="${events[1]!.target}"]`)).toHaveAttribute('aria-current', 'true');
    await previous.click();

    const [first] = events;
    await expect(status(page)).toHaveText(saysStep(ENGLISH, first!.id, 1, events.length));
    await expect(page.locator(`[id="${first!.target}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[aria-current="true"]')).toHaveCount(1);
    await expect(page.locator(`[id="${first!.target}"]`)).toBeInViewport();
    await expect(page.locator('.passage.is-current')).toHaveAttribute('id', passageOf(first!.id));
    await expectBelowTheMap(page, passageOf(first!.id));
    await expect(previous, 'focus stays on the control').toBeFocused();
    await expect(page, 'the address is the reader’s, not the steps’').toHaveURL(ENGLISH.article(SLUG));
  },
);

test(
  'on a phone a tall map docked in its window keeps the controls at its foot, in view and uncovered',
  { tag: '@phone-only' },
  async ({ page }) => {
    // The Nordic fixture's frame is taller than wide: docked, it scrolls in a window of its own.
    await openArticle(page, `${FIXTURE_SITE}/analyses/nordic-fixture/`);
    const { next } = controls(page, ENGLISH);
    await next.click();
    await expect(page.locator('#map')).toHaveClass(/is-docked/);
    await expect(next).toBeInViewport({ ratio: 1 });
    const reached = await next.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return button.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    });
    expect(reached, 'a tap on Next reaches it').toBe(true);
    await next.click();
    await expect(status(page)).toHaveText(/^2 of /);
  },
);

test('at the last event Next says there is none later, and Play starts again from the first', async ({ page }) => {
  // A link to the last event on the map lands the reader there: the steps go on from it.
  const article = ENGLISH.article(SLUG);
  await page.goto(article);
  const events = await eventsOnMap(page);
  await openArticle(page, `${article}#${events.at(-1)!.id}`);
  const { play, next } = controls(page, ENGLISH);
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  // Still focusable, and pressed it says why nothing moved.
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(ENGLISH.words.sync.noLater);

  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveText(saysStep(ENGLISH, events[0]!.id, 1, events.length));
  await expect(page.locator(`[id="${events[0]!.target}"]`)).toHaveAttribute('aria-current', 'true');
});

test('Play goes through the events the filters show, to the last, and stops there saying so', async ({ page }) => {
  await openArticle(page, `${ENGLISH.article(SLUG)}?entity=iran`);
  const shown = await eventsOnMap(page, true);
  expect(shown.length).toBeGreaterThan(2);
  expect(shown.length).toBeLessThan((await eventsOnMap(page)).length);
  // Everything the live region says, in turn; Play's pace as the page's tests set it.
  await page.evaluate(() => {
    const region = document.querySelector('.map-sync [role="status"]')!;
    const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
    new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    document.querySelector<HTMLElement>('.map-steps')!.dataset.stepPace = '20';
  });
  const { play } = controls(page, ENGLISH);
  await play.click();
  await expect(status(page)).toHaveText(ENGLISH.words.sync.played);
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator(`[id="${shown.at(-1)!.target}"]`)).toHaveAttribute('aria-current', 'true');
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(heard, 'each event once, then the end').toHaveLength(shown.length + 1);
  shown.forEach((event, i) => expect(heard[i], event.id).toContain(`: ${eventTitle(ENGLISH, event.id)}`));
});

test('Play never stops for its own scrolling, and stops as soon as the reader scrolls or presses a key', async ({
  page,
}) => {
  await openArticle(page, ENGLISH.article(SLUG));
  const { play } = controls(page, ENGLISH);
  await play.scrollIntoViewIfNeeded();
  // Play's first step glides the page down to its passage (smoothly: no reduced motion here).
  await page.evaluate(() => {
    const glided = new Promise((done) => window.addEventListener('scrollend', done, { once: true }));
    (window as unknown as { glided: Promise<unknown> }).glided = glided;
  });
  await play.click();
  await page.evaluate(() => (window as unknown as { glided: Promise<unknown> }).glided);
  await expect(play, 'still playing once its own scroll has ended').toHaveAttribute('aria-pressed', 'true');

  await page.mouse.wheel(0, 200);
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await expect(status(page)).toHaveText(ENGLISH.words.sync.paused);

  await play.focus();
  await page.keyboard.press('Space');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
});

test('with reduced motion a step lands in one jump, never a glide', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openArticle(page, ENGLISH.article(SLUG));
  const [first] = await eventsOnMap(page);
  const { next } = controls(page, ENGLISH);
  await next.scrollIntoViewIfNeeded();
  // Where the page stood before the step: bringing the control into view may still report it.
  const before = await page.evaluate(() => {
    const seen: number[] = ((window as unknown as { seen: number[] }).seen = []);
    window.addEventListener('scroll', () => seen.push(window.scrollY));
    return window.scrollY;
  });
  await next.click();
  await expect(page.locator(`[id="${passageOf(first!.id)}"]`)).toBeInViewport();
  const seen = (await page.evaluate(() => (window as unknown as { seen: number[] }).seen)).filter((y) => y !== before);
  expect(seen.length, 'the page scrolled').toBeGreaterThan(0);
  expect(new Set(seen).size, `scrolled through ${seen.join(', ')}`).toBe(1);
});

test('in Dari, Next sits to the left and points left, and the live region says the event in Dari', async ({ page }) => {
  await openArticle(page, DARI.article(SLUG));
  const [first] = await eventsOnMap(page);
  const { previous, next, play } = controls(page, DARI);
  const x = async (control: typeof next) => (await control.boundingBox())!.x;
  expect(await x(next)).toBeLessThan(await x(play));
  expect(await x(play)).toBeLessThan(await x(previous));
  // Their symbols, drawn pointing right, are mirrored to point the way the text reads.
  const mirrored = (control: typeof next, part: string) =>
    control.evaluate((element, pseudo) => getComputedStyle(element, pseudo).transform, part);
  expect(await mirrored(next, '::after')).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  expect(await mirrored(play, '::before')).toBe('matrix(-1, 0, 0, 1, 0, 0)');

  await next.click();
  await expect(status(page)).toHaveText(saysStep(DARI, first!.id, 1, (await eventsOnMap(page)).length));
  await expect(status(page)).toContainText(DARI.number(1));
  await expect(page.locator(`[id="${first!.target}"]`)).toHaveAttribute('aria-current', 'true');
});

test('the controls pass axe, light and dark, before a step and playing', async ({ page }) => {
  await openArticle(page, ENGLISH.article(SLUG));
  const { play } = controls(page, ENGLISH);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await findAxeViolationsIn(page, '.map-steps'), `${colorScheme}, at the start`).toEqual([]);
  }
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await findAxeViolationsIn(page, '.map-steps'), `${colorScheme}, playing`).toEqual([]);
  }
});
