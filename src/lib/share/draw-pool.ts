import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { composeLayers, type LayerWindow } from './compose-layers';
import { encodePng, PNG_ENCODING } from './encode-png';
import { quantise } from './palette';
import { sha256 } from '../sha256';

const require = createRequire(import.meta.url);

/**
 * A card as SVG, or as layers drawn one over the next (card-layers.tsx): a layer `shared` by
 * many cards is drawn once by each worker and kept for the next card that has it; a layer with a
 * window covers only the window's box.
 */
export type CardDrawing = string | CardLayer[];
export interface CardLayer {
  svg: string;
  shared?: boolean;
  window?: LayerWindow;
}

/** A layer as handed to a worker: a shared one by the hash of its SVG, which the worker keeps it by. */
interface LayerJob {
  svg: string;
  key?: string;
  window?: LayerWindow;
}

/** What a worker hands back for its card: the card as a PNG file, or why it could not draw it. */
type Reply = { png: Uint8Array<ArrayBuffer> } | { error: string };

/** Shared layers a worker keeps, the last used: an edition's frame and ground, 2 to 3 MB each. */
const KEPT_LAYERS = 6;

// The worker is plain CommonJS given as text: the build bundles this module into chunks whose
// paths are not known here, and a worker cannot load TypeScript. It draws with the native resvg
// (a prebuilt binary in its npm package), cuts the pixels to a palette (palette.ts) and writes the
// PNG (encode-png.ts), carrying those functions' text and composeLayers', so that only the
// finished file crosses to the main thread. A card is opaque: whatever its SVG, or its first
// layer, leaves transparent is drawn on white; the layers over it are drawn on nothing.
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
const composeLayers = ${composeLayers.toString()};
const font = { fontFiles: workerData.fonts, defaultFontFamily: 'DejaVu Sans', loadSystemFonts: false };
const kept = new Map();
function draw({ svg, key: shared }, first) {
  const key = shared && (first ? 'on white ' : '') + shared;
  const known = key && kept.get(key);
  if (known) {
    kept.delete(key);
    kept.set(key, known);
    return known;
  }
  const image = new Resvg(svg, first ? { font, background: '#ffffff' } : { font }).render();
  const layer = { width: image.width, height: image.height, pixels: image.pixels };
  if (key) {
    kept.set(key, layer);
    if (kept.size > ${KEPT_LAYERS}) kept.delete(kept.keys().next().value);
  }
  return layer;
}
parentPort.on('message', ({ layers }) => {
  try {
    const drawn = layers.map((layer, i) => ({ ...draw(layer, i === 0), window: layer.window }));
    const { width, height } = drawn[0];
    const pixels = drawn.length === 1 ? drawn[0].pixels : composeLayers(drawn);
    const png = encodePng(width, height, quantise(pixels), zlib, workerData.level);
    parentPort.postMessage({ png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.stack || error) });
  }
});
`;

/** What the workers run, as a digest: part of a card's cache key, so that a change to it draws the cards again. */
export const DRAWING_CODE = sha256(WORKER);

/** A card asked for: its layers, and what to do with its PNG or the reason it failed. */
interface Job {
  layers: LayerJob[];
  resolve: (png: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

/**
 * Draws SVG cards on worker threads, one per core (at most four), so that a build with many
 * cards uses every core while Astro renders the pages. A worker has one card in hand at a time
 * and the rest wait here: a worker handed many at once drew them back to back and freed none of
 * the renderer's memory until it ran dry (4 GB for 600 cards; 0.4 GB one at a time). Workers
 * start on the first card and do not keep the process alive while idle.
 */
class DrawPool {
  private workers: Worker[] = [];
  private queue: Job[] = [];
  private inHand = new Map<Worker, Job>();

  constructor(private readonly fonts: string[]) {}

  private start() {
    const data = { resvg: require.resolve('@resvg/resvg-js'), fonts: this.fonts, level: PNG_ENCODING.level };
    const size = Math.max(1, Math.min(availableParallelism(), 4));
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER, { eval: true, workerData: data });
      worker.on('message', (reply: Reply) => {
        const job = this.inHand.get(worker);
        this.inHand.delete(worker);
        if ('error' in reply) job?.reject(new Error(`drawing a share card failed: ${reply.error}`));
        else job?.resolve(reply.png);
        this.hand(worker);
      });
      // A worker that dies takes the pool with it: every card in hand or waiting fails with the
      // reason, and the next card starts a fresh pool rather than waiting on a dead thread.
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

  /** Gives an idle worker the next waiting card; a worker with none keeps the build no longer. */
  private hand(worker: Worker) {
    const job = this.queue.shift();
    if (!job) {
      worker.unref();
      return;
    }
    this.inHand.set(worker, job);
    worker.ref();
    worker.postMessage({ layers: job.layers });
  }

  private fail(error: Error) {
    const jobs = [...this.inHand.values(), ...this.queue];
    this.inHand.clear();
    this.queue = [];
    for (const job of jobs) job.reject(new Error(`drawing a share card failed: ${error.message}`));
    const workers = this.workers;
    this.workers = [];
    for (const worker of workers) void worker.terminate();
  }

  draw(layers: LayerJob[]): Promise<Uint8Array<ArrayBuffer>> {
    if (this.workers.length === 0) this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ layers, resolve, reject });
      const idle = this.workers.find((worker) => !this.inHand.has(worker));
      if (idle) this.hand(idle);
    });
  }
}

let pool: DrawPool | undefined;

/** Draws a card as a PNG on the build's one pool of workers, with the faces in `fonts` (files). */
export function drawCard(card: CardDrawing, fonts: string[]): Promise<Uint8Array<ArrayBuffer>> {
  pool ??= new DrawPool(fonts);
  const layers = typeof card === 'string' ? [{ svg: card }] : card;
  return pool.draw(
    layers.map(({ svg, shared, window }) => ({ svg, ...(shared && { key: sha256(svg) }), ...(window && { window }) })),
  );
}
