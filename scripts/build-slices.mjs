// Builds the site as slices of its analyses side by side, one `astro build` each, the first merging
// the others' output into its own (src/lib/build/slice.ts, src/integrations/whole-site.ts).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildingMarkOf, SLICE_OUTPUTS_VARIABLE, SLICE_VARIABLE } from '../src/lib/build/slice.ts';

/** How many slices a build asks for: BORDERLINES_SLICES=n; otherwise chosen by `slicesFor`. */
export const SLICES_VARIABLE = 'BORDERLINES_SLICES';

/**
 * One build keeps two cores busy (its cards are drawn on workers): on this project's two cores, 60
 * analyses took 110.5 s in two slices and 105.5 s in one, and the two slices held more memory
 * between them. A slice is started for each further pair of cores.
 */
export const CORES_PER_SLICE = 2;

/** Each slice bundles the code and reads all the content again: it pays for itself from this many analyses. */
export const ANALYSES_PER_SLICE = 100;

/** The analyses under a content root. */
export const analysesUnder = (root) => {
  const folder = join(root, 'content', 'analyses');
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mdx')).length : 0;
};

/** A slice per pair of cores, when there are analyses enough for each to pay for itself. */
export function slicesFor(env = process.env, analyses = analysesUnder(env.BORDERLINES_CONTENT_ROOT ?? '.')) {
  const asked = env[SLICES_VARIABLE];
  if (asked !== undefined && asked !== '') {
    const count = Number(asked);
    if (!Number.isInteger(count) || count < 1) {
      throw new Error(
        `${SLICES_VARIABLE} is "${asked}": it must be a whole number of slices, 1 or more (1 builds in one process).`,
      );
    }
    return count;
  }
  const cores = Math.floor(availableParallelism() / CORES_PER_SLICE);
  return Math.max(1, Math.min(cores, Math.floor(analyses / ANALYSES_PER_SLICE)));
}

/** The line Astro prints once a build has bundled the site's code and starts rendering its pages. */
const RENDERING = /generating static routes/;

/**
 * Starts one slice's `astro build`, its lines marked with the slice: `bundled` resolves once it
 * renders (or has stopped), `done` with its exit status.
 */
function buildSlice(number, of, outDir, env, extraArgs) {
  const label = `[slice ${number}/${of}] `;
  const child = spawn('astro', ['build', '--outDir', outDir, ...extraArgs], {
    env: { ...env, [SLICE_VARIABLE]: `${number}/${of}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let bundledNow = () => {};
  const bundled = new Promise((resolve) => (bundledNow = resolve));
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    let rest = '';
    from.setEncoding('utf8');
    from.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (RENDERING.test(line)) bundledNow();
        to.write(`${label}${line}\n`);
      }
    });
    from.on('end', () => rest && to.write(`${label}${rest}\n`));
  }
  const done = new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  done.then(bundledNow);
  return { bundled, done };
}

/**
 * Builds `of` slices into `outDir` (the first) and `<outDir>.slices/<k>` (the others; in
 * node_modules/.astro/slice-outputs/ when `outDir` lies outside the project), each with a
 * cache of its own and the cards' store shared; the others' folders are removed once merged.
 * Resolves with 0 when every slice built and the merge succeeded.
 */
export async function buildInSlices(of, outDir, extraArgs = []) {
  const cacheRoot = process.env.BORDERLINES_CACHE_DIR ?? 'node_modules/.astro';
  // Astro writes a build's server code beside its output when that lies in the project, and in the
  // project's .astro/ when it does not: the other slices' folders are kept in the project, so that
  // no two slices share that place (one finishing would remove the other's code).
  const inProject = !relative(process.cwd(), resolve(outDir)).startsWith('..');
  const others = inProject ? `${outDir.replace(/\/$/, '')}.slices` : join('node_modules', '.astro', 'slice-outputs');
  rmSync(others, { recursive: true, force: true });
  mkdirSync(others, { recursive: true });
  const folders = Array.from({ length: of - 1 }, (_, index) => join(others, String(index + 2)));
  const envFor = (number) => ({
    ...process.env,
    BORDERLINES_CACHE_DIR: join(cacheRoot, 'slices', `${number}-of-${of}`),
    BORDERLINES_CARD_STORE: process.env.BORDERLINES_CARD_STORE ?? join(cacheRoot, 'cards'),
  });
  for (const folder of folders) writeFileSync(buildingMarkOf(folder), '');
  // One slice bundles at a time: each reads the content afresh and rewrites the project's list of
  // content modules (.astro/), at first empty, and a slice bundling from that list meanwhile would
  // build its analyses with no text. Rendering, which is most of a build, runs side by side.
  const builds = [];
  for (let number = 1; number <= of; number++) {
    const build =
      number === 1
        ? buildSlice(1, of, outDir, { ...envFor(1), [SLICE_OUTPUTS_VARIABLE]: JSON.stringify(folders) }, extraArgs)
        : buildSlice(number, of, folders[number - 2], envFor(number), extraArgs);
    if (number > 1) build.done.then(() => rmSync(buildingMarkOf(folders[number - 2]), { force: true }));
    builds.push(build.done);
    await build.bundled;
  }
  const statuses = await Promise.all(builds);
  rmSync(others, { recursive: true, force: true });
  return statuses.find((status) => status !== 0) ?? 0;
}
