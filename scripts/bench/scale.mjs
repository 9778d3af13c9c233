// npm run bench:scale: one cold build of a generated site of 1,000 analyses (BENCH_SCALE_ANALYSES),
// pages, cards and search index, timed with its peak memory and output. Not part of npm run bench:
// it takes a quarter of an hour on two cores. Prints a Markdown table; writes bench/results/scale-*.json.
import { measureSite } from './build-growth.mjs';
import { scaleRows, table } from './report.mjs';
import { machine, writeResults } from './results.mjs';

const size = Number(process.env.BENCH_SCALE_ANALYSES ?? 1000);
const log = (/** @type {string} */ line) => console.error(`· ${line}`);
log(`generating and building ${size} analyses, cold`);
const site = measureSite({ size, edit: false, rebuild: false, log });
const results = { date: new Date().toISOString(), machine: machine(), site };
writeResults(results, 'scale-');
console.log(table(scaleRows(site)));
