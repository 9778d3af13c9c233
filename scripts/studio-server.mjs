// The studio for the end-to-end tests: a copy of the site's content and data under
// tests/fixtures/.work/studio/, and `npm run edit` serving it, so that what the tests save never
// touches the project's own files. Started and stopped by Playwright:
//   node scripts/studio-server.mjs <port>
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const STUDIO_COPY = join('tests', 'fixtures', '.work', 'studio');

/** Puts the copy back as the project's content and data are now. */
export function freshStudioCopy() {
  rmSync(STUDIO_COPY, { recursive: true, force: true });
  mkdirSync(STUDIO_COPY, { recursive: true });
  for (const folder of ['content', 'data']) cpSync(folder, join(STUDIO_COPY, folder), { recursive: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port] = process.argv.slice(2);
  if (!/^\d+$/.test(port ?? '')) {
    console.error('usage: node scripts/studio-server.mjs <port>');
    process.exit(2);
  }
  freshStudioCopy();
  const server = spawn(process.execPath, [join('scripts', 'edit.mjs'), '--port', port, '--ignore-lock'], {
    env: {
      ...process.env,
      BORDERLINES_CONTENT_ROOT: STUDIO_COPY,
      BORDERLINES_CACHE_DIR: join('tests', 'fixtures', '.work', 'studio-cache'),
    },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}
