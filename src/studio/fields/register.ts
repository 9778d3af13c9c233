import type CMS from '@sveltia/cms';
import type { ComponentType } from 'react';
import { CheckPreview } from './check-preview';
import { KeyedField } from './keyed-field';
import { LogField } from './log-field';
import { mountedInCms } from './mount';
import { PlaceField } from './place-field';

/** A component of ours as the CMS takes it (its types are of its own copy of React). */
const cmsComponent = <Props extends object>(component: ComponentType<Props>, name: string) =>
  mountedInCms(component, name) as never;

/** The studio's own fields and its preview, registered with the CMS before it starts. */
export function registerStudioFields(cms: typeof CMS) {
  cms.registerWidget('keyed', cmsComponent(KeyedField, 'KeyedField'));
  cms.registerWidget('log', cmsComponent(LogField, 'LogField'));
  cms.registerWidget('place', cmsComponent(PlaceField, 'PlaceField'));
  for (const collection of ['analyses', 'editions', 'events', 'edition-words', 'actors', 'glossary']) {
    cms.registerPreviewTemplate(collection, cmsComponent(CheckPreview, 'CheckPreview'));
  }
}
