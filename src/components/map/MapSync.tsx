import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SyncData } from '../../lib/sync/sync-data';
import { fill } from '../../lib/i18n/sync-words';
import MapDockToggle from './MapDockToggle';
import MapFilters from './MapFilters';
import MapPopover from './MapPopover';
import MapSteps from './MapSteps';
import { useCurrentMarks } from './sync/use-current-marks';
import { useDock } from './sync/use-dock';
import { useFilterSlot } from './sync/use-filter-slot';
import { useFilters } from './sync/use-filters';
import { useHashSync } from './sync/use-hash-sync';
import { useInView } from './sync/use-in-view';
import { useLinkClicks } from './sync/use-link-clicks';
import { useMapKeyboard } from './sync/use-map-keyboard';
import { usePreview } from './sync/use-preview';
import { useScrollSync } from './sync/use-scroll-sync';
import { useShowOnMap } from './sync/use-show-on-map';
import { useSlot } from './sync/use-slot';
import { useSteps } from './sync/use-steps';
import { nowAndWhenParsed } from './sync/dom';

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

/** Where the step controls go: under the map, in its figure (MapFigure.astro). */
const underTheMap = () => 'map-steps-slot';

/** The region that says aloud what the script did. */
const SyncStatus = ({ message }: { message: string }) => (
  <div className="sr-only" role="status">
    {message}
  </div>
);

function MapSyncWith({ slug, data }: MapSyncProps & { data: SyncData }) {
  const [message, announce] = useState('');
  const [popover, setPopover] = useState<string | null>(null);
  const map = useCallback(() => document.querySelector(`figure[data-map="${slug}"] svg`), [slug]);
  const closePopover = useCallback(() => setPopover(null), []);

  const setCurrent = useCurrentMarks(map);
  useHashSync(data, setCurrent, announce);
  useScrollSync(data, map);
  usePreview();
  const enterMap = useMapKeyboard(data, map, announce, closePopover);
  const { docked, dock } = useDock();
  const mapInView = useInView(map);
  const showOnMap = useShowOnMap({ data, map, setCurrent, dock, enterMap, announce });
  useLinkClicks({
    map,
    words: data.words,
    embed: data.embed,
    announce,
    onShowOnMap: showOnMap,
    onGroupedMarker: setPopover,
  });
  const { filters, summary, toggleFilter, clearFilters } = useFilters(data, map, announce);
  const filterSlot = useFilterSlot();
  const { act: step, ...steps } = useSteps({ data, filters, setCurrent, dock, announce });
  const stepsSlot = useSlot(underTheMap);

  // The controls appear once the script runs (filters are read from the address then), the last
  // passages' too when the island woke before they had arrived.
  useEffect(
    () =>
      nowAndWhenParsed(() =>
        document
          .querySelectorAll<HTMLElement>('[data-copy-link], [data-copy-embed]')
          .forEach((button) => (button.hidden = false)),
      ),
    [],
  );

  const link = popover ? data.links.find((l) => l.anchor === popover) : undefined;
  return (
    <div className="map-sync">
      <SyncStatus message={message} />
      {filters &&
        filterSlot &&
        createPortal(
          <MapFilters
            entities={data.entities}
            entityNames={data.entityNames}
            kinds={data.kinds}
            words={data.words}
            filters={filters}
            summary={summary}
            onToggle={toggleFilter}
            onClear={clearFilters}
          />,
          filterSlot,
        )}
      {filters && stepsSlot && createPortal(<MapSteps words={data.words} {...steps} onStep={step} />, stepsSlot)}
      {filters && (
        <MapDockToggle
          docked={docked}
          hidden={!docked && mapInView}
          onToggle={() => dock(!docked)}
          label={docked ? data.words.hideMap : data.words.showMap}
        />
      )}
      {link && (
        <MapPopover
          anchor={link.anchor}
          name={link.name}
          label={fill(data.words.eventsAt, { place: link.name })}
          events={data.events.filter((event) => link.events.includes(event.id))}
          onClose={closePopover}
        />
      )}
    </div>
  );
}
