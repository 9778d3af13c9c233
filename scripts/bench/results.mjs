// Where the benches write their figures, and the machine they were measured on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** The machine the figures come from. */
export const machine = () => ({
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
});

/** Writes `results` to bench/results/<prefix><time>.json, and to `latest` when named; returns the file. */
export function writeResults(/** @type {{ date: string }} */ results, prefix = '', latest = '') {
  mkdirSync('bench/results', { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const file = `bench/results/${prefix}${results.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, json);
  if (latest) writeFileSync(`bench/results/${latest}`, json);
  return file;
}
