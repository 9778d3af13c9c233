import { PRECISIONS, type Precision } from '../../schemas/place';

/** What each precision tells the reader, for the editor choosing one in the field beside this one. */
const MEANINGS: Record<Precision, string> = {
  exact: 'the point is where it happened: a named site, a crossing, a dam.',
  city: 'the reporting names a town or city; the point is its centre.',
  province: 'the reporting names a province or region; the point stands for it.',
  approximate:
    'the point is a stand-in for somewhere named loosely; the name says “(approximate)” and the map draws a dashed ring.',
  country: 'the reporting names only the country; the map marks the whole country.',
  border: 'it happened on a border the map draws (choose “A border” above).',
};

/** The precisions explained, with those this place allows said first and in bold. */
export function PlacePrecisions({ allowed, id }: { allowed: readonly Precision[]; id: string }) {
  return (
    <details className="place-field-hint" id={id}>
      <summary>Precision: what each choice means</summary>
      <p>
        Choose it in “How precisely the place is known” below.
        {allowed.length > 0 ? ` This place takes ${allowed.join(', ')}.` : ' An event with no place has no precision.'}
      </p>
      <dl>
        {PRECISIONS.map((precision) => (
          <div key={precision} className={allowed.includes(precision) ? 'is-allowed' : undefined}>
            <dt>{precision}</dt>
            <dd>{MEANINGS[precision]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
