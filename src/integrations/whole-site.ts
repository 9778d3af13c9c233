import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as wait } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergeOutput } from '../lib/build/merge-output';
import {
  buildingMarkOf,
  currentSlice,
  pagesListOf,
  rendersWholeSite,
  SLICE_OUTPUTS_VARIABLE,
  SLICE_VARIABLE,
} from '../lib/build/slice';

/** The other slices' folders, from the first slice's environment. */
function sliceOutputs(): string[] {
  const value = process.env[SLICE_OUTPUTS_VARIABLE] ?? '[]';
  let folders: unknown;
  try {
    folders = JSON.parse(value);
  } catch {
    folders = undefined;
  }
  const { of } = currentSlice();
  if (!Array.isArray(folders) || folders.length !== of - 1 || folders.some((folder) => typeof folder !== 'string')) {
    throw new Error(
      `${SLICE_OUTPUTS_VARIABLE} is ${value}: the first of ${of} slices needs the ${of - 1} folders the others were built into, as a JSON list of strings.`,
    );
  }
  return folders as string[];
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
 * The build's last steps over the whole site, whether it was built in one process or in slices
 * (src/lib/build/slice.ts): the first slice merges the others' output into its own before the
 * sitemap and the search index are written from it, and every other slice lists its pages for the
 * first to merge. The sitemap is given the pages in one order, so that the merged site is the same
 * byte for byte as the site built in one process.
 */
export function wholeSite(sitemap: AstroIntegration): AstroIntegration[] {
  const merged: string[] = [];
  const merge: AstroIntegration = {
    name: 'borderlines:merge-slices',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
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
