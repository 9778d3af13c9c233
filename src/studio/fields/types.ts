/**
 * What the CMS hands a custom field (Sveltia CMS's custom field props, the part the studio uses):
 * its value, a way to change it, the field's configuration and the whole entry being edited.
 */
export interface FieldProps<Value> {
  value: Value | undefined;
  onChange: (value: Value) => void;
  forID: string;
  /** The field's configuration, an Immutable Map: `field.get('name')`. */
  field: { get: (key: string) => unknown };
  /** The whole entry being edited, an Immutable Map: `entry.getIn(['data', 'title'])`; `toJS()` for plain values. */
  entry?: { getIn: (path: string[]) => unknown; toJS: () => unknown };
}
