// Builds a fixture site from tests/fixtures/sites/<name> (or several, joined by "+", as one site)
// into a folder of its own and serves it, for the end-to-end tests that need other regions beside
// the site's own (the Nordic fixture: a tall frame, towns on a border; with the Baltic and Caucasus
// ones: actors and relations across analyses). Started and stopped by Playwright, like the site's
// preview:
//   node scripts/preview-fixture.mjs <name>[+<name>…] <port>
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [name, port] = process.argv.slice(2);
if (!name || !port) {
  console.error('usage: node scripts/preview-fixture.mjs <fixture name under tests/fixtures/sites> <port>');
  process.exit(2);
}
const work = join('node_modules', '.cache', 'borderlines-fixtures', name);
// Several sites are copied into one content root; an actor they share has the same file in each.
const root = join(work, 'content');
rmSync(root, { recursive: true, force: true });
for (const site of name.split('+')) cpSync(join('tests', 'fixtures', 'sites', site), root, { recursive: true });
const env = {
  ...process.env,
  TZ: 'UTC',
  ASTRO_TELEMETRY_DISABLED: '1',
  BORDERLINES_CONTENT_ROOT: root,
  // Its cards and content cache stay apart from the site's, and are kept for the next run.
  BORDERLINES_CACHE_DIR: join(work, 'cache'),
};
const build = spawnSync('astro', ['build', '--outDir', join(work, 'dist')], { env, stdio: 'inherit' });
if (build.status !== 0) {
  console.error(`The ${name} fixture did not build; see above.`);
  process.exit(build.status ?? 1);
}
// The site's own preview holds Astro's lock for this project; this one runs beside it.
const preview = spawn(
  'astro',
  ['preview', '--ignore-lock', '--outDir', join(work, 'dist'), '--port', port, '--host', '127.0.0.1'],
  { env, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
