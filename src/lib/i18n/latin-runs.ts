/** A piece of an edition's sentence, with the language it is in when that is not the edition's. */
export interface Run {
  text: string;
  lang?: 'en';
}

/** A name in Latin letters among words of another script: "Natural Earth", "GeoJSON", "CSV". */
const LATIN = /[A-Za-z][A-Za-z0-9]*(?:[ .-][A-Za-z0-9]+)*/g;

/**
 * Splits a sentence of a right-to-left edition (Dari, Pashto) into runs, marking each Latin name
 * as English, so that a screen reader voices it as English rather than in the edition's voice. A
 * left-to-right edition's sentence is one run: its Latin names are in its own language.
 */
export function latinRuns(text: string, dir: 'ltr' | 'rtl'): Run[] {
  if (dir === 'ltr') return [{ text }];
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[0], lang: 'en' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
