// The peak memory of this process and every process it starts (Pagefind's indexer is one), sampled
// from /proc every 100 ms on a thread of its own, so that a busy main thread cannot skip a sample.
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const peak = new Int32Array(workerData.shared);
const pause = new Int32Array(new SharedArrayBuffer(4));
const rssKB = (pid) => Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync('/proc/' + pid + '/status', 'utf8'))?.[1] ?? 0);
const children = (pid) => {
  try {
    return readFileSync('/proc/' + pid + '/task/' + pid + '/children', 'utf8').trim().split(/\\s+/).filter(Boolean).map(Number);
  } catch { return []; }
};
const tree = (pid) => { try { return rssKB(pid) + children(pid).reduce((sum, child) => sum + tree(child), 0); } catch { return 0; } };
for (;;) {
  Atomics.store(peak, 0, Math.max(Atomics.load(peak, 0), tree(workerData.pid)));
  Atomics.wait(pause, 0, 0, 100);
}
`;

/** Starts sampling; `stop()` ends it and gives the peak in MB (Linux only: elsewhere, this process's own). */
export function samplePeakMemory() {
  const shared = new SharedArrayBuffer(4);
  const peak = new Int32Array(shared);
  const worker = new Worker(SAMPLER, { eval: true, workerData: { shared, pid: process.pid } });
  worker.unref();
  return {
    stop() {
      void worker.terminate();
      const ownKB = process.resourceUsage().maxRSS;
      return Math.max(Atomics.load(peak, 0), ownKB) / 1024;
    },
  };
}
