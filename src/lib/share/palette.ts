/** An image cut to a palette: RGB triples, at most 256 of them, and one palette index per pixel. */
export interface PalettedImage {
  palette: Uint8Array;
  indices: Uint8Array;
}

/**
 * Cuts opaque RGBA pixels to at most `most` colours, for an 8-bit palette PNG. A card is flat
 * colour with smoothed edges. Pixels are counted in fine boxes (the top five bits of each
 * channel), each box keeping the colour most of its pixels share (a running majority vote), and
 * the fine boxes are gathered in coarse groups (the top three bits). Each group is drawn in the
 * colour of its fullest box: a flat area keeps its exact colour, even beside a colour a few
 * levels away, and the edge pixels close to it take that colour too, which leaves deflate far
 * fewer patterns to store (a text-heavy card shrinks by a fifth) while an edge still steps
 * through its coarse groups. The fullest groups make the palette; a pixel of any other group
 * takes the palette colour nearest its group's. No dithering: flat colour has no gradient to band.
 *
 * The card workers run this function's own text, so it names nothing outside itself.
 */
export function quantise(rgba: Uint8Array, most = 256): PalettedImage {
  const boxes = 32768;
  const groups = 512;
  const pixels = rgba.length >> 2;
  const count = new Uint32Array(boxes);
  const candidate = new Uint32Array(boxes);
  const votes = new Int32Array(boxes);
  // Each run of one colour: where it ends, and its box.
  const runEnd = new Uint32Array(pixels);
  const runBox = new Uint16Array(pixels);
  let runs = 0;
  // Pixels compared whole, four bytes at once (copied first where they do not start on a word).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, pixels);
  // A card is mostly runs of one colour, so pixels are counted a run at a time. The vote comes
  // out as if cast pixel by pixel: a run of n agreeing with its box's candidate adds n; one
  // disagreeing takes n off, and where it outlasts the candidate's lead, wins with what is left
  // (an exact tie leaves the candidate with no lead, as a pixel at a time would).
  for (let i = 0; i < pixels;) {
    const p = i * 4;
    const colour = (rgba[p]! << 16) | (rgba[p + 1]! << 8) | rgba[p + 2]!;
    let end = i + 1;
    while (end < pixels && words[end] === words[i]) end++;
    const run = end - i;
    const box = ((colour >> 9) & 0x7c00) | ((colour >> 6) & 0x3e0) | ((colour >> 3) & 0x1f);
    runEnd[runs] = end;
    runBox[runs++] = box;
    count[box]! += run;
    if (candidate[box] === colour && votes[box]! > 0) votes[box]! += run;
    else if (run <= votes[box]!) votes[box]! -= run;
    else {
      candidate[box] = colour;
      votes[box] = run - votes[box]!;
    }
    i = end;
  }
  // A fine box's group: the top three of its five bits in each channel.
  const groupCount = new Uint32Array(groups);
  const fullest = new Int32Array(groups).fill(-1);
  for (let box = 0; box < boxes; box++) {
    if (count[box] === 0) continue;
    const group = (((box >> 12) & 7) << 6) | (((box >> 7) & 7) << 3) | ((box >> 2) & 7);
    groupCount[group]! += count[box]!;
    if (fullest[group]! < 0 || count[box]! > count[fullest[group]!]!) fullest[group] = box;
  }
  const used: number[] = [];
  for (let group = 0; group < groups; group++) if (groupCount[group]! > 0) used.push(group);
  // Fullest first; ties by group, so that the same pixels always give the same file.
  used.sort((a, b) => groupCount[b]! - groupCount[a]! || a - b);
  const shade = new Uint8Array(used.length * 3);
  for (let u = 0; u < used.length; u++) {
    const colour = candidate[fullest[used[u]!]!]!;
    shade.set([colour >> 16, (colour >> 8) & 255, colour & 255], u * 3);
  }
  const kept = Math.min(most, used.length);
  const palette = shade.slice(0, kept * 3);
  const indexOf = new Uint8Array(groups);
  for (let u = 0; u < kept; u++) indexOf[used[u]!] = u;
  for (let u = kept; u < used.length; u++) {
    let best = 0;
    let bestDistance = Infinity;
    for (let k = 0; k < kept; k++) {
      let distance = 0;
      for (let c = 0; c < 3; c++) distance += (palette[k * 3 + c]! - shade[u * 3 + c]!) ** 2;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = k;
      }
    }
    indexOf[used[u]!] = best;
  }
  const indexOfBox = new Uint8Array(boxes);
  for (let box = 0; box < boxes; box++) {
    indexOfBox[box] = indexOf[(((box >> 12) & 7) << 6) | (((box >> 7) & 7) << 3) | ((box >> 2) & 7)]!;
  }
  const indices = new Uint8Array(pixels);
  for (let r = 0, start = 0; r < runs; start = runEnd[r++]!) indices.fill(indexOfBox[runBox[r]!]!, start, runEnd[r]);
  return { palette, indices };
}
