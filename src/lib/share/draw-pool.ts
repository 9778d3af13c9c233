import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { quantise, type PalettedImage } from './palette';

const require = createRequire(import.meta.url);

/** A drawn card: its size and its pixels, cut to a palette. */
export interface DrawnCard extends PalettedImage {
  width: number;
  height: number;
}

/** What a worker hands back for job `id`: the card, or why it could not draw it. */
type Reply = { id: number } & (DrawnCard | { error: string });

// The worker is plain CommonJS given as text: the build bundles this module into chunks whose
// paths are not known here, and a worker cannot load TypeScript. It draws with the native resvg
// (a prebuilt binary in its npm package) and cuts the pixels to a palette (palette.ts, whose
// function text it carries); the PNG is written on the main thread, with zlib's asynchronous
// deflate. A card is opaque: whatever an SVG leaves transparent is drawn on white.
// The faces: DejaVu, then the editions' Naskh cut, as files (card-fonts.ts). DejaVu comes first
// because resvg falls back, for a character a text's face lacks, to the first loaded face that
// has it and then shapes the whole text in that face: English cards keep the fallback they always
// had, and right-to-left cards draw each run of Arabic script apart from the punctuation and Latin
// beside it (rtl-pieces.ts), so that their Naskh never falls back at all.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
const quantise = ${quantise.toString()};
const font = { fontFiles: workerData.fonts, defaultFontFamily: 'DejaVu Sans', loadSystemFonts: false };
parentPort.on('message', ({ id, svg }) => {
  try {
    const image = new Resvg(svg, { font, background: '#ffffff' }).render();
    const { palette, indices } = quantise(image.pixels);
    parentPort.postMessage({ id, width: image.width, height: image.height, palette, indices }, [palette.buffer, indices.buffer]);
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
  private waiting = new Map<number, { resolve: (card: DrawnCard) => void; reject: (error: Error) => void }>();

  constructor(private readonly fonts: string[]) {}

  private start() {
    const data = { resvg: require.resolve('@resvg/resvg-js'), fonts: this.fonts };
    const size = Math.max(1, Math.min(availableParallelism(), 4));
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER, { eval: true, workerData: data });
      worker.on('message', (reply: Reply) => {
        const job = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if ('error' in reply) job?.reject(new Error(`drawing a share card failed: ${reply.error}`));
        else job?.resolve(reply);
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

  draw(svg: string): Promise<DrawnCard> {
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

/** Draws an SVG card on the build's one pool of workers, with the faces in `fonts` (files). */
export function drawCard(svg: string, fonts: string[]): Promise<DrawnCard> {
  pool ??= new DrawPool(fonts);
  return pool.draw(svg);
}
