import type { TranslationPassages, TranslationsList } from '../../integrations/studio/translations';

// The calls the translators' page makes, all to the studio's own server
// (src/integrations/studio/translations.ts, which also defines what each answers).

const API = '/studio/api/translations/';

/** The server's answer, or an Error carrying the one line it gave for refusing. */
async function answerOf<Value>(response: Response): Promise<Value> {
  const value = (await response
    .json()
    .catch(() => ({ error: `${response.url}: answered ${response.status} without JSON` }))) as
    Value | { error: string };
  if (!response.ok)
    throw new Error((value as { error?: string }).error ?? `${response.url}: answered ${response.status}`);
  return value as Value;
}

const post = <Value>(path: string, body: Record<string, string>) =>
  fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((response) => answerOf<Value>(response));

/** Every edition, and every analysis with how far each of its editions is behind. */
export const fetchList = () => fetch(API).then((response) => answerOf<TranslationsList>(response));

/** One edition of one analysis, passage by passage. */
export const fetchPassages = (code: string, slug: string) =>
  fetch(`${API}passages/?${new URLSearchParams({ code, slug })}`).then((response) =>
    answerOf<TranslationPassages>(response),
  );

/** Marks a passage as following the English as it stands now, as `npm run translated` would. */
export const markCaughtUp = (code: string, slug: string, passage: string) =>
  post<TranslationPassages>('caught-up/', { code, slug, passage });

/** Replaces a passage's translated text; `was` is the text the page showed, so a change made elsewhere is not lost. */
export const saveText = (code: string, slug: string, passage: string, text: string, was: string) =>
  post<TranslationPassages>('text/', { code, slug, passage, text, was });
