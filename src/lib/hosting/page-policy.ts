import { createHash } from 'node:crypto';

/**
 * A page's content security policy, cut to what the page itself runs. Astro's policy lists the
 * hash of every inline script and style the site may render (each kind of island loader, every
 * page's inline code), whatever the page: on an article, eleven of eighteen were for code it
 * does not have, about 0.4 KB of the first visit that compresses to nothing and allows what the
 * page never needs. Only hashes are removed, never added: a script without its hash stays blocked.
 */
const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
// A data block (JSON, JSON-LD) is never run, so the policy has nothing to say about it.
const INLINE = /<(script|style)\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/\1>/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page's HTML with its policy's hashes cut to those of its own inline scripts and styles. */
export function keepOwnHashes(html: string): string {
  const policy = POLICY.exec(html);
  if (!policy) return html;
  const own = new Set([...html.matchAll(INLINE)].map((match) => sha256(match[2]!)));
  const content = policy[2]!.replace(/\s*'sha256-[^']*'/g, (source) => (own.has(source.trim()) ? source : ''));
  return html.replace(POLICY, `$1${content}$3`);
}
