// npm run test:mutation [part…]: mutation testing of the pure modules of src/lib (stryker.config.mjs),
// one part at a time: each folder of src/lib, and "root" for the files directly in it. Each part
// keeps its own reports in reports/mutation/<part>/, its results reused by the next run for every
// mutant whose code and tests did not change; a part that stops does not stop the others.
// At the end, the score over every part that has a report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { UNSCORED_FOLDERS } from '../stryker.config.mjs';

const PARTS = [
  'root',
  ...readdirSync('src/lib', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !UNSCORED_FOLDERS.includes(entry.name))
    .map((entry) => entry.name)
    .sort(),
];
const report = (/** @type {string} */ part) => `reports/mutation/${part}/mutation.json`;
const sampleReports = () =>
  existsSync('reports/mutation')
    ? readdirSync('reports/mutation').filter((name) => name.includes('.sample-') && existsSync(report(name)))
    : [];

// --sample=F: mutants on a fixed fraction F of each part's lines only (scripts/mutation-sample.mjs),
// reported apart from the whole parts' reports, in reports/mutation/<part>.sample-F/.
const sampleArg = process.argv.find((arg) => arg.startsWith('--sample='));
const sample = sampleArg ? Number(sampleArg.slice('--sample='.length)) : 1;
if (!(sample > 0 && sample <= 1)) {
  console.error(`test:mutation: --sample takes a fraction of lines above 0 and at most 1, such as --sample=0.1`);
  process.exit(2);
}
const asked = process.argv.slice(2).filter((arg) => arg !== sampleArg);
const unknown = asked.filter((part) => !PARTS.includes(part));
if (unknown.length > 0) {
  console.error(`test:mutation: no part "${unknown.join('", "')}"; name one or more of: ${PARTS.join(', ')}`);
  process.exit(2);
}

/** Parts whose run stopped: Stryker stops, for one, when no unit test imports any file of the part. */
const stopped = [];
for (const part of asked.length > 0 ? asked : PARTS) {
  console.log(`\nMutation testing ${part === 'root' ? 'the files directly in src/lib' : `src/lib/${part}/`}`);
  const env = { ...process.env, MUTATION_PART: part, ...(sample < 1 ? { MUTATION_SAMPLE: String(sample) } : {}) };
  const run = spawnSync('stryker', ['run'], { stdio: 'inherit', env });
  if (run.status !== 0) stopped.push(part);
}

/** Mutants by status over the reports of `parts` (Stryker's JSON: files → mutants → status), and the score. */
function summarise(/** @type {string} */ heading, /** @type {string[]} */ parts) {
  const counts = new Map();
  for (const part of parts) {
    const { files } = JSON.parse(readFileSync(report(part), 'utf8'));
    for (const { mutants } of Object.values(files))
      for (const { status } of mutants) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const count = (/** @type {string} */ status) => counts.get(status) ?? 0;
  const detected = count('Killed') + count('Timeout');
  const valid = detected + count('Survived') + count('NoCoverage');
  console.log(`\n${heading} (${parts.join(', ')}):`);
  for (const [status, n] of [...counts].sort()) console.log(`  ${status.padEnd(12)} ${n}`);
  if (valid > 0) {
    console.log(`  score        ${((100 * detected) / valid).toFixed(1)} % of ${valid} mutants`);
    console.log(`  covered      ${((100 * detected) / (valid - count('NoCoverage'))).toFixed(1)} % of the covered`);
  }
}
const scored = PARTS.filter((part) => existsSync(report(part)));
if (scored.length > 0) summarise('All parts with a report', scored);
for (const sampled of sampleReports()) summarise('A sample of lines, apart from the rest', [sampled]);
if (scored.length < PARTS.length)
  console.log(`  no report yet: ${PARTS.filter((part) => !scored.includes(part)).join(', ')}`);
if (stopped.length > 0) {
  console.error(`test:mutation: stopped in ${stopped.join(', ')} (see above; the other parts kept their reports).`);
  process.exit(1);
}
