import { useEffect, useState, useSyncExternalStore } from 'react';
import { NEW_ENTRY_PATHS } from './config';

import type { DraftCheck } from '../integrations/studio/check-draft';

export type { DraftCheck };

/** An entry as the CMS hands it to fields and previews (an Immutable Map; `toJS()` gives plain values). */
export interface CmsEntry {
  toJS: () => unknown;
}

interface PlainEntry {
  data: Record<string, unknown>;
  path: string;
  collection?: string;
  slug?: string;
  i18n?: Record<string, { data: Record<string, unknown> }>;
}

/** Plain values of whatever the CMS passes (Immutable collections or plain ones). */
export const plain = <T>(value: unknown): T =>
  (value && typeof (value as CmsEntry).toJS === 'function' ? (value as CmsEntry).toJS() : value) as T;

/** Values without the CMS's own bookkeeping (keys such as `__sc_item_original_key_path` in list items). */
const withoutBookkeeping = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutBookkeeping)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => !key.startsWith('__sc_'))
            .map(([key, inner]) => [key, withoutBookkeeping(inner)]),
        )
      : value;

/** The files an entry's draft stands for: its own, and in an edition each other language's. */
export function draftsOf(entry: CmsEntry | undefined): { path: string; data: Record<string, unknown> }[] {
  const { data, path: saved, collection = '', slug, i18n = {} } = plain<PlainEntry>(entry) ?? {};
  // An entry not yet saved has no file: it is checked as the file it will be, named by its slug
  // once it has one, else "new".
  const path = saved || NEW_ENTRY_PATHS[collection]?.(slug || 'new');
  if (!path || !data) return [];
  const clean = (values: Record<string, unknown>) => withoutBookkeeping(values) as Record<string, unknown>;
  const locale = /\/editions\/([a-z]+)\//.exec(path)?.[1];
  const others = Object.entries(i18n).flatMap(([code, other]) =>
    locale && other?.data
      ? [{ path: path.replace(`/editions/${locale}/`, `/editions/${code}/`), data: clean(other.data) }]
      : [],
  );
  return [{ path, data: clean(data) }, ...others];
}

/**
 * The latest draft of each entry, by its file, as any of the studio's components last saw it. The
 * CMS renders its preview again when a field of its own changes, and a custom field when its own
 * value does, each with the entry as it then stands: whichever saw the entry last saw it whole.
 */
const latest = new Map<string, string>();
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
function publish(path: string, drafts: string) {
  if (latest.get(path) === drafts) return;
  latest.set(path, drafts);
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

/** The check of an entry's draft, asked again half a second after the editor stops typing. */
export function useDraftCheck(entry: CmsEntry | undefined): { check?: DraftCheck; error?: string; pending: boolean } {
  const mine = draftsOf(entry);
  const path = mine[0]?.path ?? '';
  const seen = JSON.stringify(mine);
  useEffect(() => publish(path, seen), [path, seen]);
  const drafts = useSyncExternalStore(subscribe, () => latest.get(path) ?? seen);
  const [state, setState] = useState<{ check?: DraftCheck; error?: string; pending: boolean }>({ pending: true });
  useEffect(() => {
    if (drafts === '[]') return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, pending: true }));
    const timer = setTimeout(() => {
      fetch('/studio/api/check/', { method: 'POST', body: `{"drafts":${drafts}}`, signal: controller.signal })
        .then(async (response) => {
          const reply = (await response.json()) as DraftCheck & { error?: string };
          setState(
            response.ok
              ? { check: reply, pending: false }
              : { error: reply.error ?? `status ${response.status}`, pending: false },
          );
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setState({ error: String(error), pending: false });
        });
    }, 500);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [drafts]);
  return drafts === '[]' ? { pending: false } : state;
}
