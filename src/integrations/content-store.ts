import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A digest of every schema the content is read with. */
function schemasDigest(folder: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).sort()) hash.update(`${file}\n${readFileSync(`${folder}/${file}`, 'utf8')}`);
  return hash.digest('hex');
}

/**
 * Astro's content layer keeps each entry as the schemas last read it, and clears its store only
 * when content.config.ts itself or Astro's settings change, not when a schema it imports does (a
 * field's new default, say). This clears the store whenever the schemas change, so that no entry
 * is served as an older schema read it.
 */
export function contentStore(): AstroIntegration {
  return {
    name: 'borderlines:content-store',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const schemas = fileURLToPath(new URL('src/schemas', config.root));
        const digest = schemasDigest(schemas);
        for (const folder of [config.cacheDir, new URL('.astro/', config.root)]) {
          const dir = fileURLToPath(folder);
          const stamp = `${dir}/borderlines-schemas.txt`;
          if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) continue;
          rmSync(`${dir}/data-store.json`, { force: true });
          mkdirSync(dir, { recursive: true });
          writeFileSync(stamp, digest);
        }
      },
    },
  };
}
