// npm run edit: the editor's studio. Starts the development server with the studio at /studio/
// (and the site beside it, so that a saved change shows within seconds), and prints both
// addresses. Everything stays on this machine: no account, no request beyond it. Ctrl-C stops it.
//   npm run edit [-- --port <port>] [--ignore-lock: beside another server of this project]
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const at = process.argv.indexOf('--port');
const port = at === -1 ? '4321' : process.argv[at + 1];
if (!/^\d+$/.test(port ?? '')) {
  console.error(
    `npm run edit: --port: found ${JSON.stringify(port)}; write a port number, e.g. npm run edit -- --port 4322`,
  );
  process.exit(2);
}
const server = spawn(
  join('node_modules', '.bin', 'astro'),
  ['dev', '--port', port, '--host', '127.0.0.1', ...process.argv.filter((arg) => arg === '--ignore-lock')],
  {
    env: { ...process.env, BORDERLINES_STUDIO: '1', TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['inherit', 'pipe', 'inherit'],
  },
);
let told = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (told || !/ready in/.test(String(chunk))) return;
  told = true;
  process.stdout.write(
    `\n  Studio   http://127.0.0.1:${port}/studio/\n  Translations  http://127.0.0.1:${port}/studio/translate/\n  Site     http://127.0.0.1:${port}/\n\n`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
