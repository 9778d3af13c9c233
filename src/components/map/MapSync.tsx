import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SyncData } from '../../lib/geo/map-links';
import {
  isFiltering,
  isShown,
  NO_FILTERS,
  parseFilters,
  toggle,
  writeFilters,
  type Filters,
} from '../../lib/sync/filters';
import MapFilters from './MapFilters';
import MapPopover, { type PopoverEvent } from './MapPopover';
import { linkTo, shareOrCopy } from './sync/copy-link';
import { byId, isInViewport, mapBesideText, markCurrent, prefersReducedMotion } from './sync/dom';
import { useHashSync } from './sync/use-hash-sync';
import { useMapKeyboard } from './sync/use-map-keyboard';
import { usePreview } from './sync/use-preview';
import { useScrollSync } from './sync/use-scroll-sync';

export interface MapSyncProps {
  /** The analysis, for the map's `data-map`. */
  slug: string;
  /** Ids and their relations; the map itself is already in the page. */
  data: SyncData;
}

/**
 * Ties the map and the text together once JavaScript runs: highlights, focus, scroll sync,
 * grouped markers, keyboard, filters, copy links and, on phones, a docked map. Everything it
 * enhances is a working link without it.
 */
export default function MapSync({ slug, data }: MapSyncProps) {
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [docked, setDocked] = useState(false);
  const [popover, setPopover] = useState<{ anchor: string; name: string; events: PopoverEvent[] } | null>(null);
  const map = useCallback(() => document.querySelector(`figure[data-map="${slug}"] svg`), [slug]);
  const announce = useCallback((text: string) => setMessage(text), []);
  const closePopover = useCallback(() => setPopover(null), []);
  const [filterSlot, setFilterSlot] = useState<Element | null>(null);

  useHashSync(data, map, announce);
  useScrollSync(data, map);
  const enterMap = useMapKeyboard(data, map, announce, closePopover);
  usePreview();

  // Beside the text the filters sit above the map; on a phone they join the timeline, below
  // the text, so that nothing the script adds pushes the article down as it loads.
  useEffect(() => {
    const wide = window.matchMedia('(min-width: 64rem)');
    const place = () => setFilterSlot(byId(wide.matches ? 'map-filters-slot' : 'timeline-filters-slot'));
    place();
    wide.addEventListener('change', place);
    return () => wide.removeEventListener('change', place);
  }, []);

  useEffect(() => {
    setReady(true);
    setFilters(parseFilters(window.location.search, data));
    document.querySelectorAll<HTMLElement>('[data-copy-link]').forEach((button) => (button.hidden = false));
  }, [data]);

  // Docking takes the map out of the flow above the text; the text is scrolled back by as much,
  // so the line the reader was on stays where it was.
  const dock = useCallback((next: boolean) => {
    const probe = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    const before = probe?.getBoundingClientRect().top;
    byId('map')?.classList.toggle('is-docked', next);
    document.documentElement.classList.toggle('has-docked-map', next);
    const after = probe?.getBoundingClientRect().top;
    if (before !== undefined && after !== undefined) window.scrollBy({ top: after - before, behavior: 'instant' });
    setDocked(next);
  }, []);

  // A keyboard reader (`from`) is taken to the first place, as the plain link would without
  // script, and Escape brings them back; a pointer reader stays in the text and sees them marked.
  const showOnMap = useCallback(
    (anchors: string[], from?: HTMLElement) => {
      markCurrent(map(), anchors);
      const svg = map();
      if (!mapBesideText()) dock(true);
      else if (svg && !isInViewport(svg))
        svg.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'center' });
      if (from && anchors[0]) enterMap(from, anchors[0]);
      const names = anchors.map((anchor) => byId(anchor)?.getAttribute('aria-label')?.split(' — ')[0]).filter(Boolean);
      announce(`On the map: ${names.join('; ')}`);
    },
    [map, announce, dock, enterMap],
  );

  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const element = (event.target as Element).closest<HTMLElement>('a, button');
      if (!element) return;
      if (element.matches('[data-copy-link]')) {
        const id = element.dataset.copyLink!;
        const label = element.querySelector('.copy-link-label');
        const share = element.dataset.sharePath;
        const url = share ? new URL(share, window.location.origin).href : linkTo(id);
        const result = await shareOrCopy(url, document.title);
        announce(result);
        if (label) {
          label.textContent = result === 'Link copied' || result === 'Shared' ? `${result} ✓` : 'Copy failed';
          window.setTimeout(() => (label.textContent = 'Copy link'), 2500);
        }
        return;
      }
      if (element.matches('a[data-map-targets]')) {
        event.preventDefault();
        // A click with no pointer behind it (detail 0) came from Enter on a focused link.
        showOnMap(element.dataset.mapTargets!.split(' '), event.detail === 0 ? element : undefined);
        return;
      }
      const svg = map();
      if (element.matches('a[data-events]') && svg?.contains(element)) {
        event.preventDefault();
        const link = data.links.find((l) => l.anchor === element.id);
        const events = data.events.filter((e) => link?.events.includes(e.id));
        const name = element.getAttribute('aria-label')?.split(':')[0] ?? 'this place';
        setPopover({
          anchor: element.id,
          name,
          events: events.map(({ id, title, date, hedge, passage }) => ({ id, title, date, hedge, passage })),
        });
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [data, map, announce, showOnMap]);

  // Filters dim what they leave out, on the map and in the timeline, and live in the address.
  const shown = useMemo(
    () => new Set(data.events.filter((e) => isShown(e, filters)).map((e) => e.id)),
    [data, filters],
  );
  useEffect(() => {
    if (!ready) return;
    const svg = map();
    for (const link of data.links) {
      byId(link.anchor)?.classList.toggle(
        'is-dimmed',
        isFiltering(filters) && !link.events.some((id) => shown.has(id)),
      );
    }
    document.querySelectorAll<HTMLElement>('[data-timeline-event]').forEach((entry) => {
      entry.classList.toggle('is-dimmed', isFiltering(filters) && !shown.has(entry.dataset.timelineEvent!));
    });
    svg?.classList.toggle('is-filtered', isFiltering(filters));
    const query = writeFilters(window.location.search, filters);
    if (query !== window.location.search)
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${query}${window.location.hash}`,
      );
  }, [ready, data, filters, shown, map]);

  const summary = `Showing ${shown.size} of ${data.events.length} events.`;
  return (
    <div className="map-sync">
      <div className="sr-only" role="status" aria-live="polite">
        {message}
      </div>
      {ready &&
        filterSlot &&
        createPortal(
          <MapFilters
            entities={data.entities}
            kinds={data.kinds}
            filters={filters}
            summary={summary}
            onToggle={(dimension, value) => {
              const next = toggle(filters, dimension, value);
              setFilters(next);
              announce(
                isFiltering(next)
                  ? `Showing ${data.events.filter((e) => isShown(e, next)).length} of ${data.events.length} events`
                  : 'Filters cleared',
              );
            }}
            onClear={() => {
              setFilters(NO_FILTERS);
              announce('Filters cleared');
            }}
          />,
          filterSlot,
        )}
      {ready && (
        <>
          <button
            type="button"
            className="map-dock-toggle"
            aria-expanded={docked}
            aria-controls="map"
            onClick={() => dock(!docked)}
          >
            {docked ? 'Hide map' : 'Show map'}
          </button>
        </>
      )}
      {popover && <MapPopover {...popover} onClose={closePopover} />}
    </div>
  );
}
