import { passageTexts } from '../content/editions/passage-text';

/** A passage's MDX as a reader reads it: tags, links and emphasis gone, spaces collapsed. */
export const plainText = (mdx: string): string =>
  mdx
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The opening words of each passage of an analysis's MDX body, by id, cut at a word. */
export function passageOpenings(body: string, words = 28): Map<string, string> {
  return new Map(
    passageTexts(body).map(({ id, inner }) => {
      const all = plainText(inner).split(' ');
      return [id, all.length > words ? `${all.slice(0, words).join(' ')} …` : all.join(' ')];
    }),
  );
}
