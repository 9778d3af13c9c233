import { useEffect } from 'react';
import type { SyncData } from '../../../lib/sync/sync-data';
import { passageNames } from '../../../lib/sync/say';
import { byId, nowAndWhenParsed } from './dom';

/** Names each passage the map links to as a group (see passageNames), the last ones as they arrive. */
export function usePassageNames(data: SyncData) {
  useEffect(
    () =>
      nowAndWhenParsed(() => {
        for (const [id, name] of passageNames(data)) {
          const passage = byId(id);
          passage?.setAttribute('role', 'group');
          passage?.setAttribute('aria-label', name);
        }
      }),
    [data],
  );
}
