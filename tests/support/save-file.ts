import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file the way an editor's save lands: the whole text to a scratch file beside it, then
 * renamed over it in one step. A watcher (the dev server's) never sees it empty or half-written,
 * as it can when the file is truncated and written in place on a busy machine.
 */
export function saveFile(file: string, text: string) {
  // A dotted name outside the loaders' patterns, so the watcher ignores the scratch file itself.
  const scratch = join(dirname(file), `.${basename(file)}.saving`);
  writeFileSync(scratch, text);
  renameSync(scratch, file);
}
