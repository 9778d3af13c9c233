import { hrefTo } from '../../lib/anchors';
import { useEffect, useRef } from 'react';

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

/** The events at one place, to pick from before going to a passage. */
export default function MapPopover({ anchor, name, label, events, onClose }: Props) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    const marker = document.getElementById(anchor);
    if (!element || !marker) return;
    // Positioned with the CSSOM, which the content security policy allows (no style attribute).
    const rect = marker.getBoundingClientRect();
    const left = Math.min(Math.max(8, rect.left + rect.width / 2 - 140), window.innerWidth - 288);
    element.style.left = `${left}px`;
    element.style.top = `${Math.min(rect.bottom + 6, window.innerHeight - element.offsetHeight - 8)}px`;
    element.querySelector<HTMLElement>('a')?.focus();
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event.type === 'pointerdown' && element.contains(event.target as Node)) return;
      onClose();
      if (event instanceof KeyboardEvent) marker.focus();
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [anchor, onClose]);

  return (
    <div ref={box} className="map-popover" role="dialog" aria-label={label}>
      <p className="map-popover-title">{name}</p>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <a href={hrefTo(event.passage)} data-event={event.id} onClick={onClose}>
              {event.title}
            </a>{' '}
            <span className="map-popover-date">({event.date})</span>
            {event.hedge && <span className="map-popover-hedge">{event.hedge}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
