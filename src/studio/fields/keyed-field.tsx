import type { FieldProps } from './types';
import { plain } from '../drafts';

type Words = string | { [key: string]: Words };

/**
 * The words of an edition keyed by the English (an event's id, a capital's English name, a
 * border's id): each key as a label, its words as inputs. Keys are the English's own and are
 * never added or removed here; the content check says when one is missing.
 */
export function KeyedField({ value, onChange, forID }: FieldProps<Record<string, Words>>) {
  const words = plain<Record<string, Words>>(value) ?? {};
  const set = (path: string[], text: string) => {
    const next = structuredClone(words);
    let place = next as Record<string, Words>;
    for (const key of path.slice(0, -1)) place = place[key] as Record<string, Words>;
    place[path.at(-1)!] = text;
    onChange(next);
  };
  const rows = (node: Record<string, Words>, path: string[]): React.ReactNode =>
    Object.entries(node).map(([key, inner]) => {
      const here = [...path, key];
      const id = `${forID}-${here.join('-')}`;
      return typeof inner === 'string' ? (
        <p key={key} style={{ margin: '.3rem 0' }}>
          <label htmlFor={id} style={{ display: 'block', fontSize: '13px' }} dir="ltr">
            {here.join(' › ')}
          </label>
          <input
            id={id}
            value={inner}
            dir="auto"
            onChange={(event) => set(here, event.target.value)}
            style={{ width: '100%', font: 'inherit', padding: '.3rem' }}
          />
        </p>
      ) : (
        <fieldset key={key} style={{ border: '1px solid #ccc', margin: '.4rem 0', padding: '.4rem .6rem' }}>
          <legend dir="ltr">{key}</legend>
          {rows(inner, here)}
        </fieldset>
      );
    });
  return <div data-studio-field="keyed">{rows(words, [])}</div>;
}
