// `astro build` is the whole build (pages, cards, headers, search index: astro.config.mjs). This
// wrapper adds what a host's publish step needs: it builds into a scratch folder and swaps it in
// only when the build succeeded, so a failed build (bad content, say) never leaves a half-built
// dist/ behind for a host to publish; and with analyses enough, it builds them in slices side by
// side, one per core (scripts/build-slices.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { siteAddressProblem } from '../src/lib/site/site-address.ts';
import { SLICE_VARIABLE } from '../src/lib/build/slice.ts';
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
rmSync(NEXT, { recursive: true, force: true });
// A build asked for one slice (a CI machine's share, say) is that slice alone.
let slices = 1;
try {
  slices = process.env[SLICE_VARIABLE] ? 1 : slicesFor();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const status =
  slices > 1
    ? await buildInSlices(slices, NEXT, process.argv.slice(2))
    : (spawnSync('astro', ['build', '--outDir', NEXT, ...process.argv.slice(2)], { stdio: 'inherit' }).status ?? 1);
if (status !== 0) {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`Build failed: ${OUT}/ is left as it was.`);
  process.exit(status);
}
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(NEXT, OUT);
