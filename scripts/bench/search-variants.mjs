// Search records of many generated analyses in one edition, made from the records of one real
// analysis: each copy has its own slug and title, its passages' words in another order, some
// swapped for words from elsewhere in the analysis, and made-up names of its own (people and
// places no other analysis mentions), so that the vocabulary grows with the number of analyses
// as a newsroom's does. Seeded: every run indexes the same words.

/** @typedef {import('../../src/lib/search/records.ts').SearchRecord} SearchRecord */

/** Letters each edition's made-up names are spelt with. */
const ALPHABETS = {
  en: 'abcdefghijklmnopqrstuvwxyz',
  fa: 'ابپتجچحخدرزژسشعغفقکگلمنوهی',
  ps: 'ابپتټجچحخدډرړزژسښغفقکګلمنڼوهی',
};
/** Names each analysis adds to the vocabulary, and how often one replaces a word of a passage. */
const NAMES_PER_ANALYSIS = 40;
const NAME_SHARE = 0.08;
/** How often a word of a passage is swapped for another word of the analysis. */
const SWAP_SHARE = 0.15;

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
function seeded(/** @type {number} */ seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The words in another order (Fisher–Yates, with the seeded generator). */
function shuffled(/** @type {string[]} */ words, /** @type {() => number} */ random) {
  const out = [...words];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The `index`th made-up name in an alphabet: a word of the analysis's first letters, then letters that number it. */
function madeUpName(/** @type {string[]} */ letters, /** @type {string} */ stem, /** @type {number} */ index) {
  let name = '';
  for (let rest = index, width = 0; width < 4; width++, rest = Math.floor(rest / letters.length)) {
    name += letters[rest % letters.length];
  }
  return `${stem.slice(0, 3)}${name}`;
}

/**
 * `count` analyses' records in the edition of `records` (one analysis's, at `/…analyses/<slug>/`).
 * @param {{ records: SearchRecord[], slug: string, count: number }} options
 * @returns {SearchRecord[]}
 */
export function variantRecords({ records, slug, count }) {
  const language = records[0]?.language ?? 'en';
  const letters = [...(ALPHABETS[/** @type {keyof typeof ALPHABETS} */ (language)] ?? ALPHABETS.en)];
  const pool = records.flatMap((record) => record.content.split(/\s+/)).filter(Boolean);
  const random = seeded(language.charCodeAt(0) * 7919 + count);
  const pick = (/** @type {string[]} */ words) => words[Math.floor(random() * words.length)];
  const variants = [];
  for (let n = 1; n <= count; n++) {
    const names = Array.from({ length: NAMES_PER_ANALYSIS }, (_, i) =>
      madeUpName(letters, pick(pool) ?? '', n * NAMES_PER_ANALYSIS + i),
    );
    for (const record of records) {
      const content = shuffled(record.content.split(/\s+/), random)
        .map((word) => (random() < NAME_SHARE ? pick(names) : random() < SWAP_SHARE ? pick(pool) : word))
        .join(' ');
      variants.push({
        url: record.url.replace(`/analyses/${slug}/`, `/analyses/${slug}-${n}/`),
        content,
        language,
        meta: { title: `${record.meta.title} (${n})` },
      });
    }
  }
  return variants;
}
