import { isMap, isScalar, isSeq, Scalar, visit, type Document } from 'yaml';

/**
 * Strings the frontmatter writes plain: a day (2022-02-07), an id or a kind (six-months-on,
 * clarification), a country code (AFG). Free text is quoted.
 */
const PLAIN_LOOKING = /^(?:\d{4}-\d{2}-\d{2}|[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]{3})$/;

const isPlainLooking = (node: unknown) =>
  isScalar(node) && typeof node.value === 'string' && PLAIN_LOOKING.test(node.value);

/** The quotes the file puts around free text: the ones it uses most, double where it uses none. */
export function usualQuote(doc: Document): Scalar.Type {
  let double = 0;
  let single = 0;
  visit(doc, {
    Scalar(_, node) {
      if (node.type === Scalar.QUOTE_DOUBLE) double += 1;
      if (node.type === Scalar.QUOTE_SINGLE) single += 1;
    },
  });
  return single > double ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
}

/**
 * Styles a new node like the nodes it stands beside (`examples`: the same field of sibling
 * items, or the value it replaces): their quotes, their flow or block lists and maps. Without
 * an example, free text takes the file's usual quotes, and a list of ids is written inline.
 */
export function styleLike(node: unknown, examples: unknown[], quote: Scalar.Type): void {
  if (isScalar(node) && typeof node.value === 'string') {
    const example = examples.find((other) => isScalar(other) && typeof other.value === 'string');
    node.type = (isScalar(example) ? example.type : undefined) ?? (isPlainLooking(node) ? Scalar.PLAIN : quote);
  } else if (isSeq(node)) {
    const lists = examples.filter(isSeq);
    // An empty list is `[]` whatever its siblings are: a block list with no items prints badly.
    node.flow = node.items.length === 0 || (lists[0]?.flow ?? node.items.every(isPlainLooking));
    const items = lists.flatMap((list) => list.items);
    for (const item of node.items) styleLike(item, items, quote);
  } else if (isMap(node)) {
    const maps = examples.filter(isMap);
    node.flow = node.items.length === 0 || (maps[0]?.flow ?? false);
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const values = maps.map((map) => map.get(key, true)).filter((value) => value !== undefined);
      styleLike(pair.value, values, quote);
    }
  }
}
