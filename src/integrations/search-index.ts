import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rendersWholeSite } from '../lib/build/slice';
import { writeSearchIndex } from '../lib/search/write-index';

/**
 * Writes the search index (src/lib/search/) into the built site, so that `astro build` alone, a
 * host's default command and the tests' fixture sites all publish search. It reads the finished
 * pages: registered after every integration that writes or rewrites them. A failed index stops
 * the build with its one line. The development server has no index: there Search follows its link.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'borderlines:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // A slice's pages are indexed once the first slice has merged them (whole-site.ts).
        if (!rendersWholeSite()) return;
        try {
          const counts = Object.entries(await writeSearchIndex(fileURLToPath(dir)));
          const said = counts.map(([language, count]) => `${count} in ${language}`).join(', ');
          logger.info(`records of passages, sections and pages, ${said}.`);
        } catch (error) {
          process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        }
      },
    },
  };
}
