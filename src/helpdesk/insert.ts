import type { InsertResult } from '../messaging/protocol';

/**
 * Puts text into the helpdesk's composer the way a person typing would, so the editor's own state keeps it,
 * and never sends. execCommand('insertText') goes through the browser's editing pipeline: it fires the input
 * events editors listen to and keeps the undo stack; setRangeText is the fallback where it is refused.
 */
export function insertIntoComposer(composer: HTMLElement, text: string): InsertResult {
  composer.focus();
  const doc = composer.ownerDocument;
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const separator = composer.value && !/\s$/.test(composer.value) ? ' ' : '';
    if (doc.execCommand('insertText', false, separator + text)) return { ok: true };
    const end = composer.selectionEnd ?? composer.value.length;
    composer.setRangeText(separator + text, end, end, 'end');
    composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return { ok: true };
  }
  if (composer.isContentEditable) {
    return doc.execCommand('insertText', false, text) ? { ok: true } : { ok: false, error: 'rejected' };
  }
  return { ok: false, error: 'rejected' };
}
