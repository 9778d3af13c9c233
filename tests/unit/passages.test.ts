import { describe, expect, test } from 'vitest';
import { readOutline } from '../../src/lib/content/passages';
import { SMALL_MDX_FILE, smallSource } from './fixtures';

describe('readOutline', () => {
  test('finds every section with its entities and title', () => {
    const { sections } = readOutline(smallSource, SMALL_MDX_FILE);
    expect(sections).toEqual([
      { id: 'iran', title: 'Iran', entities: ['iran'] },
      { id: 'both', title: 'Both', entities: ['iran', 'pakistan'] },
    ]);
  });

  test('a passage takes its section’s entities unless it names its own', () => {
    const { passages } = readOutline(smallSource, SMALL_MDX_FILE);
    expect(passages).toEqual([
      { id: 'border-clash', entities: ['iran'], section: 'iran' },
      { id: 'port', entities: ['iran'], section: 'both' },
      { id: 'summit', entities: ['iran', 'pakistan'], section: 'both' },
    ]);
  });

  test('moving paragraphs around keeps every passage id and its entities', () => {
    const port = /<Passage id="port"[\s\S]*?<\/Passage>/.exec(smallSource)![0];
    const summit = /<Passage id="summit">[\s\S]*?<\/Passage>/.exec(smallSource)![0];
    const swapped = smallSource.replace(port, '@@').replace(summit, port).replace('@@', summit);
    const byId = (source: string) =>
      Object.fromEntries(readOutline(source, SMALL_MDX_FILE).passages.map((p) => [p.id, p.entities]));
    expect(readOutline(swapped, SMALL_MDX_FILE).passages.map((p) => p.id)).toEqual(['border-clash', 'summit', 'port']);
    expect(byId(swapped)).toEqual(byId(smallSource));
  });

  test('a repeated passage id stops the build and names the file and the id', () => {
    const doubled = smallSource.replace('<Passage id="summit">', '<Passage id="port">');
    expect(() => readOutline(doubled, SMALL_MDX_FILE)).toThrow(
      /^tests\/fixtures\/content\/small\.mdx:\d+:1: <Passage id>: found "port"; the <Passage> on line \d+ has this id already/,
    );
  });

  test('a passage id that clashes with a section id is refused', () => {
    const clash = smallSource.replace('<Passage id="summit">', '<Passage id="iran">');
    expect(() => readOutline(clash, SMALL_MDX_FILE)).toThrow(/the <Section> on line \d+ has this id already/);
  });

  test('an id that is not a readable anchor is refused with the id to write instead', () => {
    const messy = smallSource.replace('<Passage id="summit">', '<Passage id="Summit Talks">');
    expect(() => readOutline(messy, SMALL_MDX_FILE)).toThrow('write id="summit-talks"');
  });

  test('an id the page uses itself is refused', () => {
    const taken = smallSource.replace('<Passage id="summit">', '<Passage id="main">');
    expect(() => readOutline(taken, SMALL_MDX_FILE)).toThrow('the page uses this id itself');
  });

  test('a passage outside any section is refused', () => {
    const loose = `<Passage id="stray">\n\nText.\n\n</Passage>\n${smallSource}`;
    expect(() => readOutline(loose, SMALL_MDX_FILE)).toThrow('put every <Passage> inside a <Section>');
  });

  test('a section without entities is refused', () => {
    const untagged = smallSource.replace(
      '<Section id="iran" entities="iran" title="Iran">',
      '<Section id="iran" title="Iran">',
    );
    expect(() => readOutline(untagged, SMALL_MDX_FILE)).toThrow('tag the section with the entities it is about');
  });

  test('ids in the namespaces the page keeps for the map and timeline are refused', () => {
    const taken = smallSource.replace('<Passage id="summit">', '<Passage id="map-marker-kabul">');
    expect(() => readOutline(taken, SMALL_MDX_FILE)).toThrow('the page uses this id itself');
  });
});
