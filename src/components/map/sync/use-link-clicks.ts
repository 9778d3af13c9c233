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
    const onClick = (event: MouseEvent) => {
      const element = (event.target as Element).closest<HTMLElement>('a, button');
      if (!element) return;
      if (element.matches('[data-copy-link]')) {
        void copyLinkFrom(element, announce, words);
      } else if (element.matches('[data-copy-embed]')) {
        void copyEmbedFrom(element, embed, announce, words);
      } else if (element.matches('a[data-map-targets]')) {
        event.preventDefault();
        // A click with no pointer behind it (detail 0) came from Enter on a focused link.
        onShowOnMap(element.dataset.mapTargets!.split(' '), event.detail === 0 ? element : undefined);
      } else if (element.matches('a[data-events]') && map()?.contains(element)) {
        event.preventDefault();
        onGroupedMarker(element.id);
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [map, words, embed, announce, onShowOnMap, onGroupedMarker]);
}
