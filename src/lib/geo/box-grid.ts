import { boxesOverlap, type Box } from './labels';

/** The side of a cell, in the map's units: about a short label's height. */
const CELL = 24;

/**
 * Boxes filed by the cells of a frame they cover, so that a box is tested only against those near
 * it. Placing labels tested each spot against every box taken: on a map of an actor's whole
 * coverage, thousands of labels, each against thousands. Only the part of a box inside the frame
 * is filed: a box tested here lies inside it (placement refuses any other first).
 */
export class BoxGrid {
  readonly #columns: number;
  readonly #rows: number;
  readonly #cells = new Map<number, Box[]>();

  constructor(frame: { width: number; height: number }) {
    this.#columns = Math.max(1, Math.ceil(frame.width / CELL));
    this.#rows = Math.max(1, Math.ceil(frame.height / CELL));
  }

  /** The cells a box covers, clamped to the frame; none for a box wholly outside it. */
  *#cellsOf(box: Box): Generator<number> {
    const clamp = (value: number, most: number) => Math.min(most - 1, Math.max(0, Math.floor(value / CELL)));
    if (!(box.x + box.width >= 0 && box.y + box.height >= 0)) return;
    if (!(box.x <= this.#columns * CELL && box.y <= this.#rows * CELL)) return;
    const [left, right] = [clamp(box.x, this.#columns), clamp(box.x + box.width, this.#columns)];
    const [top, bottom] = [clamp(box.y, this.#rows), clamp(box.y + box.height, this.#rows)];
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) yield row * this.#columns + column;
    }
  }

  add(box: Box): void {
    for (const cell of this.#cellsOf(box)) {
      const boxes = this.#cells.get(cell);
      if (boxes) boxes.push(box);
      else this.#cells.set(cell, [box]);
    }
  }

  /** Whether a box inside the frame overlaps any box added, as `boxesOverlap` tells overlap. */
  overlapsAny(box: Box): boolean {
    for (const cell of this.#cellsOf(box)) {
      if (this.#cells.get(cell)?.some((other) => boxesOverlap(box, other))) return true;
    }
    return false;
  }
}
