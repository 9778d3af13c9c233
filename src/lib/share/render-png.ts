import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
let ready: Promise<void> | undefined;
let fonts: Uint8Array[] | undefined;

/** resvg's WebAssembly build needs no native binary; DejaVu (free licence) comes from npm. */
function prepare(): Promise<void> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  fonts ??= ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map(
    (file) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))),
  );
  return ready;
}

/** Rasterises an SVG card to PNG at its own size, at build time and without a browser. */
export async function renderPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  await prepare();
  const resvg = new Resvg(svg, {
    font: { fontBuffers: fonts!, defaultFontFamily: 'DejaVu Sans', loadSystemFonts: false },
  });
  return new Uint8Array(resvg.render().asPng());
}
