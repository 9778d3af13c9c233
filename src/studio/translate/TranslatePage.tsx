import { useCallback, useEffect, useState } from 'react';
import type { TranslationPassages, TranslationsList } from '../../integrations/studio/translations';
import { fetchList, fetchPassages, markCaughtUp, saveText } from './api';
import { EditionTable } from './EditionTable';
import { PassageList } from './PassageList';

/** Which edition of which analysis the address names (`?code=fa&slug=…`): links choose it, so it can be bookmarked. */
const chosen = () => {
  const query = new URLSearchParams(location.search);
  const code = query.get('code');
  const slug = query.get('slug');
  return code && slug ? { code, slug } : undefined;
};

/**
 * The translators' page: every analysis with how far each edition is behind the English, and the
 * chosen edition of one analysis passage by passage. What happens is said in a live region, so a
 * translator using a screen reader hears that a passage was marked or saved, and in which file.
 */
export function TranslatePage() {
  const [list, setList] = useState<TranslationsList>();
  const [piece, setPiece] = useState<TranslationPassages>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [choice] = useState(chosen);

  const refreshList = useCallback(() => fetchList().then(setList), []);
  useEffect(() => {
    const failed = (reason: unknown) => setError(String((reason as Error).message ?? reason));
    refreshList().catch(failed);
    if (choice) fetchPassages(choice.code, choice.slug).then(setPiece).catch(failed);
  }, [choice, refreshList]);

  /** Runs one write; says what it wrote, or why not; true when it was written. */
  const write = async (call: () => Promise<TranslationPassages>, done: (answer: TranslationPassages) => string) => {
    setError('');
    setStatus('');
    try {
      const answer = await call();
      setPiece(answer);
      setStatus(`${done(answer)} Wrote ${(answer.written ?? []).join(', ')}.`);
      await refreshList();
      return true;
    } catch (reason) {
      setError(`Not saved: ${(reason as Error).message}`);
      return false;
    }
  };

  return (
    <>
      <header className="bar">
        <a href="/studio/">← Studio</a>
      </header>
      <main>
        <h1>Translations</h1>
        <p className="lede">
          Each passage of a Dari or Pashto edition beside the English. A passage is <em>behind</em> when its English has
          changed since it was translated: bring the translation up to date, then mark it caught up.
        </p>
        <p role="status" className="status">
          {status}
        </p>
        <p role="alert" className="error">
          {error}
        </p>
        {list ? <EditionTable list={list} choice={choice} /> : <p>Loading the editions…</p>}
        {piece && (
          <PassageList
            piece={piece}
            onCaughtUp={(id) =>
              write(
                () => markCaughtUp(piece.edition.code, piece.slug, id),
                () => `Marked passage ${id} caught up with the English.`,
              )
            }
            onSave={(id, text, was) =>
              write(
                () => saveText(piece.edition.code, piece.slug, id, text, was),
                () => `Saved the ${piece.edition.englishName} text of passage ${id}.`,
              )
            }
          />
        )}
      </main>
    </>
  );
}
