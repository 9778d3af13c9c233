// Builds the site into a scratch folder and swaps it in only when the build succeeded, so a
// failed build (bad content, say) never leaves a half-built dist/ behind for a host to publish.
// The search index is part of the build: written into the scratch folder from the pages there.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { writeSearchIndex } from '../src/lib/search/write-index.ts';
import { siteAddressProblem } from '../src/lib/site/site-address.ts';

const OUT = process.env.BORDERLINES_OUT_DIR ?? 'dist';
const NEXT = `${OUT.replace(/\/$/, '')}.next`;

const fail = (/** @type {number} */ status) => {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`Build failed: ${OUT}/ is left as it was.`);
  process.exit(status);
};

// Without the site's address, one line saying how to set it, and nothing built or removed.
const addressProblem = siteAddressProblem(process.env.SITE_URL);
if (addressProblem) {
  console.error(addressProblem);
  process.exit(1);
}
rmSync(NEXT, { recursive: true, force: true });
const build = spawnSync('astro', ['build', '--outDir', NEXT, ...process.argv.slice(2)], { stdio: 'inherit' });
if (build.status !== 0) fail(build.status ?? 1);
try {
  const counts = Object.entries(await writeSearchIndex(NEXT)).map(([language, count]) => `${count} in ${language}`);
  console.log(`Search index: records of passages, sections and pages, ${counts.join(', ')}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail(1);
}
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(NEXT, OUT);
