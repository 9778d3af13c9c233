import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// The last build's folder, once the new one has taken its place, is deleted in a process of its
// own that outlives the build's: at 1,000 analyses it holds some 150,000 files (most of them
// linked into the new folder), and deleting them took half a minute of a correction, between the
// new site being ready and the command saying so.

/** Folders beside `folder` that an earlier build moved aside ("dist.old-4242") and left undeleted. */
function leftAside(folder: string): string[] {
  const parent = dirname(folder);
  const aside = new RegExp(`^${basename(folder).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.old-\\d+$`);
  return existsSync(parent)
    ? readdirSync(parent)
        .filter((name) => aside.test(name))
        .map((name) => join(parent, name))
    : [];
}

/**
 * Moves `folder` aside (at once, so that its name is free for the new build) and deletes it, with
 * any folder an earlier build left aside, in a detached process: this one may end before it does.
 * Gives the folders being deleted.
 */
export function discardFolder(given: string): string[] {
  const folder = given.replace(/[\\/]+$/, '');
  const doomed = leftAside(folder);
  if (existsSync(folder)) {
    const aside = `${folder}.old-${process.pid}`;
    renameSync(folder, aside);
    doomed.push(aside);
  }
  if (doomed.length === 0) return [];
  // Each deleted on its own: one that another deletion is still emptying is left for the next build.
  const script = `for (const f of ${JSON.stringify(doomed)}) { try { require('node:fs').rmSync(f, { recursive: true, force: true }); } catch {} }`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
  return doomed;
}
