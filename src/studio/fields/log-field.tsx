import { useState } from 'react';
import { plain, useDraftCheck } from '../drafts';
import type { FieldProps } from './types';

type Entry = Record<string, unknown>;
interface SubField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: { label: string; value: string }[];
}

/** Today as the log writes it: YYYY-MM-DD. */
const today = () => new Date().toISOString().slice(0, 10);

const input = {
  width: '100%',
  font: 'inherit',
  padding: '.35rem',
  boxSizing: 'border-box',
  border: '1px solid #767676',
  borderRadius: '4px',
} as const;

/**
 * The log of changes (corrections, clarifications, updates and minor edits), newest last. When
 * the entry being edited changes words readers have seen and no entry speaks for them, the field
 * says so above the list and offers the entry, prefilled: the part, today's date and the words
 * readers were shown.
 */
export function LogField({ value, onChange, forID, field, entry }: FieldProps<Entry[]>) {
  // The CMS hands a custom field back an empty list once the field has changed its list (its store
  // holds the entries, one value per key); the entry it passes holds them whole.
  const name = String(field.get('name'));
  const inEntry = plain<{ data?: Record<string, unknown> }>(entry)?.data?.[name];
  const entries = Array.isArray(inEntry) ? (inEntry as Entry[]) : (plain<Entry[]>(value) ?? []);
  const fields = plain<SubField[]>(field.get('fields')) ?? [];
  // Entries added since the field opened stand open; those already in the file are folded.
  const [opened] = useState(entries.length);
  const withEarlier = fields.some((sub) => sub.name === 'earlier');
  const path = plain<{ path?: string }>(entry)?.path ?? '';
  const { check } = useDraftCheck(entry);
  const prompts = (check?.prompts ?? []).filter(
    (prompt) => prompt.file === path && (withEarlier ? prompt.code === 'en' : prompt.code !== 'en'),
  );

  const change = (index: number, name: string, text: string) => {
    const next = entries.map((item, at) => (at === index ? { ...item, [name]: text } : item));
    onChange(next);
  };
  const add = (prompt?: (typeof prompts)[number]) => {
    const earlier = prompt?.earlier?.replace(/\s+/g, ' ').trim();
    const fresh: Entry = {
      date: today(),
      kind: 'correction',
      passage: prompt?.passage ?? '',
      wrong: withEarlier || !earlier ? '' : `«${earlier}»`,
      right: '',
      ...(withEarlier && earlier ? { earlier } : {}),
    };
    onChange([...entries, fresh]);
  };
  const remove = (index: number) => onChange(entries.filter((_, at) => at !== index));

  return (
    <div data-studio-field="log">
      {prompts.length > 0 && (
        <div
          role="alert"
          style={{
            border: '2px solid #b45309',
            background: '#fffbeb',
            color: '#1a1a1a',
            padding: '.6rem .8rem',
            marginBottom: '.8rem',
          }}
        >
          <p style={{ margin: '0 0 .4rem', fontWeight: 600 }}>
            Readers have seen words this change replaces. Nothing they have seen changes silently: log it.
          </p>
          <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
            {prompts.map((prompt) => (
              <li key={prompt.part} style={{ marginBottom: '.3rem' }}>
                {prompt.part}{' '}
                <button type="button" onClick={() => add(prompt)} style={{ font: 'inherit', padding: '.2rem .6rem' }}>
                  Add its log entry
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol style={{ paddingInlineStart: '1.4rem', margin: 0 }}>
        {entries.map((item, index) => {
          const title = `${String(item.date ?? '')} · ${String(item.kind ?? 'correction')} · ${String(item.passage ?? '')}`;
          return (
            <li key={index} data-entry={index} style={{ marginBottom: '.5rem' }}>
              <details open={index >= opened || !item.wrong}>
                <summary style={{ cursor: 'pointer' }}>{title}</summary>
                {fields.map((sub) => {
                  const id = `${forID}-${index}-${sub.name}`;
                  const current = item[sub.name];
                  const text = Array.isArray(current) ? current.join(', ') : String(current ?? '');
                  const set = (next: string) =>
                    sub.widget === 'list'
                      ? onChange(
                          entries.map((e, at) =>
                            at === index ? { ...e, [sub.name]: next.split(/[,\s]+/).filter(Boolean) } : e,
                          ),
                        )
                      : change(index, sub.name, next);
                  return (
                    <p key={sub.name} style={{ margin: '.4rem 0' }}>
                      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, fontSize: '14px' }}>
                        {sub.label}
                        {sub.required === false ? ' (optional)' : ''}
                      </label>
                      {sub.hint && (
                        <span id={`${id}-hint`} style={{ display: 'block', fontSize: '13px' }}>
                          {sub.hint}
                        </span>
                      )}
                      {sub.widget === 'select' ? (
                        <select
                          id={id}
                          value={text}
                          onChange={(event) => set(event.target.value)}
                          style={input}
                          aria-describedby={sub.hint ? `${id}-hint` : undefined}
                        >
                          <option value="">—</option>
                          {(sub.options ?? []).map((option) => (
                            <option key={option.value} value={option.value}>
                              {option.label}
                            </option>
                          ))}
                        </select>
                      ) : sub.widget === 'text' ? (
                        <textarea
                          id={id}
                          value={text}
                          dir="auto"
                          rows={3}
                          onChange={(event) => set(event.target.value)}
                          style={input}
                          aria-describedby={sub.hint ? `${id}-hint` : undefined}
                        />
                      ) : (
                        <input
                          id={id}
                          value={text}
                          dir="auto"
                          onChange={(event) => set(event.target.value)}
                          style={input}
                          aria-describedby={sub.hint ? `${id}-hint` : undefined}
                        />
                      )}
                    </p>
                  );
                })}
                <button type="button" onClick={() => remove(index)} style={{ font: 'inherit', padding: '.2rem .6rem' }}>
                  Remove this entry
                </button>
              </details>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => add()}
        style={{ font: 'inherit', padding: '.3rem .8rem', marginTop: '.4rem' }}
      >
        Add an entry
      </button>
    </div>
  );
}
