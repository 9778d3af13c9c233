import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  isFiltering,
  isShown,
  NO_FILTERS,
  parseFilters,
  toggle,
  writeFilters,
  type Filters,
} from '../../../lib/sync/filters';
import type { SyncData } from '../../../lib/sync/sync-data';
import { byId } from './dom';
import { fill } from '../../../lib/i18n/sync-words';
import type { EventKind } from '../../../schemas/event';

const countShown = (data: SyncData, filters: Filters) => data.events.filter((e) => isShown(e, filters)).length;

/** "Showing 9 of 23 events: Iran; Clash", in the page's words and digits. */
function showing(data: SyncData, filters: Filters) {
  const count = new Intl.NumberFormat(data.words.numberLocales);
  const which = [
    ...[...filters.entities].map((entity) => data.entityNames[entity] ?? entity),
    ...[...filters.kinds].map((kind) => data.words.kindNames[kind as EventKind]),
  ];
  return fill(data.words.showing, {
    shown: count.format(countShown(data, filters)),
    total: count.format(data.events.length),
    which: which.join(data.words.separator),
  });
}

/**
 * What a filter leaves out is dimmed, and kept out of a listener's way: no longer a tab stop, nor
 * read among what is shown.
 */
function setLeftOut(element: Element, leftOut: boolean) {
  element.classList.toggle('is-dimmed', leftOut);
  for (const link of [element, ...element.querySelectorAll('a')].filter((e) => e.matches('a'))) {
    if (leftOut) link.setAttribute('tabindex', '-1');
    else link.removeAttribute('tabindex');
  }
  if (leftOut) element.setAttribute('aria-hidden', 'true');
  else element.removeAttribute('aria-hidden');
}

/**
 * Filters by entity and kind: read from the address once the script runs, kept in it as they
 * change, and shown by dimming what they leave out on the map and in the timeline.
 */
export function useFilters(data: SyncData, map: () => Element | null, announce: (message: string) => void) {
  const [filters, setFilters] = useState<Filters | null>(null);
  useEffect(() => setFilters(parseFilters(window.location.search, data)), [data]);

  const shown = useMemo(
    () => new Set(data.events.filter((e) => isShown(e, filters ?? NO_FILTERS)).map((e) => e.id)),
    [data, filters],
  );
  useEffect(() => {
    if (!filters) return;
    const on = isFiltering(filters);
    for (const link of data.links) {
      const element = byId(link.anchor);
      if (element) setLeftOut(element, on && !link.events.some((id) => shown.has(id)));
    }
    document.querySelectorAll<HTMLElement>('[data-timeline-event]').forEach((entry) => {
      setLeftOut(entry, on && !shown.has(entry.dataset.timelineEvent!));
    });
    map()?.classList.toggle('is-filtered', on);
    const query = writeFilters(window.location.search, filters);
    if (query !== window.location.search)
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${query}${window.location.hash}`,
      );
  }, [data, filters, shown, map]);

  const toggleFilter = useCallback(
    (dimension: keyof Filters, value: string) => {
      const next = toggle(filters ?? NO_FILTERS, dimension, value);
      setFilters(next);
      announce(isFiltering(next) ? showing(data, next) : data.words.cleared);
    },
    [data, filters, announce],
  );
  const clearFilters = useCallback(() => {
    setFilters(NO_FILTERS);
    announce(data.words.cleared);
  }, [data, announce]);

  const summary = `${showing(data, filters ?? NO_FILTERS)}.`;
  return { filters, summary, toggleFilter, clearFilters };
}
