import { useEffect } from 'react';
import { copyEmbedFrom } from './copy-embed';
import { copyLinkFrom } from './copy-link';
import type { SyncWords } from '../../../lib/i18n/sync-words';

interface LinkClicks {
  map: () => Element | null;
  /** What the copy-link controls say, in the page's edition. */
  words: SyncWords;
  /** The analysis's embed, whose code the Embed controls copy. */
  embed: string;
  announce: (message: string) => void;
  /** A link in the text that names places on the map; `from` is set for a keyboard reader. */
  onShowOnMap: (anchors: string[], from?: HTMLElement) => void;
  /** A marker on the map with several events: the reader picks one first. */
  onGroupedMarker: (anchor: string) => void;
}

/** One listener for the page's links and buttons that the script enhances. */
export function useLinkClicks({ map, words, embed, announce, onShowOnMap, onGroupedMarker }: LinkClicks) {
  useEffect(() => {
    // A click a pointer pressed first came from a mouse, a pen or a finger; any other (Enter, or a
    // screen reader activating the link, whatever `detail` it sets) is a keyboard's.
    let pressed: Element | null = null;
    const onPointerDown = (event: PointerEvent) => {
      pressed = (event.target as Element).closest('a, button');
    };
    const onClick = (event: MouseEvent) => {
      const element = (event.target as Element).closest<HTMLElement>('a, button');
      const byPointer = element !== null && pressed === element;
      pressed = null;
      if (!element) return;
      if (element.matches('[data-copy-link]')) {
        void copyLinkFrom(element, announce, words);
      } else if (element.matches('[data-copy-embed]')) {
        void copyEmbedFrom(element, embed, announce, words);
      } else if (element.matches('a[data-map-targets]')) {
        event.preventDefault();
        onShowOnMap(element.dataset.mapTargets!.split(' '), byPointer ? undefined : element);
      } else if (element.matches('a[data-events]') && map()?.contains(element)) {
        event.preventDefault();
        onGroupedMarker(element.id);
      }
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('click', onClick);
    };
  }, [map, words, embed, announce, onShowOnMap, onGroupedMarker]);
}
