import { langFor } from '../../../src/lib/i18n/lang';
import { syncWords } from '../../../src/lib/i18n/sync-words';
import type { SyncData } from '../../../src/lib/sync/sync-data';

/** A small page: two sections, three passages, four events, one grouped marker. */
export const syncData: SyncData = {
  events: [
    {
      id: 'old-war',
      passage: 'history',
      title: 'Old war',
      date: '1998',
      hedge: '',
      entities: ['iran'],
      kind: 'history',
      target: null,
    },
    {
      id: 'clash',
      passage: 'border',
      title: 'Clash',
      date: 'December 2021',
      hedge: '',
      entities: ['iran'],
      kind: 'clash',
      target: 'map-border-afg-irn',
    },
    {
      id: 'summit',
      passage: 'talks',
      title: 'Summit',
      date: 'January 2022',
      hedge: '',
      entities: ['pakistan'],
      kind: 'diplomacy',
      target: 'map-marker-kabul',
    },
    {
      id: 'visit',
      passage: 'talks',
      title: 'Visit',
      date: 'late January 2022',
      hedge: '',
      entities: ['pakistan', 'iran'],
      kind: 'diplomacy',
      target: 'map-marker-kabul',
    },
  ],
  passages: [
    { id: 'history', section: 'iran', targets: [] },
    { id: 'border', section: 'iran', targets: ['map-border-afg-irn'] },
    { id: 'talks', section: 'pakistan', targets: ['map-marker-kabul'] },
  ],
  sections: [
    { id: 'iran', entities: ['iran'] },
    { id: 'pakistan', entities: ['pakistan'] },
  ],
  links: [
    { anchor: 'map-border-afg-irn', name: 'The Afghanistan–Iran border', events: ['clash'] },
    { anchor: 'map-marker-kabul', name: 'Kabul', events: ['summit', 'visit'] },
  ],
  entityCountries: { iran: 'IRN', pakistan: 'PAK' },
  embed: '/embed/fixture/',
  entities: ['iran', 'pakistan'],
  entityNames: { iran: 'Iran', pakistan: 'Pakistan' },
  kinds: ['history', 'clash', 'diplomacy'],
  words: syncWords(langFor('en')),
};
