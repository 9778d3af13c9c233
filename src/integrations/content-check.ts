import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkSite } from '../lib/check/check-site';
import { contentFolders, filesOfAnalyses, readContentFiles } from '../lib/check/read-content-files';
import { currentOnlyAnalyses } from '../lib/build/slice';
import { formatProblem } from '../lib/content/errors';
import { contentRoot, GLOSSARY_FILE, PUBLISHED_FILE } from '../lib/content/paths';
import { worldAtlas } from '../lib/geo/atlas';
import { escapeHtml } from '../lib/html-entities';
import { listFiles } from '../lib/list-files';

/**
 * Every content problem of the site, one line each (empty when the content is sound), and the
 * stale translations; of the analyses `only` names, when a rebuild renders just those. The build
 * before it, recorded only when sound, checked the others against the same registry, glossary and
 * code, and nothing checks one analysis against another.
 */
export function contentReport(root = contentRoot(), only?: Set<string>): { lines: string[]; stale: string[] } {
  const files = readContentFiles(root);
  const site = checkSite(root, only ? filesOfAnalyses(root, files, only) : files, worldAtlas().countries);
  return { lines: site.problems.map(formatProblem), stale: site.stale.map(formatProblem) };
}

/** What tells one save of a file from the next: a save renamed into place is a new file. */
function fileVersion(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}` : 'none';
}

/** Every content file with its version: what tells whether any changed since the last check. */
const contentState = (paths: string[]) =>
  paths
    .flatMap((path) => (statSync(path, { throwIfNoEntry: false })?.isFile() ? [path] : listFiles(path)))
    .map((file) => `${file} ${fileVersion(file)}`)
    .join('\n');

/** What the development server shows instead of a page while the content is broken: the overlay, or the lines. */
const problemPage = (lines: string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Content error</title></head>
<body><h1>Content error</h1><p>Fix the file named below; this page reloads when the content is sound.</p>
<pre style="white-space: pre-wrap">${escapeHtml(lines.join('\n'))}</pre>
<script type="module">
import { ErrorOverlay } from '/@vite/client';
document.body.append(new ErrorOverlay(${JSON.stringify({ message: lines.join('\n'), stack: '' }).replace(/</g, '\\u003c')}));
</script></body></html>`;

/**
 * Checks all content before Astro reads any of it. `astro build` stops with one line per
 * problem and nothing else (no hint, no stack: the fix is the editor's, in the file named).
 * `astro dev` prints the same lines whenever a content file changes, shows them in the error
 * overlay of open pages (and instead of any page requested meanwhile), and reloads the page
 * once the content is sound again.
 */
export function contentCheck(): AstroIntegration {
  let command = '';
  return {
    name: 'borderlines:content-check',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ logger }) => {
        if (command !== 'build') return;
        const { lines, stale } = contentReport(contentRoot(), currentOnlyAnalyses());
        if (lines.length === 0) {
          for (const line of stale) logger.warn(line);
          return;
        }
        process.stderr.write(`${lines.join('\n')}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        // The folders of content, and the glossary beside them.
        const folders = [...contentFolders(), GLOSSARY_FILE, PUBLISHED_FILE].map((path) =>
          resolve(contentRoot(), path),
        );
        let lines: string[] = [];
        let checked = '';
        server.middlewares.use((request, response, next) => {
          if (!request.headers.accept?.includes('text/html')) return next();
          // A page asked for between a save and the watcher's word of it would be rendered from
          // content half taken in: it is checked against the files as they are now.
          if (contentState(folders) !== checked) report();
          if (lines.length === 0) return next();
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(problemPage(lines));
        });
        const report = () => {
          checked = contentState(folders);
          const broken = lines.length > 0;
          const found = contentReport();
          lines = found.lines;
          for (const line of found.stale) logger.warn(line);
          if (lines.length > 0) {
            for (const line of lines) logger.error(line);
            server.environments.client.hot.send({
              type: 'error',
              err: { message: lines.join('\n'), stack: '', plugin: 'borderlines:content-check' },
            });
          } else if (broken) {
            logger.info('content is sound again');
            server.environments.client.hot.send({ type: 'full-reload' });
          }
        };
        server.watcher.add(folders);
        // The watcher passes on one change to a file in 50 ms and drops the rest, so a second save
        // that quick would go unseen, by this check and by Astro's content layer alike. Once the
        // saves have settled, a file that changed after its last change was passed on is passed on
        // again, to every listener.
        const seen = new Map<string, string>();
        let settled: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!folders.some((folder) => !relative(folder, resolve(path)).startsWith('..'))) return;
          seen.set(path, fileVersion(path));
          report();
          clearTimeout(settled);
          settled = setTimeout(() => {
            for (const [file, version] of seen) {
              const now = fileVersion(file);
              if (now === 'none' || now === version) continue;
              // As the watcher itself passes a change on: to those who listen for changes, and for all.
              server.watcher.emit('change', file);
              server.watcher.emit('all', 'change', file);
            }
            seen.clear();
          }, 200);
        });
        report();
      },
    },
  };
}
