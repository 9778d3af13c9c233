import { Document, isMap, isScalar, isSeq, YAMLMap, type Pair } from 'yaml';
import { sameValue, type Plain } from './values';

/**
 * How the frontmatter is written out: never folded (a folded line would move every later line).
 * The files write a flow list unpadded and a flow map padded (`region: [AFG, IRN]`, `period:
 * { from: … }`), which no one option of the `yaml` package does (`flowCollectionPadding` pads
 * both), so each top-level field is printed alone, with the padding its kind takes.
 */
const options = (flowCollectionPadding: boolean) => ({ lineWidth: 0, flowCollectionPadding });

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);

/** The text of each top-level field of a frontmatter as the file has it, from its key to the next. */
function fieldTexts(source: string, doc: Document): Map<string, string> {
  const texts = new Map<string, string>();
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  pairs.forEach((pair, index) => {
    const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const next = pairs[index + 1]?.key;
    const end = isScalar(next) ? next.range?.[0] : source.length;
    if (start !== undefined && end !== undefined) texts.set(keyOf(pair), source.slice(start, end));
  });
  return texts;
}

/** One top-level field, printed alone. */
function printField(pair: Pair, flowCollectionPadding: boolean): string {
  const alone = new Document();
  const map = new YAMLMap();
  map.items.push(pair);
  alone.contents = map;
  return alone.toString(options(flowCollectionPadding));
}

/** The files' habit: `region: [AFG, IRN]`, `period: { from: … }`. */
const paddingFor = (pair: Pair) => !(isSeq(pair.value) && pair.value.flow);

/**
 * The frontmatter of `doc` (edited) as text: each field whose value is unchanged from `before`
 * exactly as the file wrote it (`source`, parsed as `original`), each changed or new one printed.
 */
export function printFrontmatter(doc: Document, before: Plain, source: string, original: Document): string {
  const onDisk = fieldTexts(source, original);
  const firstKey = isMap(original.contents) ? original.contents.items[0]?.key : undefined;
  const head = isScalar(firstKey) && firstKey.range ? source.slice(0, firstKey.range[0]) : '';
  const now = doc.toJS() as Plain;
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  const fields = pairs.map((pair) => {
    const key = keyOf(pair);
    const kept = onDisk.get(key);
    if (kept !== undefined && Object.hasOwn(before, key) && sameValue(before[key], now[key])) return kept;
    return printField(pair, paddingFor(pair));
  });
  return head + fields.join('');
}
