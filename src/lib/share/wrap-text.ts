/** When a line is short enough, and what of a line that must end early is kept before its ellipsis. */
interface LineRule {
  fits: (line: string) => boolean;
  /** The longest start of a line that still fits with an ellipsis after it. */
  cut: (line: string) => string;
}

/**
 * Breaks text into lines at spaces, as many words a line as fit, at most `maxLines`; where the
 * text had to be cut, the last line loses its last word, whole or part, and ends in an ellipsis.
 */
function wrapLines(text: string, rule: LineRule, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (rule.fits(next) || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${rule.cut(kept[maxLines - 1]!).replace(/\s+\S*$/, '')}…`;
  return kept;
}

/**
 * Breaks text into lines no wider than `maxWidth` (estimated from an average glyph width),
 * at most `maxLines`, the last one ending in an ellipsis when text had to be cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, glyphWidth = 0.58, maxLines = 3): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * glyphWidth)));
  return wrapLines(
    text,
    { fits: (line) => line.length <= perLine, cut: (line) => line.slice(0, perLine - 1) },
    maxLines,
  );
}

/**
 * Breaks text into lines no wider than `maxWidth` as `width` measures them, at most `maxLines`,
 * the last one ending in an ellipsis (at its logical end, whichever way it runs) when text had to be cut.
 */
export function wrapToWidth(text: string, maxWidth: number, width: (line: string) => number, maxLines = 3): string[] {
  const fits = (line: string) => width(line) <= maxWidth;
  const cut = (line: string) => {
    let end = line.length;
    while (end > 0 && !fits(`${line.slice(0, end)}…`)) end--;
    return line.slice(0, end);
  };
  return wrapLines(text, { fits, cut }, maxLines);
}
