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

/** Whether this build renders the pages of an analysis. */
export const rendersAnalysis = (slug: string, slice: Slice = currentSlice()): boolean =>
  sliceOfSlug(slug, slice.of) === slice.number;

/** Whether this build renders the pages that span analyses, and writes the merged site's sitemap and index. */
export const rendersWholeSite = (slice: Slice = currentSlice()): boolean => slice.number === 1;

/** A route's static paths for pages that span analyses: in the first slice only. */
export const inFirstSlice =
  <P>(paths: () => P[] | Promise<P[]>) =>
  async (): Promise<P[]> =>
    rendersWholeSite() ? paths() : [];
