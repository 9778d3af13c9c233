import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The version of a package as installed, read from its own package.json, so that what depends
 * on it (the cards' cache) follows an upgrade without anyone remembering to. `entry` is any file
 * the package lets us resolve (some export maps hide package.json); the nearest package.json
 * above it of that name is the package's.
 */
export function installedVersion(name: string, entry = name): string {
  let dir = dirname(require.resolve(entry));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // No package.json here: keep climbing.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`installedVersion: found no package.json for ${name} above ${entry}`);
    dir = parent;
  }
}
