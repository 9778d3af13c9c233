import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { saveFile } from '../support/save-file';

// `npm run dev` is where an editor meets a content error first: the same one line as the build
// prints, in the terminal and in the browser, and the page back once the file is fixed.
const scratch = mkdtempSync(join(tmpdir(), 'borderlines-dev-'));
const root = join(scratch, 'site');
const eventsFile = join(root, 'data/events/baltic-fixture.json');
const LINE = `${eventsFile}: event "fixture-riga-meeting" kind: found "dam"; use one of diplomacy,`;
let server: ChildProcess;
let output = '';
let url = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let tries = 0; ; tries++) {
    const value = await read();
    if (ok(value) || tries > 250) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const fetchPage = async () => {
  const response = await fetch(url, { headers: { accept: 'text/html' } }).catch(() => undefined);
  return { status: response?.status ?? 0, body: (await response?.text()) ?? '' };
};

beforeAll(async () => {
  cpSync('tests/fixtures/sites/baltic', root, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/analyses/baltic-fixture/`;
  server = spawn('node_modules/.bin/astro', ['dev', '--port', String(port)], {
    env: {
      // As an editor's shell has it: none of the test runner's own settings (NODE_ENV=test, VITEST…).
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(key))),
      TZ: 'UTC',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      BORDERLINES_CONTENT_ROOT: root,
      BORDERLINES_CACHE_DIR: join(scratch, 'cache'),
    },
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await until(fetchPage, (page) => page.status === 200);
}, 90_000);

afterAll(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

// npm run test:stress saves, breaks and mends the file many times over on one server.
const repeats = Number(process.env.BORDERLINES_STRESS_REPEATS ?? 1) - 1;

test(
  'a content error shows as its one line in the terminal and the browser, and the page returns when fixed',
  { timeout: 90_000, repeats },
  async () => {
    const good = readFileSync(eventsFile, 'utf8');
    // An editor's saves come moments apart, never within the 50 ms in which the file watcher
    // passes on one change to a file.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const printedBefore = output.length;
    saveFile(eventsFile, good.replace('"kind": "economy"', '"kind": "dam"'));
    // Wait for the error this save makes, not any error: the page and the terminal both name it.
    const broken = await until(fetchPage, (page) => page.status === 500 && page.body.includes('found "dam"'));
    expect(broken.status).toBe(500);
    expect(broken.body).toContain(LINE.slice(eventsFile.length));
    const printed = await until(
      async () => output.slice(printedBefore),
      (text) => text.includes(LINE),
    );
    expect(printed).toContain(LINE);
    expect(printed).not.toMatch(/Stack trace|^\s+at |does not match collection schema/m);

    await new Promise((resolve) => setTimeout(resolve, 1000));
    saveFile(eventsFile, good);
    const fixed = await until(fetchPage, (page) => page.status === 200);
    expect(fixed.status, `${output}\n${fixed.body.slice(0, 3000)}`).toBe(200);
    expect(fixed.body).toContain('Fixture: three Baltic states');
  },
);
