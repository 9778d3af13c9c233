import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { SyncData } from '../../lib/sync/sync-data';
import { fill } from '../../lib/i18n/sync-words';
import MapDockToggle from './MapDockToggle';
import MapFilters from './MapFilters';
import MapPopover from './MapPopover';
import MapSteps from './MapSteps';
import { useCurrentMarks } from './sync/use-current-marks';
import { useDock } from './sync/use-dock';
import { useGroupedMarkers } from './sync/use-grouped-markers';
import { useFilterSlot } from './sync/use-filter-slot';
import { useFilters } from './sync/use-filters';
import { useHashSync } from './sync/use-hash-sync';
import { useInView } from './sync/use-in-view';
import { useLinkClicks } from './sync/use-link-clicks';
import { useMapKeyboard } from './sync/use-map-keyboard';
import { usePassageNames } from './sync/use-passage-names';
import { usePreview } from './sync/use-preview';
import { useScrollSync } from './sync/use-scroll-sync';
import { useShowOnMap } from './sync/use-show-on-map';
import { useSlot } from './sync/use-slot';
import { useSteps } from './sync/use-steps';
import { MAP_READY } from '../../lib/sync/intent';

export interface MapSyncProps {
  /** The analysis, for the map's `data-map`. */
  slug: string;
}

/** Where the page carries the island's data, as JSON in a data block before the island. */
export const syncDataAnchor = (slug: string) => `map-sync-data-${slug}`;

/**
 * Ties the map and the text together once JavaScript runs: highlights, focus, scroll sync,
 * grouped markers, keyboard, filters, steps through the events, copy links and, on phones, a
 * docked map. Everything it enhances is a working link without it. Its data (ids, their
 * relations and the names the script says) is read from the page's data block, not passed as
 * props: a prop is written into an attribute, where every quote costs six bytes, and the page's
 * first visit would weigh a kilobyte more. What it renders before any reader acts is the same
 * with or without the data.
 */
export default function MapSync({ slug }: MapSyncProps) {
  const [data] = useState<SyncData | null>(() => {
    const block = typeof document === 'undefined' ? null : document.getElementById(syncDataAnchor(slug));
    return block ? (JSON.parse(block.textContent ?? 'null') as SyncData) : null;
  });
  return data ? (
    <MapSyncWith slug={slug} data={data} />
  ) : (
    <div className="map-sync">
      <SyncStatus message="" />
    </div>
  );
}

/** What the island shows in a place of the page outside it (the filters' slot, the map's figure), once there is one. */
const into = (place: Element | null, shown: ReactNode) => place && shown && createPortal(shown, place);
/** Where the step controls go: under the map, in its figure (MapFigure.astro). */
const underTheMap = () => 'map-steps-slot';

/** The region that says aloud what the script did. */
const SyncStatus = ({ message }: { message: string }) => (
  <div className="sr-only" role="status">
    {message}
  </div>
);

function MapSyncWith({ slug, data }: MapSyncProps & { data: SyncData }) {
  const [message, setMessage] = useState('');
  // The same words twice (a second step past the end) change the region all the same, by a
  // no-break space, so that they are said again.
  const announce = useCallback((next: string) => setMessage((said) => (said === next ? `${next}\u00a0` : next)), []);
  const map = useCallback(() => document.querySelector(`figure[data-map="${slug}"] svg`), [slug]);
  const groups = useGroupedMarkers(map);

  const setCurrent = useCurrentMarks(map);
  usePassageNames(data);
  useHashSync(data, setCurrent, announce);
  useScrollSync(data, map);
  usePreview();
  const enterMap = useMapKeyboard(data, map, announce);
  const { docked, dock } = useDock();
  const mapInView = useInView(map);
  const showOnMap = useShowOnMap({ data, map, setCurrent, dock, enterMap, announce });
  useLinkClicks({
    map,
    words: data.words,
    embed: data.embed,
    announce,
    onShowOnMap: showOnMap,
    onGroupedMarker: groups.toggle,
  });
  const { filters, summary, toggleFilter, clearFilters } = useFilters(data, map, announce);
  const filterSlot = useFilterSlot();
  const { act: step, ...steps } = useSteps({ data, filters, setCurrent, dock, announce });
  const stepsSlot = useSlot(underTheMap);

  // Every listener above is in place (a component's effects run in order): the page may now
  // hand on what the reader did while the island was waking (on-intent.ts).
  useEffect(() => void document.dispatchEvent(new Event(MAP_READY)), []);

  const link = groups.open ? data.links.find((l) => l.anchor === groups.open) : undefined;
  const opened = link && (
    <MapPopover
      anchor={link.anchor}
      name={link.name}
      label={fill(data.words.eventsAt, { place: link.name })}
      events={data.events.filter((event) => link.events.includes(event.id))}
      onClose={groups.close}
    />
  );
  return (
    <div className="map-sync">
      <SyncStatus message={message} />
      {filters &&
        into(
          filterSlot,
          <MapFilters data={data} filters={filters} summary={summary} onToggle={toggleFilter} onClear={clearFilters} />,
        )}
      {filters && into(stepsSlot, <MapSteps words={data.words} {...steps} onStep={step} />)}
      {filters && (
        <MapDockToggle
          docked={docked}
          hidden={!docked && mapInView}
          onToggle={() => dock(!docked)}
          label={docked ? data.words.hideMap : data.words.showMap}
        />
      )}
      {into(groups.host, opened)}
    </div>
  );
}
