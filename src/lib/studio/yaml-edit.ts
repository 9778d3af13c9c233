import { isMap, isSeq, type Document, type Node, type Scalar } from 'yaml';
import type { Restored } from './restore';
import { usualQuote, styleLike } from './yaml-style';
import { isPlain, sameValue } from './values';

interface Editing {
  doc: Document;
  restored: Restored;
  quote: Scalar.Type;
}

/**
 * Changes a parsed frontmatter in place from the values it had (`was`) to the restored ones,
 * touching only the nodes whose values changed: every other node keeps its quotes, its flow or
 * block layout and its place, so that `String(doc)` leaves their lines as they were.
 */
export function editDocument(doc: Document, was: unknown, restored: Restored): void {
  const editing: Editing = { doc, restored, quote: usualQuote(doc) };
  doc.contents = editNode(doc.contents, was, restored.value, [], editing) as Document['contents'];
}

/** A new node for a value, styled like `examples`. */
export function freshNode(doc: Document, value: unknown, examples: unknown[], quote: Scalar.Type): Node {
  const node = doc.createNode(value);
  styleLike(node, examples, quote);
  return node;
}

function editNode(node: unknown, was: unknown, now: unknown, siblings: unknown[], editing: Editing): unknown {
  if (sameValue(was, now)) return node;
  if (isMap(node) && isPlain(was) && isPlain(now)) {
    for (const key of Object.keys(was)) if (!Object.hasOwn(now, key)) node.delete(key);
    for (const [key, value] of Object.entries(now)) {
      const beside = siblings.filter(isMap).flatMap((map) => (map.has(key) ? [map.get(key, true)] : []));
      const edited = Object.hasOwn(was, key)
        ? editNode(node.get(key, true), was[key], value, beside, editing)
        : freshNode(editing.doc, value, beside, editing.quote);
      node.set(key, edited);
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(was) && Array.isArray(now)) {
    node.items = now.map((item, index) => {
      const onDisk = indexOnDisk(was, item, index, editing.restored);
      return onDisk === -1
        ? freshNode(editing.doc, item, node.items, editing.quote)
        : editNode(node.items[onDisk], was[onDisk], item, node.items, editing);
    });
    if (node.items.length === 0) node.flow = true;
    return node;
  }
  return freshNode(editing.doc, now, [node, ...siblings], editing.quote);
}

/** Where a restored item was in the list on disk: an object where it was restored from, a plain value at its index. */
function indexOnDisk(was: unknown[], item: unknown, index: number, restored: Restored): number {
  if (item !== null && typeof item === 'object') return was.indexOf(restored.baseOf.get(item));
  return index < was.length ? index : -1;
}
