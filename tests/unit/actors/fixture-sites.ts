import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSite } from '../../../src/lib/check/check-site';
import { readContentFiles } from '../../../src/lib/check/read-content-files';
import type { LoadedAnalysis } from '../../../src/lib/load/loaded-analysis';
import { formatProblem } from '../../../src/lib/content/errors';
import { worldAtlas } from '../../../src/lib/geo/atlas';
import { langFor } from '../../../src/lib/i18n/lang';

/**
 * Fixture sites (tests/fixtures/sites/) joined into one content root, as the end-to-end tests serve
 * them (scripts/preview-fixture.mjs), and read by the build's own content check: the English
 * analyses as the pages spanning analyses get them. The registry is read from that root, so it
 * becomes the content root for the rest of the test file.
 */
export function loadFixtureSites(names: string[]): LoadedAnalysis[] {
  const root = mkdtempSync(join(tmpdir(), 'borderlines-sites-'));
  for (const name of names) cpSync(join('tests/fixtures/sites', name), root, { recursive: true });
  process.env.BORDERLINES_CONTENT_ROOT = root;
  const site = checkSite(root, readContentFiles(root), worldAtlas().countries);
  if (site.problems.length > 0) throw new Error(site.problems.map(formatProblem).join('\n'));
  return site.checked.map((checked) => ({
    ...checked,
    entry: { id: checked.slug, data: checked.analysis } as LoadedAnalysis['entry'],
    source: { body: checked.body } as LoadedAnalysis['source'],
    lang: langFor('en'),
  }));
}
