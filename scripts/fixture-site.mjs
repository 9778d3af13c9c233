// Builds fixture sites (tests/fixtures/sites/<name>, several joined by "+" into one content root)
// once per change: the build tests read the result and the end-to-end tests serve it, so a run of
// `npm test` builds it once. A build is reused while nothing it is made from has changed: the
// fixtures, the code, the configuration and the locked dependencies, hashed together.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The address the fixture sites are built for. */
export const FIXTURE_ADDRESS = 'https://borderlines.example';

/** The fixture sites the tests build and serve as one: three analyses in two regions. */
export const FIXTURE_SITES = 'nordic+baltic+caucasus';

// data/geo: the rivers and lakes every map draws, whatever content it is built from.
const INPUTS = [
  'src',
  'public',
  'data/geo',
  'astro.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  'scripts/fixture-site.mjs',
];

/** Every file under these paths, in a stable order. */
function filesUnder(paths) {
  return paths.flatMap((path) => {
    if (!existsSync(path)) return [];
    if (!statSync(path).isDirectory()) return [path];
    return filesUnder(
      readdirSync(path)
        .sort()
        .map((name) => join(path, name)),
    );
  });
}

/** What a build of these fixtures is made from, as one hash. */
function inputsHash(sites) {
  const hash = createHash('sha256');
  for (const file of filesUnder([...INPUTS, ...sites.map((site) => join('tests', 'fixtures', 'sites', site))])) {
    hash.update(`${file}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * What a build of the content under `root` runs with, as `npm run build` would, its card cache in
 * `cache` and its output without colours, for a test to read.
 * @param {string} root
 * @param {string} cache
 */
export const buildEnv = (root, cache) => ({
  ...process.env,
  // As a host builds it, whoever starts the build: Vitest sets NODE_ENV to "test", which Vite
  // would build React with in its development form, and a fixture site built under the end-to-end
  // tests' runner (which leaves it unset) would then differ from one built under Vitest, though
  // its inputs, and so its reuse, are the same.
  NODE_ENV: 'production',
  TZ: 'UTC',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  BORDERLINES_CONTENT_ROOT: root,
  BORDERLINES_CACHE_DIR: cache,
  // A deployment's address, not the local one: the tests can then tell a page that takes its
  // addresses from SITE_URL from one that says localhost.
  SITE_URL: FIXTURE_ADDRESS,
});

/** A build's output as a reader sees it, colours stripped. */
export const plainOutput = (/** @type {{ stdout: string, stderr: string }} */ result) =>
  `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * The fixture site `name` ("nordic", or "nordic+baltic+caucasus"), built: where its files are, whether
 * the build succeeded and what it printed (colours stripped). Built afresh only when its inputs changed.
 * @param {string} name
 * @returns {{ ok: boolean, output: string, outDir: string, env: Record<string, string | undefined> }}
 */
export function buildFixtureSite(name) {
  const sites = name.split('+');
  const work = join('node_modules', '.cache', 'borderlines-fixtures', name);
  const root = join(work, 'content');
  const outDir = join(work, 'dist');
  const stamp = join(work, 'built.json');
  // Its cards and content cache stay apart from the site's, and are kept for the next run.
  const env = buildEnv(root, join(work, 'cache'));
  const hash = inputsHash(sites);
  if (existsSync(stamp) && existsSync(outDir)) {
    const last = JSON.parse(readFileSync(stamp, 'utf8'));
    if (last.hash === hash) return { ok: true, output: last.output, outDir, env };
  }
  rmSync(root, { recursive: true, force: true });
  rmSync(stamp, { force: true });
  mkdirSync(work, { recursive: true });
  // An actor the sites share has the same file in each.
  for (const site of sites) cpSync(join('tests', 'fixtures', 'sites', site), root, { recursive: true });
  const build = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    encoding: 'utf8',
    env,
  });
  const output = plainOutput(build);
  const ok = build.status === 0;
  if (ok) writeFileSync(stamp, JSON.stringify({ hash, output }));
  return { ok, output, outDir, env };
}
