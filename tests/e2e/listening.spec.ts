import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './reader';
import { EDITIONS, SLUG, type TestEdition } from './editions';
import { chromiumSays, listen } from './listener';
import { syncDataAnchor } from '../../src/components/map/MapSync';
import { langFor } from '../../src/lib/i18n/lang';
import { fill, syncWords } from '../../src/lib/i18n/sync-words';
import { isShown } from '../../src/lib/sync/filters';
import { sayEvent } from '../../src/lib/sync/say';
import type { SyncData } from '../../src/lib/sync/sync-data';

// A listener's journey through the article, in each edition, with what a screen reader says kept
// in tests/e2e/journeys/<edition>.txt for a reviewer to read: from the top to the text, to the map
// by its link, a filter, steps through the events with the arrow keys and past the last, and a
// marker followed to its passage. A change to what is said fails here until the file is written
// anew (UPDATE_JOURNEYS=1) and the change read in its diff.

const journeyFile = (edition: TestEdition) => `tests/e2e/journeys/${edition.code}.txt`;

const readSyncData = (page: Page) =>
  page
    .locator(`script[id="${syncDataAnchor(SLUG)}"]`)
    .textContent()
    .then((json) => JSON.parse(json!) as SyncData);

for (const edition of EDITIONS) {
  test(`a listener reaches the text first, then the map and its events, in ${edition.name}`, async ({ page }) => {
    const { words } = edition;
    const said = syncWords(langFor(edition.code));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(edition.article(SLUG));
    const data = await readSyncData(page);
    const status = page.locator('.map-sync [role="status"]');
    const listener = await listen(page);

    // From the top: the headline, then the text's first paragraph in a few moves, with the way to
    // the map heard on the way and nothing of the map itself.
    // Its words up to the first link in it, which the listener hears apart.
    const firstWords = await page
      .locator('.passage p')
      .first()
      .evaluate((p) => p.firstChild!.textContent!.trim().slice(0, 40));
    expect(await listener.nextUntil('heading, ', 40), 'moves from the top to the headline').toBeGreaterThan(0);
    const toText = await listener.nextUntil(firstWords, 60);
    expect(toText, 'moves from the headline to the first paragraph').toBeGreaterThan(0);
    expect(toText).toBeLessThanOrEqual(40);
    const beforeText = await listener.log();
    expect(beforeText).toContain(`link, ${words.article.toMap}`);
    expect(beforeText.filter((phrase) => /^(figure|graphics-document|status)\b/.test(phrase))).toEqual([]);

    // The way to the map: the filters first, each group named by what it filters. The listener's
    // focus on the way there is its reach for the map, which wakes it.
    await page.getByRole('link', { name: words.article.toMap }).focus();
    await expect(page.locator('.map-filters')).toBeAttached();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const actor = data.entities[0]!;
    const focused = page.locator(':focus');
    await expect(focused).toHaveAccessibleName(data.entityNames[actor]!);
    await expect(page.getByRole('group', { name: said.filterActors })).toContainText(data.entityNames[actor]!);
    await expect(page.getByRole('group', { name: said.filterKinds })).toBeVisible();

    // A filter says how many events it leaves and which filter it is; what it leaves out is out of
    // the way of Tab and of the listener.
    await page.keyboard.press('Space');
    const filters = { entities: new Set([actor]), kinds: new Set<string>() };
    const shown = data.events.filter((event) => isShown(event, filters));
    await expect(status).toHaveText(
      fill(said.showing, {
        shown: edition.number(shown.length),
        total: edition.number(data.events.length),
        which: data.entityNames[actor]!,
      }),
    );
    const leftOut = data.links.filter((link) => !link.events.some((id) => shown.some((event) => event.id === id)));
    expect(leftOut.length).toBeGreaterThan(0);
    for (const link of leftOut) {
      await expect(page.locator(`[id="${link.anchor}"]`)).toHaveAttribute('aria-hidden', 'true');
      await expect(page.locator(`[id="${link.anchor}"]`)).toHaveAttribute('tabindex', '-1');
    }

    // Tab on into the map: its short name, then its links, none of them one the filter left out.
    for (let tab = 0; tab < 20 && !(await focused.evaluate((e) => !!e.closest('svg'))); tab++) {
      await page.keyboard.press('Tab');
    }
    const first = await focused.getAttribute('id');
    expect(leftOut.map((link) => link.anchor)).not.toContain(first);
    // The map's name is short: the region, as its title has it, and no more.
    const region = between(
      words.map.title,
      (await page.locator(`figure[data-map="${SLUG}"] svg > title`).textContent())!,
    );
    await expect(page.locator(`figure[data-map="${SLUG}"]`)).toHaveAccessibleName(words.map.name(region));
    expect(await chromiumSays(page, `figure[data-map="${SLUG}"]`)).toEqual({
      role: 'figure',
      name: words.map.name(region),
    });

    // A place with several events opens them as a dialog named for the place, its first event
    // focused; Escape comes back to the marker.
    if (await focused.getAttribute('data-events')) {
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', {
        name: fill(said.eventsAt, { place: data.links.find((link) => link.anchor === first)!.name }),
      });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('link').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.locator(`[id="${first}"]`)).toBeFocused();
    }

    // The arrow keys step through the events the filter shows, each said with its date and
    // hedges; a step past the last says so.
    const placed = shown.filter((event) => event.target);
    const at = placed.findIndex((event) => event.target === first);
    await page.keyboard.press('ArrowDown');
    await expect(status).toHaveText(sayEvent(said, placed[at + 1]!, { index: at + 1, count: placed.length }));
    await page.keyboard.press('End');
    const last = placed.at(-1)!;
    await expect(status).toHaveText(sayEvent(said, last, { index: placed.length - 1, count: placed.length }));
    await page.keyboard.press('ArrowDown');
    await expect(status).toHaveText(said.noLater);

    // Followed, a marker lands on its passage, named by its events.
    await page.keyboard.press('Enter');
    await expect(focused).toHaveAttribute('data-passage', last.passage);
    await expect(focused).toHaveRole('group');
    await expect(focused).toHaveAccessibleName(new RegExp(escape(last.title)));
    const landed = await chromiumSays(page, `[id="${last.passage}"]`);
    expect(landed.role).toBe('group');
    expect(landed.name).toContain(last.title);
    await expect(page.locator('#map a[href="#text"]')).toHaveAccessibleName(words.article.toText);

    // Under the map, Previous steps back from there through what the filter shows, said as the
    // arrow keys say it.
    await page.getByRole('button', { name: said.previous }).focus();
    await page.keyboard.press('Enter');
    const before = placed.at(-2)!;
    await expect(status).toHaveText(sayEvent(said, before, { index: placed.length - 2, count: placed.length }));

    const log = (await listener.log()).join('\n') + '\n';
    await listener.stop();
    if (process.env.UPDATE_JOURNEYS || !existsSync(journeyFile(edition))) writeFileSync(journeyFile(edition), log);
    expect(
      log,
      `what the listener heard differs from ${journeyFile(edition)}: read the difference, and if it is right write it anew with UPDATE_JOURNEYS=1`,
    ).toBe(readFileSync(journeyFile(edition), 'utf8'));
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a template's one slot was filled with: `between(t, t("x"))` is "x". */
function between(template: (slot: string) => string, filled: string): string {
  const [before, after] = template('\u0000').split('\u0000') as [string, string];
  expect(filled.startsWith(before) && filled.endsWith(after), `“${filled}” is not made by its template`).toBe(true);
  return filled.slice(before.length, filled.length - after.length);
}
