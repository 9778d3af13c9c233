import { describe, expect, test } from 'vitest';
import type { LoadedAnalysis } from '../../../src/lib/load/loaded-analysis';
import { eventsCsv, eventsGeoJson } from '../../../src/lib/share/open-data';
import { jsonForScript, newsArticle } from '../../../src/lib/share/structured-data';
import { site as fixture } from '../geo/first-analysis';
import { englishAsPublished as english, translated } from './edition-cards';

// What the first analysis gives away as data: its events as GeoJSON and CSV (linked under the
// map), and the schema.org description in its page's head.

const SLUG = 'taliban-iran-pakistan-2022';
const SITE = new URL('https://news.example');
const events = fixture.eventsFile.events;
const passageUrl = (passage: string, prefix = '') => `https://news.example${prefix}/analyses/${SLUG}/#${passage}`;

describe('the events as GeoJSON', () => {
  test('every event with a point or a country is one feature; border and timeline events are not', () => {
    const { type, name, features } = eventsGeoJson(english, SITE);
    expect([type, name]).toEqual(['FeatureCollection', SLUG]);
    // In timeline order, as the analysis lists them.
    const expected = english.events.filter((e) => e.place && !('border' in e.place)).map((e) => e.id);
    expect(expected.length).toBe(events.filter((e) => e.place && !('border' in e.place)).length);
    expect(features.map((feature) => feature.id)).toEqual(expected);
  });

  test('a point is its coordinates; a country named without a place has no point, only its code', () => {
    const { features } = eventsGeoJson(english, SITE);
    const kabul = features.find((f) => f.id === 'taliban-take-kabul')!;
    expect(kabul.geometry).toEqual({ type: 'Point', coordinates: [69.18, 34.53] });
    expect(kabul.properties).toMatchObject({ place: 'Kabul', precision: 'city', country: null, offMap: false });
    const norway = features.find((f) => f.id === 'oslo-talks')!;
    expect(norway.geometry).toBeNull();
    expect(norway.properties).toMatchObject({ place: 'Norway', country: 'NOR', offMap: true, precision: 'country' });
  });

  test('a date only where the reporting gives one, hedges in codes and words, who says so, and the passage', () => {
    const { features } = eventsGeoJson(english, SITE);
    expect(features.find((f) => f.id === 'taliban-take-kabul')!.properties).toMatchObject({
      date: '2021-08',
      dateRelative: null,
      dateLabel: 'August 2021',
      hedge: [],
      hedgeWords: null,
      attribution: null,
      kind: 'security',
      entities: ['afghanistan'],
      passage: passageUrl('six-months-on'),
    });
    const meeting = features.find((f) => f.id === 'tehran-nrf-meeting')!.properties;
    expect(meeting).toMatchObject({ date: null, dateRelative: 'recently', hedge: ['reported', 'disputed'] });
    expect(meeting.hedgeWords).toMatch(/reported/i);
    expect(meeting.attribution).toMatch(/^the Taliban said/);
  });

  test('in Dari, the words are the edition’s and the passages its own pages', () => {
    const dari = translated('fa', english);
    const kabul = eventsGeoJson(dari, SITE).features.find((f) => f.id === 'taliban-take-kabul')!;
    expect(kabul.properties.place).toBe('کابل');
    expect(kabul.properties.passage).toBe(passageUrl('six-months-on', '/fa'));
  });
});

describe('the events as CSV', () => {
  const csv = () => eventsCsv(english, SITE);
  const rows = () => csv().split('\r\n');

  test('a header, then every event in timeline order, placed or not, each line ended CRLF', () => {
    expect(rows()[0]).toBe(
      'id,title,date,date_relative,date_after,date_label,place,longitude,latitude,country,border,precision,kind,entities,hedge,hedge_words,attribution,passage',
    );
    expect(csv().endsWith('\r\n')).toBe(true);
    expect(
      rows()
        .slice(1, -1)
        .map((row) => row.split(',')[0]),
    ).toEqual(english.events.map((e) => e.id));
  });

  test('a point as longitude and latitude, a border by its id, lists joined by spaces', () => {
    const kabul = rows().find((row) => row.startsWith('taliban-take-kabul,'))!;
    expect(kabul).toBe(
      `taliban-take-kabul,The Taliban take Kabul,2021-08,,,August 2021,Kabul,69.18,34.53,,,city,security,afghanistan,,,,${passageUrl('six-months-on')}`,
    );
    expect(
      rows()
        .find((row) => row.startsWith('durand-line-drawn,'))!
        .split(',')[10],
    ).toBe('AFG-PAK');
  });

  test('a field holding a comma or a quote is quoted, its quotes doubled', () => {
    // Only what needs quoting is quoted.
    const meeting = rows().find((row) => row.startsWith('tehran-nrf-meeting,'))!;
    expect(meeting).toContain(',Taliban delegation in Tehran reportedly meets NRF leader; NRF denies it,');
    const quoted = {
      ...english,
      events: [{ ...english.events[0]!, title: 'The "Durand Line", drawn' }],
    } as LoadedAnalysis;
    expect(eventsCsv(quoted, SITE).split('\r\n')[1]).toMatch(/^durand-line-drawn,"The ""Durand Line"", drawn",/);
  });
});

describe('the schema.org description', () => {
  test('a news article with its dates, address, card, countries and events, none given a date it lacks', () => {
    const article = newsArticle(english, fixture.model, SITE);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: english.entry.data.title,
      url: `https://news.example/analyses/${SLUG}/`,
      datePublished: '2022-02-07',
      inLanguage: 'en-GB',
      image: `https://news.example/analyses/${SLUG}/card.png`,
      about: [
        { '@type': 'Country', name: 'Afghanistan' },
        { '@type': 'Country', name: 'Iran' },
        { '@type': 'Country', name: 'Pakistan' },
      ],
    });
    expect(article.dateModified > article.datePublished).toBe(true);
    const kabul = article.mentions.find((event) => event.name === 'The Taliban take Kabul')!;
    expect(kabul).toEqual({
      '@type': 'Event',
      name: 'The Taliban take Kabul',
      startDate: '2021-08',
      url: `https://news.example/analyses/${SLUG}/#taliban-take-kabul`,
      location: { '@type': 'Place', name: 'Kabul' },
    });
    const norway = article.mentions.find((event) => event.url.endsWith('#oslo-talks'))!;
    expect(norway).not.toHaveProperty('startDate');
    expect(norway.location).toEqual({ '@type': 'Country', name: 'Norway' });
  });

  test('each log entry dated, of its kind, at the passage whose note tells it, without repeating its words', () => {
    const { correction } = newsArticle(english, fixture.model, SITE);
    const first = english.entry.data.corrections[0]!;
    expect(correction![0]).toEqual({
      '@type': 'CorrectionComment',
      genre: 'correction',
      name: 'Correction',
      datePublished: '2026-11-29',
      url: `https://news.example/analyses/${SLUG}/#${first.passage}`,
    });
    expect(correction).toHaveLength(english.entry.data.corrections.length);
  });

  test('set in a script element, no "</script>" in the text can end it early', () => {
    expect(jsonForScript({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });
});
