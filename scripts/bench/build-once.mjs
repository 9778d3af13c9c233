// One build, as `npm run build` makes it (pages, cards and search index, all Astro's build), in a
// process of its own, so that its time and peak memory are its own. The parent passes the content
// root, cache and output folders in the environment and reads one line of JSON from stdout:
// { seconds, peakMB }.
import { build } from 'astro';
import { LOCAL_ADDRESS } from '../../src/lib/site/site-address.ts';
import { samplePeakMemory } from './peak-memory.mjs';

const outDir = process.env.BENCH_OUT_DIR ?? 'dist';
// Built for the local preview, as `npm start` builds it.
process.env.SITE_URL ??= LOCAL_ADDRESS;
const memory = samplePeakMemory();
const started = performance.now();
await build({ root: process.cwd(), outDir, logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ seconds, peakMB: memory.stop() })}\n`);
process.exit(0);
