import type { Standing } from '../../lib/content/editions/side-by-side';

/**
 * What each standing is called on the page, and what it asks of the translator: words, never a
 * colour alone. Up-to-date passages say nothing beyond their label.
 */
export const STANDING_WORDS: Record<Standing, { label: string; detail: string }> = {
  current: { label: 'Up to date', detail: '' },
  behind: {
    label: 'Behind',
    detail: 'The English has changed since this was translated. Update the translation, then mark it caught up.',
  },
  unstamped: {
    label: 'Not marked',
    detail: 'Nothing records which English this translates. Check it against the English, then mark it caught up.',
  },
  untranslated: {
    label: 'Missing',
    detail: 'The edition has no such passage. Add it to the edition’s file, in the same place as in the English.',
  },
};
