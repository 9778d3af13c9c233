// One build, as `npm run build` makes it (scripts/build.mjs: nothing when nothing changed, the
// analyses that changed when only they did, otherwise the whole site, with its pages, cards and
// search index), its time and peak memory its own. The parent passes the content root, cache and
// output folders in the environment and reads one line of JSON from stdout:
// { seconds, peakMB, plan }, where plan is the script's line saying what it built.
import { spawnSync } from 'node:child_process';
import { LOCAL_ADDRESS } from '../../src/lib/site/site-address.ts';
import { samplePeakMemory } from './peak-memory.mjs';

const memory = samplePeakMemory();
const started = performance.now();
const result = spawnSync(process.execPath, ['scripts/build.mjs', '--silent'], {
  encoding: 'utf8',
  // Built for the local preview, as `npm start` builds it.
  env: { SITE_URL: LOCAL_ADDRESS, ...process.env, BORDERLINES_OUT_DIR: process.env.BENCH_OUT_DIR ?? 'dist' },
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
const seconds = (performance.now() - started) / 1000;
if (result.status !== 0) {
  process.stderr.write(result.stdout);
  process.exit(result.status ?? 1);
}
const plan = result.stdout.split('\n').find((line) => /^(Nothing to build|Built )/.test(line)) ?? '';
process.stdout.write(`${JSON.stringify({ seconds, peakMB: memory.stop(), plan })}\n`);
