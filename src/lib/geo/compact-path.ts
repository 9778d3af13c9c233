import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';

/**
 * An SVG path context that rounds to `digits`, drops points closer than `minDistance` to the
 * last one kept (a radial-distance simplification, enough at map scale), and writes relative
 * commands. It keeps the map in the page small without a simplification library.
 */
class CompactContext implements GeoContext {
  private parts: string[] = [];
  private last: [number, number] = [0, 0];
  private start: [number, number] = [0, 0];
  private pending: [number, number] | undefined;
  private inLine = false;
  private readonly scale: number;

  constructor(
    digits: number,
    private readonly minDistance: number,
  ) {
    this.scale = 10 ** digits;
  }

  private round = (value: number) => Math.round(value * this.scale) / this.scale;
  /** "0.5" → ".5", "-0.5" → "-.5": SVG reads both. */
  private format = (value: number) => String(this.round(value)).replace(/^(-?)0\./, '$1.');

  moveTo(x: number, y: number) {
    this.flush();
    const point: [number, number] = [this.round(x), this.round(y)];
    this.parts.push(`M${this.format(point[0])},${this.format(point[1])}`);
    this.inLine = false;
    this.last = point;
    this.start = point;
  }

  lineTo(x: number, y: number) {
    const point: [number, number] = [this.round(x), this.round(y)];
    if (Math.hypot(point[0] - this.last[0], point[1] - this.last[1]) < this.minDistance) {
      this.pending = point; // kept only if it turns out to be the last point of the line
      return;
    }
    this.pending = undefined;
    this.line(point);
  }

  closePath() {
    this.pending = undefined;
    this.parts.push('Z');
    this.inLine = false;
    this.last = this.start;
  }

  beginPath(): void {
    // Each call of the generator starts a fresh context.
  }

  arc(): void {
    throw new Error('compactPath draws lines and areas, not points');
  }

  private line(point: [number, number]) {
    const dx = this.format(point[0] - this.last[0]);
    const dy = this.format(point[1] - this.last[1]);
    // After an "l", further pairs repeat it implicitly; a minus sign separates numbers itself.
    const prefix = !this.inLine ? 'l' : dx.startsWith('-') ? '' : ' ';
    this.parts.push(`${prefix}${dx}${dy.startsWith('-') ? '' : ','}${dy}`);
    this.inLine = true;
    this.last = point;
  }

  private flush() {
    if (this.pending) this.line(this.pending);
    this.pending = undefined;
  }

  result(): string {
    this.flush();
    return this.parts.join('');
  }
}

/** A path generator for `projection` that writes compact, rounded, lightly simplified paths. */
export function compactPath(projection: GeoStreamWrapper, { digits = 1, minDistance = 0.8 } = {}) {
  return (object: GeoPermissibleObjects): string => {
    const context = new CompactContext(digits, minDistance);
    geoPath(projection, context)(object);
    return context.result();
  };
}
