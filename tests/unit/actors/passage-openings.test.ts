import { expect, test } from 'vitest';
import { passageOpenings, plainText } from '../../../src/lib/actors/passage-text';

// An actor's page quotes the opening of each passage about it: the words a reader reads, without
// the MDX around them, cut at a word.
test('a passage reads as plain words: its tags, links and emphasis gone, its spaces single', () => {
  expect(plainText('The <Place to="kabul">capital</Place> saw [a *second* meeting](#talks),\n  `briefly`.')).toBe(
    'The capital saw a second meeting, briefly.',
  );
});

test('each passage’s opening is under its id: whole when short, else its first 28 words and an ellipsis', () => {
  const long = Array.from({ length: 30 }, (_, i) => `w${i + 1}`).join(' ');
  const body = `## Talks {#talks}\n\n<Passage id="short">\nTwo **words**.\n</Passage>\n\n<Passage id="long">\n${long}\n</Passage>\n`;
  const openings = passageOpenings(body);
  expect([...openings.keys()]).toEqual(['short', 'long']);
  expect(openings.get('short')).toBe('Two words.');
  expect(openings.get('long')).toBe(`${long.split(' ').slice(0, 28).join(' ')} …`);
  expect(passageOpenings(body, 2).get('short')).toBe('Two words.');
  expect(passageOpenings(body, 1).get('short')).toBe('Two …');
});
