import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { renderedOnly } from '../../../src/lib/load/rendered-only';

type Entry = Parameters<DataStore['set']>[0];

/**
 * A collection's store as Astro keeps it between builds: a save of an entry with the digest it is
 * stored with changes nothing, and Astro compiles the files of the entries whose render is deferred.
 */
function astroStore() {
  const entries = new Map<string, Entry>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, { ...entry });
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    clear: () => entries.clear(),
    addModuleImport: () => {},
  } as unknown as DataStore;
  const compiled = () => [...entries.values()].filter((entry) => entry.deferredRender).map((entry) => entry.id);
  return { store, entries, compiled };
}

/** The files the loader below has read and parsed. */
const parsed: string[] = [];

/** MDX files as Astro's glob loader reads them: an entry stored from the same file is passed over. */
const mdxFiles = (files: Record<string, string>): Loader => ({
  name: 'glob-loader',
  load: async ({ store }) => {
    for (const [id, body] of Object.entries(files)) {
      if (store.get(id)?.digest === body) continue;
      parsed.push(id);
      store.set({
        id,
        data: { title: id },
        body,
        digest: body,
        filePath: `content/analyses/${id}.mdx`,
        deferredRender: true,
      });
    }
  },
});

const load = (loader: Loader, store: DataStore) => loader.load({ store } as LoaderContext);

describe('a loader that has Astro compile only the analyses a build renders', () => {
  test('compiles the analysis a rebuild renders, and keeps the others’ data and body unrendered', async () => {
    const { store, entries, compiled } = astroStore();
    await load(
      renderedOnly(mdxFiles({ kabul: 'A', herat: 'B' }), (id) => id === 'herat'),
      store,
    );
    expect(compiled()).toEqual(['herat']);
    expect(entries.get('kabul')).toMatchObject({
      data: { title: 'kabul' },
      body: 'A',
      filePath: 'content/analyses/kabul.mdx',
    });
  });

  test('compiles every analysis again in the whole build after a rebuild of one, unchanged files included', async () => {
    const { store, compiled } = astroStore();
    const files = mdxFiles({ kabul: 'A', herat: 'B', kunar: 'C' });
    await load(
      renderedOnly(files, () => true),
      store,
    );
    await load(
      renderedOnly(files, (id) => id === 'herat'),
      store,
    );
    expect(compiled()).toEqual(['herat']);
    await load(
      renderedOnly(files, () => true),
      store,
    );
    expect(compiled().sort()).toEqual(['herat', 'kabul', 'kunar']);
  });

  test('stores an analysis stored for another build again without reading its file again', async () => {
    const { store, entries } = astroStore();
    const files = mdxFiles({ kabul: 'A', herat: 'B' });
    await load(
      renderedOnly(files, () => true),
      store,
    );
    parsed.length = 0;
    await load(
      renderedOnly(files, (id) => id === 'herat'),
      store,
    );
    expect(parsed).toEqual([]);
    expect(entries.get('kabul')).toMatchObject({ data: { title: 'kabul' }, body: 'A', deferredRender: false });
  });

  test('passes over an analysis stored as this build needs it, as the loader it wraps would', async () => {
    const { store, entries } = astroStore();
    const files = mdxFiles({ kabul: 'A' });
    await load(
      renderedOnly(files, () => true),
      store,
    );
    const stored = entries.get('kabul');
    await load(
      renderedOnly(files, () => true),
      store,
    );
    expect(entries.get('kabul')).toBe(stored);
  });
});
