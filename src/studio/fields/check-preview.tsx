import { useEffect, useRef } from 'react';
import { useDraftCheck, type CmsEntry } from '../drafts';

// Light or dark as the editor's system is, as the CMS around it is.
const box = {
  colorScheme: 'light dark',
  font: '15px/1.5 system-ui, sans-serif',
  color: 'light-dark(#1a1a1a, #ecebe7)',
  background: 'light-dark(#fff, #17181a)',
  padding: '1rem',
} as const;

/**
 * The preview pane says what the build would say of the entry as it stands, before it is saved:
 * the content check's own lines, those of this entry's files first, and the published parts it
 * changes without a log entry.
 */
export function CheckPreview({ entry }: { entry?: CmsEntry }) {
  const { check, error, pending } = useDraftCheck(entry);
  // The CMS draws the preview in a frame of its own, white whatever the system's choice: the
  // frame's page takes the box's colours.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    const page = section.current?.ownerDocument.documentElement;
    if (!page) return;
    page.style.colorScheme = box.colorScheme;
    page.style.background = box.background;
  }, []);
  return (
    <section ref={section} style={box} aria-labelledby="build-says" aria-busy={pending} data-studio-field="check">
      <h2 id="build-says" style={{ fontSize: '1.1rem', margin: '0 0 .5rem' }}>
        What the build says
      </h2>
      <div role="status" aria-live="polite">
        {error ? (
          <p>The check could not run: {error}</p>
        ) : !check ? (
          <p>Checking…</p>
        ) : check.problems.length === 0 ? (
          <p data-verdict="sound">✓ The build would accept the site with this entry as it stands.</p>
        ) : (
          <p data-verdict="problems">
            ✗ The build would stop: {check.problems.length} {check.problems.length === 1 ? 'problem' : 'problems'}. Each
            line names the file, the field, what it found and the fix.
          </p>
        )}
      </div>
      {check && check.problems.length > 0 && (
        <ul style={{ paddingInlineStart: '1.2rem' }}>
          {check.problems.map((line) => (
            <li
              key={line}
              style={{
                fontFamily: 'ui-monospace, monospace',
                fontSize: '13px',
                overflowWrap: 'anywhere',
                marginBottom: '.4rem',
              }}
            >
              {line}
            </li>
          ))}
        </ul>
      )}
      {check && check.prompts.length > 0 && (
        <p>
          Readers have seen {check.prompts.map((prompt) => prompt.part).join(', ')}: the log of changes asks for an
          entry.
        </p>
      )}
    </section>
  );
}
