import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { currentOnlyAnalyses, rendersWholeSite } from '../lib/build/slice';
import { writeSearchIndex } from '../lib/search/write-index';

/**
 * Writes the search index (src/lib/search/) into the built site, so that `astro build` alone, a
 * host's default command and the tests' fixture sites all publish search. It reads the finished
 * pages: registered after every integration that writes or rewrites them. A failed index stops
 * the build with its one line. The development server has no index: there Search follows its link.
 */
export function searchIndex(): AstroIntegration {
  let cacheFile = '';
  return {
    name: 'borderlines:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFile = fileURLToPath(new URL('search-records.json', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A slice's pages are indexed once the first slice has merged them (whole-site.ts).
        if (!rendersWholeSite()) return;
        // A rebuild of some analyses reads the records of the pages it kept from the last build.
        const reuse = currentOnlyAnalyses() !== undefined;
        try {
          const { counts, kept } = await writeSearchIndex(fileURLToPath(dir), { file: cacheFile, reuse });
          const said = Object.entries(counts)
            .map(([language, count]) => `${count} in ${language}`)
            .join(', ');
          const reused = reuse ? `; the records of ${kept} pages read from the last build` : '';
          logger.info(`records of passages, sections and pages, ${said}${reused}.`);
        } catch (error) {
          process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        }
      },
    },
  };
}
