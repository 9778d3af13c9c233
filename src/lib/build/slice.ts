/**
 * A build of one slice of the analyses: `BORDERLINES_SLICE=k/n` renders the pages, share pages and
 * cards of the analyses whose slug falls to slice k of n, and the first slice also renders the
 * pages that span analyses (home, actors, relations, feeds) and merges the others' output into its
 * own before the sitemap and the search index are written (scripts/build.mjs, docs/performance.md).
 * Without the variable a build is the whole site, as one slice of one.
 */
export interface Slice {
  /** 1 to `of`. */
  number: number;
  of: number;
}

export const SLICE_VARIABLE = 'BORDERLINES_SLICE';

/** For the first slice: the folders the other slices were built into, as a JSON list, to merge. */
export const SLICE_OUTPUTS_VARIABLE = 'BORDERLINES_SLICE_OUTPUTS';

/**
 * A rebuild of some analyses only, after their content changed and nothing else did: their slugs as
 * a JSON list. The build renders them and the pages that span analyses, and keeps the other
 * analyses' files from the last build's output (KEPT_OUTPUT_VARIABLE). scripts/build.mjs sets both.
 */
export const ONLY_ANALYSES_VARIABLE = 'BORDERLINES_ONLY_ANALYSES';

/**
 * With ONLY_ANALYSES_VARIABLE: the folder the last build's other analyses are linked into while
 * this one renders (src/lib/build/keep-output.ts); its building mark (buildingMarkOf) is there
 * until every file is.
 */
export const KEPT_OUTPUT_VARIABLE = 'BORDERLINES_KEPT_OUTPUT';

/**
 * A variable's JSON list of strings, none empty; the error `problem` says, naming the variable,
 * when it holds anything else.
 */
export function stringListFrom(value: string, problem: string): string[] {
  let list: unknown;
  try {
    list = JSON.parse(value);
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item === '')) throw new Error(problem);
  return list as string[];
}

/** The analyses a rebuild of some renders, from ONLY_ANALYSES_VARIABLE's value; undefined for all. */
export function onlyAnalysesFrom(value: string | undefined): Set<string> | undefined {
  if (value === undefined || value === '') return undefined;
  const problem = `${ONLY_ANALYSES_VARIABLE} is ${value}: it must list the slugs of the analyses to render again, as a JSON list of strings.`;
  return new Set(stringListFrom(value, problem));
}

/** The analyses this build renders again, from its environment; undefined for all. */
export const currentOnlyAnalyses = (): Set<string> | undefined => onlyAnalysesFrom(process.env[ONLY_ANALYSES_VARIABLE]);

const withoutSlash = (folder: string) => folder.replace(/\/+$/, '');

/** Where a slice built into `folder` lists its pages, once it has finished. */
export const pagesListOf = (folder: string) => `${withoutSlash(folder)}.pages.json`;

/** Present while the slice built into `folder` is being built beside the first. */
export const buildingMarkOf = (folder: string) => `${withoutSlash(folder)}.building`;

const WHOLE: Slice = { number: 1, of: 1 };

/** The slice a build renders, from its environment's `BORDERLINES_SLICE`; the whole site without it. */
export function sliceFrom(value: string | undefined): Slice {
  if (value === undefined || value === '') return WHOLE;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [number, of] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(number >= 1 && number <= of)) {
    throw new Error(
      `${SLICE_VARIABLE} is "${value}": it must be "k/n", the slice k of n slices (1 ≤ k ≤ n), as in "2/4". Unset it to build the whole site.`,
    );
  }
  return { number, of };
}

export const currentSlice = (): Slice => sliceFrom(process.env[SLICE_VARIABLE]);

/**
 * The slice an analysis falls to: a hash of its slug (FNV-1a), so that an analysis stays in its
 * slice as others are added and each slice's cache keeps finding its pages.
 */
export function sliceOfSlug(slug: string, of: number): number {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(slug)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  return (hash % of) + 1;
}

/** Whether this build renders the pages of an analysis: those of its slice, and of them only those asked for. */
export const rendersAnalysis = (
  slug: string,
  slice: Slice = currentSlice(),
  only: Set<string> | undefined = currentOnlyAnalyses(),
): boolean => sliceOfSlug(slug, slice.of) === slice.number && (only === undefined || only.has(slug));

/** Whether this build renders the pages that span analyses, and writes the merged site's sitemap and index. */
export const rendersWholeSite = (slice: Slice = currentSlice()): boolean => slice.number === 1;

/** A route's static paths for pages that span analyses: in the first slice only. */
export const inFirstSlice =
  <P>(paths: () => P[] | Promise<P[]>) =>
  async (): Promise<P[]> =>
    rendersWholeSite() ? paths() : [];
