import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { listBuiltPages } from '../../src/lib/built-pages';

// Each page's content security policy allows exactly the inline code the page has: every inline
// script and style by its hash, and no hash for code the page does not have.
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('every page’s policy names the hash of each of its inline scripts and styles, and no other', () => {
  const wrong: string[] = [];
  for (const { file, path } of listBuiltPages('dist')) {
    const html = readFileSync(file, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    if (!policy) {
      wrong.push(`${path}: no policy`);
      continue;
    }
    const listed = new Set(policy.match(/'sha256-[^']*'/g) ?? []);
    const inline = [
      ...html.matchAll(
        /<(script|style)\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/\1>/g,
      ),
    ].map((match) => sha256(match[2]!));
    for (const hash of inline) if (!listed.has(hash)) wrong.push(`${path}: inline code without its hash`);
    for (const hash of listed)
      if (!inline.includes(hash)) wrong.push(`${path}: ${hash} allows code the page does not have`);
  }
  expect(wrong).toEqual([]);
});
