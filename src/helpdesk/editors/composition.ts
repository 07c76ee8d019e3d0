const composing = new WeakMap<Document, boolean>();

/**
 * Follows IME composition in a document. While a Chinese or Japanese IME is composing, the editor's DOM holds
 * uncommitted candidate text that the IME replaces on commit, so anything inserted then is mangled or lost.
 */
export function watchComposition(doc: Document): void {
  if (composing.has(doc)) return;
  composing.set(doc, false);
  doc.addEventListener('compositionstart', () => composing.set(doc, true), true);
  doc.addEventListener('compositionend', () => composing.set(doc, false), true);
}

export function isComposing(doc: Document): boolean {
  return composing.get(doc) ?? false;
}
