/**
 * Sveltia CMS's test backend keeps the repository in the browser's origin-private file system.
 * The bridge fills that folder with the project's files as they are on disk each time the studio
 * opens, and sends every file the CMS writes there on to the studio's server, which writes it
 * into the project in the project's own layout. Disk stays the one truth; the browser's copy is a
 * working copy that lives as long as the page.
 */

/** The folder Sveltia CMS's test backend reads (its name is the CMS's own). */
const REPOSITORY = 'sveltia-cms-test';

async function folderAt(root: FileSystemDirectoryHandle, parts: string[]) {
  let folder = root;
  for (const part of parts) folder = await folder.getDirectoryHandle(part, { create: true });
  return folder;
}

async function writeInto(root: FileSystemDirectoryHandle, path: string, text: string) {
  const parts = path.split('/');
  const folder = await folderAt(root, parts.slice(0, -1));
  const file = await folder.getFileHandle(parts.at(-1)!, { create: true });
  const writable = await originalCreateWritable.call(file);
  await writable.write(text);
  await writable.close();
}

const originalCreateWritable = FileSystemFileHandle.prototype.createWritable;

/** What the server said about one save: the path, and the text as written in the project's layout. */
export interface Saved {
  path: string;
  text: string;
}

/** Sends one file to the server; the reply's text is what now stands on disk. */
export async function saveToProject(path: string, text: string): Promise<Saved> {
  const response = await fetch(`/studio/api/file/?path=${encodeURIComponent(path)}`, { method: 'PUT', body: text });
  const reply = (await response.json()) as Saved & { error?: string };
  if (!response.ok) throw new Error(reply.error ?? `${path}: the studio's server refused the save`);
  return reply;
}

/** Fills the browser's copy with the project's files and routes every later write to the project. */
export async function openBridge(): Promise<void> {
  const storage = await navigator.storage.getDirectory();
  await storage.removeEntry(REPOSITORY, { recursive: true }).catch(() => undefined);
  const root = await storage.getDirectoryHandle(REPOSITORY, { create: true });
  const files = (await (await fetch('/studio/api/files/')).json()) as Record<string, string>;
  await Promise.all(Object.entries(files).map(([path, text]) => writeInto(root, path, text)));

  // The CMS writes each file in place (without `move` it does not write a temporary file first),
  // so each closed file is a saved file: its path is where it stands under the repository folder.
  delete (FileSystemFileHandle.prototype as { move?: unknown }).move;
  FileSystemFileHandle.prototype.createWritable = async function (this: FileSystemFileHandle, options) {
    return sentOnClose(this, await originalCreateWritable.call(this, options));
  };
  /** The writable of one file, which once closed sends the file to the project. */
  async function sentOnClose(handle: FileSystemFileHandle, writable: FileSystemWritableFileStream) {
    const close = writable.close.bind(writable);
    writable.close = async () => {
      await close();
      const parts = await root.resolve(handle);
      if (!parts) return;
      const text = await (await handle.getFile()).text();
      const saved = await saveToProject(parts.join('/'), text);
      if (saved.text !== text) await writeInto(root, saved.path, saved.text);
    };
    return writable;
  }
  const removeEntry = FileSystemDirectoryHandle.prototype.removeEntry;
  FileSystemDirectoryHandle.prototype.removeEntry = async function (this: FileSystemDirectoryHandle, name, options) {
    await removeEntry.call(this, name, options);
    const parts = await root.resolve(this);
    if (!parts) return;
    const path = [...parts, name].join('/');
    const response = await fetch(`/studio/api/file/?path=${encodeURIComponent(path)}`, { method: 'DELETE' });
    if (!response.ok) throw new Error(((await response.json()) as { error: string }).error);
  };
}
