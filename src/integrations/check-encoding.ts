import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content/errors';
import { contentRoot } from '../lib/content/root';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The first content file that is not valid UTF-8, as a ContentError, or undefined. */
export function findMisencoded(files: { path: string; bytes: Uint8Array }[]): ContentError | undefined {
  for (const { path, bytes } of files) {
    try {
      strictUtf8.decode(bytes);
    } catch {
      const at = bytes.findIndex((byte) => byte >= 0x80);
      const context = new TextDecoder('latin1')
        .decode(bytes.subarray(Math.max(0, at - 20), at + 20))
        .replace(/\s+/g, ' ');
      return new ContentError({
        file: path,
        field: 'encoding',
        value: context,
        fix: 'the file is not valid UTF-8 near this text; save it as UTF-8',
      });
    }
  }
  return undefined;
}

/**
 * Stops the build before Astro reads content that is not UTF-8: its readers would otherwise
 * turn stray bytes into replacement characters, or fail with a message about something else.
 */
export function checkEncoding(): AstroIntegration {
  return {
    name: 'borderlines:check-encoding',
    hooks: {
      'astro:config:done': () => {
        const folders = ['content/analyses', 'data/events'].map((folder) => join(contentRoot(), folder));
        const files = folders.flatMap((folder) =>
          readdirSync(folder).map((name) => ({ path: join(folder, name), bytes: readFileSync(join(folder, name)) })),
        );
        const problem = findMisencoded(files);
        if (problem) throw problem;
      },
    },
  };
}
