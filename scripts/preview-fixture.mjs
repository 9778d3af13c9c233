// Serves a fixture site (built by scripts/fixture-site.mjs, or reused from the build tests' run)
// for the end-to-end tests that need other regions beside the site's own: the Nordic fixture (a
// tall frame, towns on a border) with the Baltic and Caucasus ones (actors and relations across
// analyses). Started and stopped by Playwright, like the site's preview:
//   node scripts/preview-fixture.mjs <name>[+<name>…] <port>
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildFixtureSite } from './fixture-site.mjs';

const [name, port] = process.argv.slice(2);
if (!name || !port) {
  console.error('usage: node scripts/preview-fixture.mjs <fixture name under tests/fixtures/sites>[+<name>…] <port>');
  process.exit(2);
}
const built = buildFixtureSite(name);
if (!built.ok) {
  console.error(`${built.output}\nThe ${name} fixture did not build; see above.`);
  process.exit(1);
}
// The site's own preview holds Astro's lock for this project; this one runs beside it.
const preview = spawn(
  join('node_modules', '.bin', 'astro'),
  ['preview', '--ignore-lock', '--outDir', built.outDir, '--port', port, '--host', '127.0.0.1'],
  { env: built.env, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
