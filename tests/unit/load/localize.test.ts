import { readFileSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, test } from 'vitest';
import { stalePassages } from '../../../src/lib/load/localize';
import { EditionTextSchema } from '../../../src/schemas/edition';
import { englishAsPublished as english, translated } from '../share/edition-cards';

// The first analysis in Dari as the build localizes it: the original's ids, places and links, with
// every word a reader sees taken from the edition's files.

const SLUG = 'taliban-iran-pakistan-2022';
const original = readFileSync(`content/analyses/${SLUG}.mdx`, 'utf8');
const edition = readFileSync(`content/editions/fa/${SLUG}.mdx`, 'utf8');
const words = EditionTextSchema.parse(JSON.parse(readFileSync(`data/editions/fa/${SLUG}.json`, 'utf8')));
const dari = () => translated('fa', english);

describe('the Dari edition of the first analysis', () => {
  test('is in the edition’s language, rendered from the edition’s file, with its headline and standfirst', () => {
    const analysis = dari();
    const frontmatter = parseFrontmatter(edition).frontmatter as { title: string; dek: string };
    expect(analysis.lang.edition.code).toBe('fa');
    expect(analysis.files.analysis).toBe(`content/editions/fa/${SLUG}.mdx`);
    expect(analysis.entry.data.title).toBe(frontmatter.title);
    expect(analysis.entry.data.dek).toBe(frontmatter.dek);
    expect(analysis.files.events).toBe(english.files.events);
  });

  test('keeps every passage’s id, so that an address means the same passage in every edition', () => {
    const analysis = dari();
    expect(analysis.outline.passages.map((p) => p.id)).toEqual(english.outline.passages.map((p) => p.id));
    expect(analysis.outline.sections.map((s) => s.id)).toEqual(english.outline.sections.map((s) => s.id));
  });

  test('names each event, its date and its place in Dari, keyed by the original’s place name', () => {
    const analysis = dari();
    const kabul = analysis.events.find((event) => event.id === 'taliban-take-kabul')!;
    expect(kabul.title).toBe(words.events['taliban-take-kabul']!.title);
    expect(kabul.place!.name).toBe('کابل');
    expect(kabul.placeKey).toBe('Kabul');
    expect(kabul.date.label).toContain(words.events['taliban-take-kabul']!.date);
    expect(kabul.date.label).toMatch(/^[^A-Za-z]+$/);
    expect(analysis.events.map((event) => event.id)).toEqual(english.events.map((event) => event.id));
    // Who says so, in the edition's words.
    const said = analysis.events.filter((event) => event.attribution);
    expect(said.length).toBeGreaterThan(0);
    for (const event of said) expect(event.attribution).toBe(words.events[event.id]!.attribution);
  });

  test('names the map’s capitals and borders in Dari, each border’s note with it', () => {
    const analysis = dari();
    expect(analysis.map.capitals.find((capital) => capital.coordinates[0] === 69.18)?.name).toBe('کابل');
    const durand = analysis.map.borders.find((border) => border.id === 'AFG-PAK')!;
    expect(durand.name).toBe(words.map.borders['AFG-PAK']!.name);
    expect(durand.note).toBe(words.map.borders['AFG-PAK']!.note);
  });

  test('dates its period in the Solar calendar, and gives each log entry in Dari beside the original’s date and passage, its own entries among them by date', () => {
    const { entry } = dari();
    expect(entry.data.period!.label).toBe('قوس–حوت ۱۴۰۰ (دسمبر ۲۰۲۱ – فبروری ۲۰۲۲)');
    const corrections = english.entry.data.corrections;
    const written = parseFrontmatter(edition).frontmatter as {
      corrections: { wrong: string }[];
      ownEntries?: { wrong: string; passage: string }[];
    };
    const own = written.ownEntries ?? [];
    expect(entry.data.corrections).toHaveLength(corrections.length + own.length);
    const translated = entry.data.corrections.filter((c) => written.corrections.some((w) => w.wrong === c.wrong));
    translated.forEach((correction, i) => {
      expect(correction.wrong).toBe(written.corrections[i]!.wrong);
      expect(correction.passage).toBe(corrections[i]!.passage);
      expect(correction.kind).toBe(corrections[i]!.kind);
      expect(correction.date).toEqual(corrections[i]!.date);
    });
    expect(entry.data.corrections.filter((c) => own.some((o) => o.wrong === c.wrong)).map((c) => c.passage)).toEqual(
      own.map((o) => o.passage),
    );
    const days = entry.data.corrections.map((c) => c.date.getTime());
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  test('says which version of the original it follows, and that no passage has fallen behind', () => {
    const { translation } = dari();
    expect(translation!.follows).toBeInstanceOf(Date);
    expect(translation!.stale).toEqual(new Set());
  });
});

describe('stalePassages', () => {
  test('a passage translating an earlier version of its original is stale; the rest are not', () => {
    const [stamp] = /translates="[^"]+"/.exec(edition)!;
    const behind = edition.replace(stamp, 'translates="0000000"');
    const stale = stalePassages(parseFrontmatter(original).content, parseFrontmatter(behind).content);
    expect(stale.size).toBe(1);
    expect(stalePassages(parseFrontmatter(original).content, parseFrontmatter(edition).content)).toEqual(new Set());
  });
});
