/**
 * Breaks text into lines no wider than `maxWidth` (estimated from an average glyph width),
 * at most `maxLines`, the last one ending in an ellipsis when text had to be cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, glyphWidth = 0.58, maxLines = 3): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * glyphWidth)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1).replace(/\s+\S*$/, '')}…`;
  return kept;
}
