import { hrefTo } from '../../lib/anchors';
import { useRef } from 'react';
import PlaceEvent from './PlaceEvent';
import { usePopoverDismiss } from './sync/use-popover-dismiss';
import { usePopoverPlace } from './sync/use-popover-place';

export interface PopoverEvent {
  id: string;
  title: string;
  date: string;
  /** Its hedges and who says so, in words, or "". */
  hedge: string;
  /** Picking the event goes to its passage, as a single marker would. */
  passage: string;
}

interface Props {
  /** The marker the popover belongs to; it returns focus there on close. */
  anchor: string;
  name: string;
  /** Its accessible name: "Events at Kabul", in the page's words. */
  label: string;
  events: PopoverEvent[];
  onClose: () => void;
}

/**
 * The events at one place, to pick from before going to a passage: a small dialog that MapSync
 * puts in the map's figure right after the map, so that it is read after the map's links, with a
 * pin over its marker for it to hang from (see use-popover-place.ts).
 */
export default function MapPopover({ anchor, name, label, events, onClose }: Props) {
  const pin = useRef<HTMLSpanElement>(null);
  const box = useRef<HTMLDivElement>(null);
  usePopoverPlace(anchor, pin, box);
  usePopoverDismiss(anchor, pin, box, onClose);
  return (
    <>
      <span ref={pin} className="map-popover-pin" aria-hidden="true" />
      <div ref={box} className="map-popover" role="dialog" aria-label={label} tabIndex={-1}>
        <p className="map-popover-title">{name}</p>
        <ul>
          {events.map((event) => (
            <li key={event.id}>
              <PlaceEvent
                event={event}
                link={{ href: hrefTo(event.passage), 'data-event': event.id, onClick: onClose }}
              />
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
