// `astro build` is the whole build (pages, cards, headers, search index: astro.config.mjs). This
// wrapper adds what a host's publish step needs: it builds into a scratch folder and swaps it in
// only when the build succeeded, so a failed build (bad content, say) never leaves a half-built
// dist/ behind for a host to publish; with analyses enough, it builds them in slices side by
// side, one per pair of cores (scripts/build-slices.mjs); and when neither the code nor the content
// changed since the build that wrote dist/, and dist/ is as that build left it, it builds nothing
// (src/lib/build/last-build.ts; `npm run build -- --force` builds all the same).
import { spawn } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { siteAddressProblem } from '../src/lib/site/site-address.ts';
import {
  buildingMarkOf,
  KEPT_OUTPUT_VARIABLE,
  ONLY_ANALYSES_VARIABLE,
  SLICE_VARIABLE,
} from '../src/lib/build/slice.ts';
import { buildInSlices, slicesFor } from './build-slices.mjs';

const OUT = process.env.BORDERLINES_OUT_DIR ?? 'dist';
const NEXT = `${OUT.replace(/\/$/, '')}.next`;

// Without the site's address, the one line `astro build` would say, and nothing built or removed
// (not the line below besides: nothing was attempted).
const addressProblem = siteAddressProblem(process.env.SITE_URL);
if (addressProblem) {
  console.error(addressProblem);
  process.exit(1);
}
// Vite's module runner sets NODE_ENV to "development" where it was unset, and Astro builds pages
// for the development server under it (timings of each island in the HTML): the build is started
// with NODE_ENV as it was given.
const givenNodeEnv = process.env.NODE_ENV;
const load = async (path) => (await runnerImport(path, { configFile: false, logLevel: 'silent' })).module;
const { codeDigest, outputDigest, planBuild, readRecord, writeRecord } = await load('./src/lib/build/last-build.ts');
const { cacheKeys } = await load('./src/lib/content/cache-keys.ts');
const { contentRoot } = await load('./src/lib/content/paths.ts');
const { discardFolder } = await load('./src/lib/build/discard-folder.ts');
const { gatherKept, keptListOf } = await load('./src/lib/build/keep-output.ts');
if (givenNodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = givenNodeEnv;

// One slice (a CI machine's share) writes part of a site: only a whole build is recorded.
const args = process.argv.slice(2);
const recorded = !process.env[SLICE_VARIABLE];
const recordFile = join(process.env.BORDERLINES_CACHE_DIR ?? 'node_modules/.astro', 'last-build.json');
const keys = cacheKeys(contentRoot());
const now = {
  code: codeDigest(
    '.',
    process.env,
    args.filter((arg) => arg !== '--force'),
  ),
  content: keys.site,
  analyses: keys.analyses(),
  outDir: OUT,
};
const plan =
  recorded && !args.includes('--force')
    ? planBuild(readRecord(recordFile), now)
    : { build: 'all', why: recorded ? 'asked to (--force)' : 'one slice of the site' };
if (plan.build === 'nothing') {
  console.log(`Nothing to build: ${OUT}/ was built from this code and content, and is as that build left it.`);
  process.exit(0);
}
// A rebuild of some analyses renders them and what spans analyses, and keeps the others' files
// from the last build: they are linked into a folder of their own while Astro renders, and its
// build moves them into the new one (src/lib/build/keep-output.ts, src/integrations/whole-site.ts).
const KEPT = `${NEXT}.kept`;
const env =
  plan.build === 'some'
    ? { ...process.env, [ONLY_ANALYSES_VARIABLE]: JSON.stringify(plan.analyses), [KEPT_OUTPUT_VARIABLE]: KEPT }
    : process.env;
// What is left of it once the build is over (nothing but empty folders, unless the build failed).
const clearKept = () => {
  discardFolder(KEPT);
  for (const path of [keptListOf(KEPT), buildingMarkOf(KEPT)]) rmSync(path, { force: true });
};
clearKept();
rmSync(NEXT, { recursive: true, force: true });
// A build asked for one slice (a CI machine's share, say) is that slice alone.
let slices = 1;
try {
  slices = process.env[SLICE_VARIABLE] || plan.build === 'some' ? 1 : slicesFor();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
/** The exit status of `astro build` into NEXT. */
const astroBuild = () =>
  new Promise((resolve) => {
    const child = spawn('astro', ['build', '--outDir', NEXT, ...args], { stdio: 'inherit', env });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
// The kept files' mark is there before Astro starts, and Astro starts before they are listed
// (a second or two at 1,000 analyses).
if (plan.build === 'some') writeFileSync(buildingMarkOf(KEPT), '');
const building = slices > 1 ? buildInSlices(slices, NEXT, args) : astroBuild();
const stopGathering = new AbortController();
let gathering = Promise.resolve();
if (plan.build === 'some') {
  gathering = gatherKept(OUT, KEPT, new Set(plan.analyses), stopGathering.signal)
    .catch((error) => {
      if (!stopGathering.signal.aborted)
        console.error(`Linking the other analyses' files from ${OUT}/ failed: ${error.message}`);
    })
    .finally(() => rmSync(buildingMarkOf(KEPT), { force: true }));
}
const status = await building;
if (status !== 0) stopGathering.abort();
await gathering;
clearKept();
if (status !== 0) {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`Build failed: ${OUT}/ is left as it was.`);
  process.exit(status);
}
discardFolder(OUT);
renameSync(NEXT, OUT);
if (recorded) writeRecord(recordFile, { ...now, output: outputDigest(OUT) });
// What was built, and why, once it was: a broken build says its problem and nothing before it.
console.log(
  plan.build === 'some'
    ? `Built ${plan.analyses.join(', ')} again (${plan.why}), with the other analyses kept from the last build.`
    : `Built the whole site (${plan.why}).`,
);
