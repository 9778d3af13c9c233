import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv, plainOutput } from '../../scripts/fixture-site.mjs';

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, colours stripped. */
  output: string;
  outDir: string;
}

/**
 * Builds the site from the content under `root` into a fresh folder, as `npm run build` would,
 * with a cache of its own or, to build again as an editor does, the one given.
 */
export function buildSite(root: string, cache?: string): BuildResult {
  const scratch = mkdtempSync(join(tmpdir(), 'borderlines-build-'));
  const outDir = join(scratch, 'dist');
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', outDir], {
    encoding: 'utf8',
    env: buildEnv(root, cache ?? join(scratch, 'cache')),
    timeout: 120_000,
  });
  const output = plainOutput(result);
  return { ok: result.status === 0, output, outDir };
}
