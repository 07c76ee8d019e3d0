/** The text on the caret's line, either side of the caret (or of the selection it replaces). */
export interface CaretLine {
  before: string;
  after: string;
}

// Han, kana, hangul and full-width punctuation: written without spaces between phrases.
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** What a person would type around a phrase: spaces between words, nothing next to CJK text or existing spaces. */
export function withSeparators(text: string, line: CaretLine): string {
  return gap(line.before.slice(-1), text.charAt(0)) + text + gap(text.slice(-1), line.after.charAt(0));
}

// Punctuation that hugs the word after (left) or before (right) it.
const OPENING = /[([{/]/;
const CLOSING = /[,.!?;:)\]}]/;

function gap(left: string, right: string): string {
  if (!left || !right || /\s/.test(left) || /\s/.test(right)) return '';
  if (CJK.test(left) || CJK.test(right) || OPENING.test(left) || CLOSING.test(right)) return '';
  return ' ';
}
