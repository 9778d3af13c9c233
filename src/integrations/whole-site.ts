import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as wait } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { placeKept } from '../lib/build/keep-output';
import { mergeOutput } from '../lib/build/merge-output';
import {
  buildingMarkOf,
  currentSlice,
  KEPT_OUTPUT_VARIABLE,
  ONLY_ANALYSES_VARIABLE,
  currentOnlyAnalyses,
  pagesListOf,
  rendersWholeSite,
  SLICE_OUTPUTS_VARIABLE,
  SLICE_VARIABLE,
  stringListFrom,
} from '../lib/build/slice';

/** The other slices' folders, from the first slice's environment. */
function sliceOutputs(): string[] {
  const value = process.env[SLICE_OUTPUTS_VARIABLE] ?? '[]';
  const { of } = currentSlice();
  const problem = `${SLICE_OUTPUTS_VARIABLE} is ${value}: the first of ${of} slices needs the ${of - 1} folders the others were built into, as a JSON list of strings.`;
  const folders = stringListFrom(value, problem);
  if (folders.length !== of - 1) throw new Error(problem);
  return folders;
}

/** A finished slice's pages; waits while it is still being built beside this one. */
async function pagesOf(folder: string): Promise<string[]> {
  while (existsSync(buildingMarkOf(folder))) await wait(250);
  if (!existsSync(pagesListOf(folder))) {
    throw new Error(
      `Merging the build's slices: ${folder} has no list of its pages (${pagesListOf(folder)}), so its build failed or never ran. Build that slice (${SLICE_VARIABLE}=k/n) before the first.`,
    );
  }
  return JSON.parse(readFileSync(pagesListOf(folder), 'utf8')) as string[];
}

/**
 * For a rebuild of some analyses: the folder the other analyses' files are being linked into from
 * the last build, beside this one (scripts/build.mjs), once every file is in it.
 */
async function keptFolder(): Promise<string> {
  const folder = process.env[KEPT_OUTPUT_VARIABLE];
  if (!folder) {
    throw new Error(
      `${ONLY_ANALYSES_VARIABLE} asks for a rebuild of some analyses, but ${KEPT_OUTPUT_VARIABLE} is unset: it names the folder the last build's other analyses are linked into. Build the whole site without ${ONLY_ANALYSES_VARIABLE}.`,
    );
  }
  while (existsSync(buildingMarkOf(folder))) await wait(250);
  return folder;
}

/**
 * The build's last steps over the whole site, whether it was built in one process, in slices
 * (src/lib/build/slice.ts) or as a rebuild of some analyses: the first slice merges the others'
 * output into its own, or a rebuild keeps the other analyses' files from the last build, before
 * the sitemap and the search index are written from it; every other slice lists its pages for the
 * first to merge. The sitemap is given the pages in one order, so that the merged site is the same
 * byte for byte as the site built in one process.
 */
export function wholeSite(sitemap: AstroIntegration): AstroIntegration[] {
  const merged: string[] = [];
  const merge: AstroIntegration = {
    name: 'borderlines:merge-slices',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const only = currentOnlyAnalyses();
        if (only && rendersWholeSite()) {
          const kept = placeKept(await keptFolder(), fileURLToPath(dir));
          merged.push(...kept.pages);
          logger.info(
            `rendered ${only.size} analyses again; kept ${kept.files} files of the others from the last build.`,
          );
          return;
        }
        if (currentSlice().of === 1 || !rendersWholeSite()) return;
        for (const folder of sliceOutputs()) {
          const pages = await pagesOf(folder);
          mergeOutput(folder, fileURLToPath(dir));
          merged.push(...pages);
        }
        logger.info(`merged the other ${currentSlice().of - 1} slices: ${merged.length} pages.`);
      },
    },
  };
  const sitemapOfWholeSite: AstroIntegration = {
    ...sitemap,
    hooks: {
      ...sitemap.hooks,
      'astro:build:done': async (options) => {
        if (!rendersWholeSite()) return;
        const pathnames = [...new Set([...options.pages.map((page) => page.pathname), ...merged])].sort();
        await sitemap.hooks['astro:build:done']?.({ ...options, pages: pathnames.map((pathname) => ({ pathname })) });
      },
    },
  };
  const listPages: AstroIntegration = {
    name: 'borderlines:list-slice-pages',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        if (rendersWholeSite()) return;
        writeFileSync(pagesListOf(fileURLToPath(dir)), JSON.stringify(pages.map((page) => page.pathname)));
      },
    },
  };
  return [merge, sitemapOfWholeSite, listPages];
}
