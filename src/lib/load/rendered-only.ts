import type { DataStore, Loader, LoaderContext } from 'astro/loaders';

/** What a loader's store holds of one entry: enough to tell whether Astro compiles its file. */
type StoredEntry = Pick<NonNullable<ReturnType<DataStore['get']>>, 'id' | 'deferredRender'>;

/**
 * A loader of MDX entries that has Astro compile only the files this build renders. Astro bundles
 * every entry whose render is deferred, whether or not a page renders it; at 1,000 analyses that
 * was most of a minute of every rebuild of one. The other entries keep their data and body, which
 * the pages spanning analyses read, and are stored without a render to defer.
 *
 * Astro's store outlives a build, and the loader wrapped passes over an entry stored from the same
 * file: an entry stored for another build's renders is stored again as this build needs it, from
 * the data read then. (This saves little: at 1,000 analyses, most of the 13 s such a rebuild spends
 * here is Astro storing the 2,333 entries again, which reading the files again would do as well.)
 */
export function renderedOnly(loader: Loader, renders: (id: string) => boolean): Loader {
  return {
    ...loader,
    name: `${loader.name} (rendered by this build only)`,
    load: (context: LoaderContext) => loader.load({ ...context, store: storeFor(context.store, renders) }),
  };
}

/** Whether a stored entry was stored as this build would store it. */
const storedAsNeeded = (entry: StoredEntry, renders: (id: string) => boolean) =>
  Boolean(entry.deferredRender) === renders(entry.id);

function storeFor(store: DataStore, renders: (id: string) => boolean): DataStore {
  return {
    ...store,
    get: <T extends Record<string, unknown>>(id: string) => {
      const entry = store.get<T>(id);
      if (!entry || storedAsNeeded(entry, renders)) return entry;
      // Stored for another build's renders: stored again as this build needs it, its data as read.
      store.delete(id);
      store.set({ ...entry, deferredRender: renders(id) });
      return store.get<T>(id);
    },
    set: (entry) => {
      const stored = store.get(entry.id);
      if (stored && !storedAsNeeded(stored, renders)) store.delete(entry.id);
      return store.set({ ...entry, deferredRender: Boolean(entry.deferredRender) && renders(entry.id) });
    },
  };
}
