const composing = new WeakMap<Document, boolean>();

/**
 * Follows IME composition in a document. While a Chinese or Japanese IME is composing, the editor's DOM holds
 * uncommitted candidate text that the IME replaces on commit, so anything inserted then is mangled or lost.
 * Call it early (when the content script starts) so a composition already under way is known.
 */
export function watchComposition(doc: Document): void {
  if (composing.has(doc)) return;
  composing.set(doc, false);
  doc.addEventListener('compositionstart', () => composing.set(doc, true), true);
  doc.addEventListener('compositionend', () => composing.set(doc, false), true);
}

/** Resolves true once no composition is under way in the document, false if it still is after `timeoutMs`. */
export function compositionSettled(doc: Document, timeoutMs: number): Promise<boolean> {
  watchComposition(doc);
  if (!composing.get(doc)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (settled: boolean) => {
      clearTimeout(timer);
      doc.removeEventListener('compositionend', onEnd, true);
      resolve(settled);
    };
    const onEnd = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    doc.addEventListener('compositionend', onEnd, true);
  });
}
