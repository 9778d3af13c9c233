import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { encodePng, PNG_ENCODING } from './encode-png';
import { quantise } from './palette';

const require = createRequire(import.meta.url);

/** What a worker hands back for job `id`: the card as a PNG file, or why it could not draw it. */
type Reply = { id: number } & ({ png: Uint8Array<ArrayBuffer> } | { error: string });

// The worker is plain CommonJS given as text: the build bundles this module into chunks whose
// paths are not known here, and a worker cannot load TypeScript. It draws with the native resvg
// (a prebuilt binary in its npm package), cuts the pixels to a palette (palette.ts) and writes the
// PNG (encode-png.ts), carrying both functions' text, so that only the finished file crosses to
// the main thread. A card is opaque: whatever an SVG leaves transparent is drawn on white.
// The faces: DejaVu, then the editions' Naskh cut, as files (card-fonts.ts). DejaVu comes first
// because resvg falls back, for a character a text's face lacks, to the first loaded face that
// has it and then shapes the whole text in that face: English cards keep the fallback they always
// had, and right-to-left cards draw each run of Arabic script apart from the punctuation and Latin
// beside it (rtl-pieces.ts), so that their Naskh never falls back at all.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const { Resvg } = require(workerData.resvg);
const quantise = ${quantise.toString()};
const encodePng = ${encodePng.toString()};
const font = { fontFiles: workerData.fonts, defaultFontFamily: 'DejaVu Sans', loadSystemFonts: false };
parentPort.on('message', ({ id, svg }) => {
  try {
    const image = new Resvg(svg, { font, background: '#ffffff' }).render();
    const png = encodePng(image.width, image.height, quantise(image.pixels), zlib, workerData.level);
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

/**
 * Draws SVG cards on worker threads, one per core (at most four), so that a build with many
 * cards uses every core while Astro renders the pages. Workers start on the first card and do
 * not keep the process alive.
 */
class DrawPool {
  private workers: Worker[] = [];
  private next = 0;
  private lastId = 0;
  private waiting = new Map<
    number,
    { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly fonts: string[]) {}

  private start() {
    const data = { resvg: require.resolve('@resvg/resvg-js'), fonts: this.fonts, level: PNG_ENCODING.level };
    const size = Math.max(1, Math.min(availableParallelism(), 4));
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER, { eval: true, workerData: data });
      worker.on('message', (reply: Reply) => {
        const job = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if ('error' in reply) job?.reject(new Error(`drawing a share card failed: ${reply.error}`));
        else job?.resolve(reply.png);
        if (this.waiting.size === 0) this.workers.forEach((w) => w.unref());
      });
      // A worker that dies takes the pool with it: every card in hand fails with the reason, and
      // the next card starts a fresh pool rather than waiting on a dead thread.
      // (Workers of a pool already given up on may still report their end: that is not news.)
      const current = () => this.workers.includes(worker);
      worker.on('error', (error) => current() && this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && current()) this.fail(new Error(`a card-drawing worker stopped with code ${code}`));
      });
      worker.unref();
      this.workers.push(worker);
    }
  }

  private fail(error: Error) {
    for (const job of this.waiting.values()) job.reject(new Error(`drawing a share card failed: ${error.message}`));
    this.waiting.clear();
    const workers = this.workers;
    this.workers = [];
    for (const worker of workers) void worker.terminate();
  }

  draw(svg: string): Promise<Uint8Array<ArrayBuffer>> {
    if (this.workers.length === 0) this.start();
    const id = ++this.lastId;
    const worker = this.workers[this.next++ % this.workers.length]!;
    // A worker with work in hand keeps the build waiting for it.
    worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, svg });
    });
  }
}

let pool: DrawPool | undefined;

/** Draws an SVG card as a PNG on the build's one pool of workers, with the faces in `fonts` (files). */
export function drawCard(svg: string, fonts: string[]): Promise<Uint8Array<ArrayBuffer>> {
  pool ??= new DrawPool(fonts);
  return pool.draw(svg);
}
