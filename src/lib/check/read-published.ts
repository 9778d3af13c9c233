import { PublishedRecordSchema, type PublishedRecord } from '../../schemas/published';
import { KNOWN_FIELDS } from './known-fields';
import { decodeUtf8, parseJson, type Read, type SourceFile } from './read-sources';
import { schemaProblems } from './schema-problems';

/** The record of what readers were shown, read and checked; its "//" note aside. */
export function readPublishedRecord(file: SourceFile): Read<PublishedRecord> {
  const text = decodeUtf8(file);
  if (text.problems) return text;
  const json = parseJson(file.path, text.value);
  if (json.problems) return json;
  const parsed = PublishedRecordSchema.safeParse(json.value);
  if (!parsed.success) return { problems: schemaProblems(parsed.error.issues, json.value, file.path, KNOWN_FIELDS) };
  return {
    value: Object.fromEntries(
      Object.entries(parsed.data).filter(
        (entry): entry is [string, PublishedRecord[string]] => typeof entry[1] !== 'string',
      ),
    ),
  };
}
