// npm run bench:scale, not part of npm run bench (it takes most of an hour on two cores):
// - the probe: generated sites of the published analysis alone, in its three editions with all its
//   cards, at two sizes (BENCH_SCALE_PROBE, "1,21"), built cold: the cost of one further analysis;
// - a generated site of the bench's mix at 1,000 analyses (BENCH_SCALE_ANALYSES), built cold, then
//   unchanged, then after one analysis was corrected.
// Each figure has the machine's load average beside it. Prints a Markdown table; writes
// bench/results/scale-*.json.
import { measureSite } from './build-growth.mjs';
import { PUBLISHED_ONLY } from './generate-analyses.mjs';
import { scaleRows, table } from './report.mjs';
import { machine, writeResults } from './results.mjs';

const size = Number(process.env.BENCH_SCALE_ANALYSES ?? 1000);
const [small, large] = (process.env.BENCH_SCALE_PROBE ?? '1,21').split(',').map(Number);
const log = (/** @type {string} */ line) => console.error(`· ${line}`);
log(`the probe: ${small} and ${large} copies of the published analysis, cold`);
const probe = [small, large].map((count) =>
  measureSite({ size: count, edit: false, rebuild: false, templates: PUBLISHED_ONLY, log }),
);
log(`generating and building ${size} analyses: cold, unchanged, one corrected`);
const site = measureSite({ size, edit: true, rebuild: true, log });
const results = { date: new Date().toISOString(), machine: machine(), probe, site };
writeResults(results, 'scale-');
console.log(table(scaleRows(site, probe)));
