/** "the Durand Line" → "The Durand Line": for a name that starts a label or a sentence. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
