import { useEffect, useRef, useState } from 'react';
import type { PassagePair } from '../../lib/content/editions/side-by-side';
import type { EditionSummary } from '../../integrations/studio/translations';
import { MdxText } from './MdxText';
import { STANDING_WORDS } from './standing';

/** One passage: the original and its translation, the edition's language and what the page does on a click. */
interface Props {
  pair: PassagePair;
  /** Its place in the analysis, from 1. */
  number: number;
  edition: EditionSummary;
  onCaughtUp: (id: string) => Promise<boolean>;
  onSave: (id: string, text: string, was: string) => Promise<boolean>;
}

/**
 * A passage as a row: the English on the left, the edition on the right in its own language and
 * direction, and, where it is behind, the mark and the button that clears it. Once the button has
 * done its work it goes, so focus moves to the passage's heading rather than being lost.
 */
export function PassageRow({ pair, number, edition, onCaughtUp, onSave }: Props) {
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'heading' | 'edit'>();
  useEffect(() => {
    if (focusAfter === 'heading') heading.current?.focus();
    if (focusAfter === 'edit') editButton.current?.focus();
    setFocusAfter(undefined);
  }, [focusAfter]);

  const words = STANDING_WORDS[pair.standing];
  const waiting = pair.standing === 'behind' || pair.standing === 'unstamped';
  const headingId = `passage-${pair.id}`;
  const textareaId = `text-${pair.id}`;

  const markCaughtUp = async () => {
    setBusy(true);
    const done = await onCaughtUp(pair.id);
    setBusy(false);
    if (done) setFocusAfter('heading');
  };
  const save = async () => {
    if (draft === undefined) return;
    setBusy(true);
    const done = await onSave(pair.id, draft, pair.translation ?? '');
    setBusy(false);
    if (done) {
      setDraft(undefined);
      setFocusAfter('edit');
    }
  };
  const cancel = () => {
    setDraft(undefined);
    setFocusAfter('edit');
  };

  return (
    <li className={`row ${pair.standing}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} tabIndex={-1} ref={heading}>
          Passage {number} <code>{pair.id}</code>{' '}
          <span className="standing">
            {pair.standing !== 'current' && <span aria-hidden="true">⚠ </span>}
            {words.label}
          </span>
        </h3>
        {words.detail && <p className="detail">{words.detail}</p>}
        <div className="sides">
          <div className="side">
            <p className="side-name">English</p>
            <div className="text" lang="en" dir="ltr">
              <MdxText text={pair.english} />
            </div>
          </div>
          <div className="side">
            <p className="side-name">
              {edition.englishName}{' '}
              <span lang={edition.htmlLang} dir={edition.dir}>
                ({edition.name})
              </span>
            </p>
            {draft === undefined ? (
              <div className="text edition" lang={edition.htmlLang} dir={edition.dir}>
                <MdxText text={pair.translation ?? ''} />
              </div>
            ) : (
              <>
                <label htmlFor={textareaId} className="sr-only">
                  {edition.englishName} text of passage {number}
                </label>
                <textarea
                  id={textareaId}
                  className="text edition"
                  lang={edition.htmlLang}
                  dir={edition.dir}
                  value={draft}
                  autoFocus
                  onChange={(event) => setDraft(event.target.value)}
                  onKeyDown={(event) => event.key === 'Escape' && cancel()}
                />
              </>
            )}
          </div>
        </div>
        <div className="actions">
          {waiting && draft === undefined && (
            <button type="button" className="primary" disabled={busy} onClick={markCaughtUp}>
              Caught up<span className="sr-only">: passage {number}</span>
            </button>
          )}
          {pair.translation !== undefined && draft === undefined && (
            <button type="button" ref={editButton} disabled={busy} onClick={() => setDraft(pair.translation)}>
              Edit translation<span className="sr-only"> of passage {number}</span>
            </button>
          )}
          {draft !== undefined && (
            <>
              <button type="button" className="primary" disabled={busy} onClick={save}>
                Save<span className="sr-only"> passage {number}</span>
              </button>
              <button type="button" disabled={busy} onClick={cancel}>
                Cancel
              </button>
            </>
          )}
        </div>
      </article>
    </li>
  );
}
