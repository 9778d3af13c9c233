/** A list in a sentence, "a, b and c", with the edition's comma and its word before the last item. */
export const listInSentence = (items: readonly string[], comma: string, last: string): string =>
  items.length > 1 ? `${items.slice(0, -1).join(comma)}${last}${items.at(-1)}` : (items[0] ?? '');
