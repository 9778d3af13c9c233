import type { AnchorHTMLAttributes } from 'react';

interface Props {
  event: {
    title: string;
    /** In the edition's words: a Solar date with its Gregorian in brackets, say. */
    date: string;
    /** Its hedges and who says so, in words, or "". */
    hedge: string;
  };
  /** The link to its passage. */
  link: AnchorHTMLAttributes<HTMLAnchorElement> & { 'data-event'?: string };
}

/**
 * One event at a place, as the list of places and a grouped marker's popover both give it: its
 * title, linking to its passage; its date, set apart from the line's direction so that a date
 * with brackets of its own reads right in a right-to-left line; and its hedges.
 */
export default function PlaceEvent({ event, link }: Props) {
  return (
    <>
      <a {...link}>{event.title}</a>{' '}
      <span className="map-place-date">
        (<bdi>{event.date}</bdi>)
      </span>
      {event.hedge && <span className="map-place-hedge">{event.hedge}</span>}
    </>
  );
}
