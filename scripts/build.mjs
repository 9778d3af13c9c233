// `astro build` is the whole build (pages, cards, headers, search index: astro.config.mjs). This
// wrapper adds only what a host's publish step needs: it builds into a scratch folder and swaps it
// in only when the build succeeded, so a failed build (bad content, say) never leaves a half-built
// dist/ behind for a host to publish.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { siteAddressProblem } from '../src/lib/site/site-address.ts';

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
const build = spawnSync('astro', ['build', '--outDir', NEXT, ...process.argv.slice(2)], { stdio: 'inherit' });
if (build.status !== 0) {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`Build failed: ${OUT}/ is left as it was.`);
  process.exit(build.status ?? 1);
}
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(NEXT, OUT);
