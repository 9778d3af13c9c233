/** A frontmatter block at the start of a file, as Astro finds it: its delimiter and its lines. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * An MDX file's body line for line as in the file, its frontmatter's lines left empty, so that a
 * problem names the file's own line: what Astro's `parseFrontmatter` gives with
 * `empty-with-lines`, without parsing the frontmatter's YAML (the content layer has read it; at
 * 1,000 analyses, parsing it again for each edition's body cost the build seconds).
 */
export function bodyLineForLine(code: string): string {
  const match = FRONTMATTER.exec(code);
  if (!match) return code;
  const delimiter = match[1]!;
  const lines = match[2]!;
  return code.replace(`${delimiter}${lines}${delimiter}`, lines.replace(/[^\r\n]/g, ''));
}
