import { useState } from 'react';
import type { TranslationPassages } from '../../integrations/studio/translations';
import { PassageRow } from './PassageRow';

/** The chosen edition of one analysis, and what the page does when a passage is marked or saved. */
interface Props {
  piece: TranslationPassages;
  /** Marks a passage caught up; resolves true once the file is written. */
  onCaughtUp: (id: string) => Promise<boolean>;
  /** Saves a passage's translated text; resolves true once the file is written. */
  onSave: (id: string, text: string, was: string) => Promise<boolean>;
}

/** One edition of one analysis, passage by passage, with a way to see only what needs the translator. */
export function PassageList({ piece, onCaughtUp, onSave }: Props) {
  const [onlyWaiting, setOnlyWaiting] = useState(false);
  const { counts, edition } = piece;
  const shown = onlyWaiting ? piece.passages.filter((pair) => pair.standing !== 'current') : piece.passages;
  return (
    <section aria-labelledby="passages-heading" className="passages">
      <h2 id="passages-heading">
        {edition.englishName} edition of <cite>{piece.title}</cite>
      </h2>
      <p>
        {piece.passages.length} passages: <strong>{counts.behind} behind</strong>, {counts.unstamped} not marked,{' '}
        {counts.untranslated} missing. The edition’s file is <code>{piece.files.edition}</code>; the English is{' '}
        <code>{piece.files.original}</code>.
      </p>
      <p className="filter">
        <input
          type="checkbox"
          id="only-waiting"
          checked={onlyWaiting}
          onChange={(event) => setOnlyWaiting(event.target.checked)}
        />
        <label htmlFor="only-waiting">Show only passages that need a translator</label>
      </p>
      {shown.length === 0 && <p>Every passage follows the English as it stands.</p>}
      <ol className="rows">
        {shown.map((pair) => (
          <PassageRow
            key={pair.id}
            pair={pair}
            number={piece.passages.indexOf(pair) + 1}
            edition={edition}
            onCaughtUp={onCaughtUp}
            onSave={onSave}
          />
        ))}
      </ol>
    </section>
  );
}
