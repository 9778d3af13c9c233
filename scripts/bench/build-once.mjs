// One `astro build` in a process of its own, so that its time and peak memory are its own.
// The parent passes the content root, cache and output folders in the environment and reads one line
// of JSON from stdout: { seconds, peakMB }.
import { build } from 'astro';

const started = performance.now();
await build({ root: process.cwd(), outDir: process.env.BENCH_OUT_DIR, logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes and covers the whole process, worker threads included.
const peakMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, peakMB })}\n`);
process.exit(0);
