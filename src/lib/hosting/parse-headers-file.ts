/**
 * The `_headers` file that Netlify and Cloudflare Pages read (the build writes it): a path pattern at
 * the start of a line, then its headers indented beneath it as `Name: value`. `*` in a pattern
 * stands for any run of characters. Every rule whose pattern matches a path applies to it, in the
 * file's order; a header named twice is sent with its values joined by commas, as those hosts do.
 * Read here so that a local host (scripts/static-host.mjs) can serve the built site as they would.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` file, in order; a line that is neither is named with its number. */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: [] });
      return;
    }
    const header = /^\s+([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) {
      throw new Error(
        `${file}:${index + 1}: found "${line.trim()}"; expected a path at the start of a line, or an indented "Name: value" header beneath one`,
      );
    }
    rule.headers.push([header[1]!, header[2]!]);
  });
  return rules;
}

const matcher = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** The headers every rule matching `pathname` gives, names in lower case. */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!matcher(rule.pattern).test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}
