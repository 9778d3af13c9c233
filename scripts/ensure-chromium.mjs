// Finds a Chromium for the end-to-end tests, installing Debian's package where that is
// possible (root with apt-get), and prints where it found it. Playwright cannot download its
// own browser on the machines this project runs on.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Headless, unsandboxed (containers have no user namespaces), and nothing that phones home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--metrics-recording-only',
];

export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) return false;
  console.log('No Chromium found: installing Debian’s chromium package with apt-get.');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return true;
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop());
if (isMain) {
  let chromium = findChromium();
  if (!chromium && installWithApt()) chromium = findChromium();
  if (!chromium) {
    console.error(
      'No Chromium found: install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.',
    );
    process.exit(1);
  }
  const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`End-to-end tests use ${version || chromium}.`);
}
