import { expect, test, type Page } from './reader';
import { readAnalyses } from '../support/analysis-data';
import { ASCII_DIGIT, TRANSLATED } from './editions';

// Changes are published, never silent: a dated note of its kind on each changed passage, a line at
// the article's end counting them, and the whole log on its own page with the earlier wording.
// Plain HTML, read with script here and in the built files by tests/published/; a shared link to
// them lands without script too.
const [analysis] = readAnalyses();
if (!analysis) throw new Error('no analysis to test');
const ARTICLE = `/analyses/${analysis.slug}/`;

/** Every note on the article: the part it stands in (passage or section), its day, and the log entry it links to. */
function readNotes(page: Page) {
  return page.locator('.correction-note').evaluateAll((notes) =>
    notes.map((note) => ({
      place: note.parentElement!.closest('[id]')!.id,
      datetime: note.querySelector('time')!.getAttribute('datetime'),
      entry: new URL(note.querySelector('a')!.href).hash.slice(1),
    })),
  );
}

/** Every entry of the whole log: its kind, day as written, where it links on the article. */
function readLog(page: Page) {
  return page.locator('li[id^="correction-"]').evaluateAll((items) =>
    items.map((entry) => {
      const time = entry.querySelector('time')!;
      return {
        id: entry.id,
        kind: (entry as HTMLElement).dataset.kind,
        place: new URL(entry.querySelector('a')!.href).hash.slice(1),
        datetime: time.getAttribute('datetime'),
        date: (time as HTMLElement).innerText,
      };
    }),
  );
}

/**
 * The article's notes and the whole log agree: each entry but a minor edit or a change to the
 * headline or map has one note, on the passage or section it names, dated the same, linking to
 * it; every note links to an entry; every place an entry names is on the article.
 */
async function expectNotesMatchLog(page: Page, article: string) {
  await page.goto(article);
  const notes = await readNotes(page);
  const ids = await page.locator('[id]').evaluateAll((all) => all.map((element) => element.id));
  await page.goto(`${article}corrections/`);
  const entries = await readLog(page);
  expect(entries.length).toBeGreaterThan(10);
  for (const entry of entries) {
    expect(entry.datetime, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ids, `${entry.id} links to a part of the article`).toContain(entry.place);
    const noted = entry.kind !== 'minor' && !['article-title', 'map'].includes(entry.place);
    expect(
      notes.filter((note) => note.entry === entry.id),
      entry.id,
    ).toEqual(noted ? [{ place: entry.place, datetime: entry.datetime, entry: entry.id }] : []);
  }
  expect(notes.filter((note) => !entries.some((entry) => entry.id === note.entry))).toEqual([]);
  return entries;
}

test('each entry of the log is noted on the passage it changed, dated the same, and each note leads to it', async ({
  page,
}) => {
  await expectNotesMatchLog(page, ARTICLE);
});

test('a corrected passage says so, and its note leads to the earlier wording in the whole log', async ({ page }) => {
  await page.goto(`${ARTICLE}#water-release`);
  const passage = page.locator('#water-release');
  const note = passage.getByRole('note', { name: 'Correction' });
  await expect(note).toContainText('Correction, 29 November 2026:');
  await expect(note).toContainText('eastern Iran');
  // The corrected text itself no longer says it.
  await expect(passage.locator('> p').first()).not.toContainText('eastern');
  await note.getByRole('link', { name: 'The whole log, with the earlier wording' }).click();
  await expect(page).toHaveURL(/\/corrections\/#correction-\d+$/);
  const entry = page.locator(':target');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Correction, 29 November 2026.');
  await expect(entry.locator('blockquote')).toContainText('towards the arid regions of eastern Iran');
  // And back to the passage it changed.
  await entry.getByRole('link', { name: /^In “/ }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#water-release$`));
});

test('the whole log lists every entry by kind and day, minor edits at its foot', async ({ page }) => {
  await page.goto(`${ARTICLE}corrections/`);
  await expect(page.getByRole('heading', { name: 'Corrections and changes', level: 1 })).toBeVisible();
  const minor = page.getByRole('list', { name: 'Minor edits' });
  await expect(minor.locator('li')).not.toHaveCount(0);
  const minorKinds = await minor
    .locator('li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
  expect(new Set(minorKinds)).toEqual(new Set(['minor']));
  const main = page.getByRole('list', { name: 'Corrections and changes' });
  const kinds = await main.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
  expect(new Set(kinds)).toEqual(new Set(['correction', 'clarification']));
  await expect(main.locator('li[data-kind="clarification"] strong').first()).toHaveText('Clarification');
});

test('the header dates the last update and counts the corrections, linking to them', async ({ page }) => {
  await page.goto(ARTICLE);
  const header = page.locator('article header');
  await expect(header).toContainText('Last updated 7 December 2026');
  await header.getByRole('link', { name: /^\d+ corrections, \d+ clarifications/ }).click();
  await expect(page).toHaveURL(/#corrections$/);
  await expect(page.locator('#corrections')).toBeInViewport();
});

test('a shared link to the corrections opens on them', { tag: ['@no-js', '@timing'] }, async ({ page }) => {
  await page.goto(`${ARTICLE}#corrections`);
  await expect(page.getByRole('heading', { name: 'Corrections and changes', level: 2 })).toBeInViewport();
});

test('the timeline gives each event’s hedges and who says so in words', async ({ page }) => {
  await page.goto(ARTICLE);
  const meeting = page.locator('[data-timeline-event="tehran-nrf-meeting"]');
  await expect(meeting.locator('.timeline-date')).toHaveText('recently');
  await expect(meeting.locator('.timeline-hedge')).toHaveText('(reported; disputed or denied)');
  await expect(meeting.locator('.timeline-attribution')).toContainText('Who says so: the Taliban said');
  await expect(page.locator('[data-timeline-event="iran-border-clash"] .timeline-hedge')).toHaveText(
    '(a characterisation no one is named as making)',
  );
  await expect(page.locator('#timeline-undated')).toHaveText('Not dated in the reporting');
  await expect(page.locator('#timeline-ahead + ol [data-timeline-event="chabahar-port"]')).toHaveCount(1);
  // Not dated in the reporting, the rocket exchange before a visit due in late January is not
  // placed after late January either, and the visit it put off follows it.
  const undated = page.locator('#timeline-undated + ol [data-timeline-event]');
  const ids = await undated.evaluateAll((items) => items.map((item) => item.getAttribute('data-timeline-event')));
  expect(ids.slice(ids.indexOf('kunar-rocket-exchange'), ids.indexOf('kunar-rocket-exchange') + 2)).toEqual([
    'kunar-rocket-exchange',
    'yusuf-kabul-visit',
  ]);
});

// The same corrections in each translation, in its words, digits and calendar; a correction made
// before the edition existed quotes the English it changed, marked as English. One load each.
test.describe('the translations', () => {
  for (const edition of TRANSLATED) {
    const { words } = edition;
    test(`${edition.name}: the corrections are listed, dated and linked both ways, counted in the header, and shown on their passages in ${edition.name}`, async ({
      page,
    }) => {
      const entries = await expectNotesMatchLog(page, edition.article(analysis.slug));
      for (const entry of entries) expect(entry.date, entry.id).not.toMatch(ASCII_DIGIT);
      await page.goto(edition.article(analysis.slug));
      const section = page.getByRole('region', { name: words.corrections.heading });
      await expect(section).toHaveAttribute('id', 'corrections');

      const header = page.locator('article header');
      await expect(header).toContainText(words.article.updated);
      const kinds = ['correction', 'clarification', 'update', 'minor'] as const;
      const counts = kinds
        .map((kind) => ({ kind, count: entries.filter((entry) => entry.kind === kind).length }))
        .filter(({ count }) => count > 0)
        .map(({ kind, count }) => words.corrections.count[kind](count, edition.number(count)));
      const counted = header.getByRole('link', { name: words.article.log(counts) });
      await expect(counted).toHaveAttribute('href', '#corrections');
      await expect(section).toContainText(words.corrections.summary(counts));

      await counted.click();
      await expect(page).toHaveURL(/#corrections$/);
      await expect(section).toBeInViewport();

      // The timeline's hedges and attributions in the edition's words.
      const meeting = page.locator('[data-timeline-event="tehran-nrf-meeting"]');
      const hedges = [analysis.events.find((event) => event.id === 'tehran-nrf-meeting')!.hedge ?? []].flat();
      await expect(meeting.locator('.timeline-hedge')).toHaveText(
        `(${hedges.map((hedge) => words.hedges[hedge as keyof typeof words.hedges]).join(words.events.separator)})`,
      );
      await expect(meeting.locator('.timeline-attribution')).toContainText(words.timeline.whoSaysSo);
      await expect(page.locator('#timeline-undated')).toHaveText(words.timeline.undated);

      // The note leads to the whole log, where an English entry's earlier wording is quoted in
      // English, says so, and reads left to right.
      const note = page.locator('#water-release').getByRole('note', { name: words.corrections.kinds.correction });
      await note.getByRole('link', { name: words.corrections.all }).click();
      const entry = page.locator(':target');
      await expect(entry).toBeInViewport();
      await expect(entry.locator('figcaption')).toHaveText(words.corrections.earlierEnglish);
      await expect(entry.locator('blockquote')).toHaveAttribute('lang', 'en');
      await expect(entry.locator('blockquote')).toHaveAttribute('dir', 'ltr');
    });
  }
});
