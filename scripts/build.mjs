// Builds the site into a scratch folder and swaps it in only when the build succeeded, so a
// failed build (bad content, say) never leaves a half-built dist/ behind for a host to publish.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const OUT = process.env.BORDERLINES_OUT_DIR ?? 'dist';
const NEXT = `${OUT.replace(/\/$/, '')}.next`;

rmSync(NEXT, { recursive: true, force: true });
const build = spawnSync('astro', ['build', '--outDir', NEXT, ...process.argv.slice(2)], { stdio: 'inherit' });
if (build.status !== 0) {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`Build failed: ${OUT}/ is left as it was.`);
  process.exit(build.status ?? 1);
}
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
renameSync(NEXT, OUT);
