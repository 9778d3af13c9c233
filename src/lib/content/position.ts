/** Line and column (1-based) of a character offset in a text, as editors count them. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  return positionsIn(text)(offset);
}

/**
 * Line and column of any offset in one text: its lines' starts found once, each offset a binary
 * search, for the loops that place every tag of a file (an archive of 1,000 analyses has some
 * 140,000: each found afresh from the file's start cost the build seven seconds).
 */
export function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
