// What a build wrote: its size, its cards, the cards it drew, and files it wrote twice.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder. */
function filesUnder(/** @type {string} */ folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** How many cards a cache holds: a build drew as many as it added. */
export const cachedCards = (/** @type {string} */ cache) =>
  filesUnder(join(cache, 'cards')).filter((file) => file.endsWith('.png')).length;

/**
 * The output's bytes, its cards' sizes, and assets written more than once with the same bytes
 * (pages excepted: a page is its own address).
 * @param {string} outDir
 */
export function measureOutput(outDir) {
  const files = filesUnder(outDir).map((path) => ({ path, bytes: statSync(path).size }));
  const cards = files.filter((file) => file.path.endsWith('card.png')).map((file) => file.bytes);
  const seen = new Map();
  let duplicates = 0;
  let duplicateBytes = 0;
  for (const { path, bytes } of files) {
    if (path.endsWith('.html') || path.includes('/pagefind/')) continue;
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (seen.has(hash)) {
      duplicates += 1;
      duplicateBytes += bytes;
    } else seen.set(hash, path);
  }
  return {
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files: files.length,
    cards: {
      count: cards.length,
      meanBytes: cards.reduce((sum, bytes) => sum + bytes, 0) / Math.max(1, cards.length),
      maxBytes: Math.max(0, ...cards),
    },
    duplicates: { count: duplicates, bytes: duplicateBytes },
  };
}
