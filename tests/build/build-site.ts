import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, colours stripped. */
  output: string;
  outDir: string;
}

/** Builds the site from the content under `root` into a fresh folder, as `npm run build` would. */
export function buildSite(root: string): BuildResult {
  const scratch = mkdtempSync(join(tmpdir(), 'borderlines-build-'));
  const outDir = join(scratch, 'dist');
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TZ: 'UTC',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      BORDERLINES_CONTENT_ROOT: root,
      BORDERLINES_CACHE_DIR: join(scratch, 'cache'),
    },
    timeout: 120_000,
  });
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, outDir };
}
