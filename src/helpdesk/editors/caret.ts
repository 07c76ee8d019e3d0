import { isTextField } from './kinds';

/**
 * Keeps the agent's caret when it is in the editor (they clicked where the phrase should go); otherwise puts it at
 * the end of the draft, where a person continuing the reply would type.
 */
export function placeCaret(editable: HTMLElement): void {
  const doc = editable.ownerDocument;
  if (isTextField(editable)) {
    if (doc.activeElement === editable) return;
    editable.focus();
    const end = editable.value.length;
    editable.setSelectionRange(end, end);
    return;
  }
  const selection = doc.getSelection();
  const inside = selection?.rangeCount && editable.contains(selection.getRangeAt(0).commonAncestorContainer);
  if (doc.activeElement !== editable) editable.focus({ preventScroll: true });
  if (inside || !selection) return;
  const range = doc.createRange();
  range.selectNodeContents(lastTextBlock(editable));
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The deepest last element: an editor's trailing paragraph, not the root (a caret there lands between blocks). */
function lastTextBlock(editable: HTMLElement): Node {
  let node: Element = editable;
  while (node.lastElementChild && node.lastElementChild.localName !== 'br') node = node.lastElementChild;
  return node;
}

/** The caret's line around the caret: decides whether the phrase needs separating spaces. */
export interface CaretLine {
  before: string;
  after: string;
}

export function caretLine(editable: HTMLElement): CaretLine {
  if (isTextField(editable)) {
    const { value } = editable;
    const start = editable.selectionStart ?? value.length;
    const end = editable.selectionEnd ?? start;
    const lineEnd = value.indexOf('\n', end);
    return {
      before: value.slice(value.lastIndexOf('\n', start - 1) + 1, start),
      after: value.slice(end, lineEnd === -1 ? undefined : lineEnd),
    };
  }
  const selection = editable.ownerDocument.getSelection();
  if (!selection?.rangeCount) return { before: '', after: '' };
  const caret = selection.getRangeAt(0);
  const block = blockOf(caret.startContainer, editable);
  const range = editable.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEnd(caret.startContainer, caret.startOffset);
  const before = lineText(range).at(-1) ?? '';
  range.setStart(caret.endContainer, caret.endOffset);
  range.setEnd(block, block.childNodes.length);
  const after = lineText(range)[0] ?? '';
  return { before, after };
}

/** The text of a range split at <br>, which rich editors use for line breaks inside a paragraph. */
function lineText(range: Range): string[] {
  const lines: string[] = [];
  let line = '';
  const walker = range.startContainer.ownerDocument?.createTreeWalker(range.cloneContents(), NodeFilter.SHOW_ALL);
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    if (node.nodeName === 'BR') {
      lines.push(line);
      line = '';
    } else if (node.nodeType === Node.TEXT_NODE) line += node.nodeValue ?? '';
  }
  lines.push(line);
  return lines;
}

const BLOCK = /^(p|div|li|h[1-6]|blockquote|pre|td|th)$/;

function blockOf(node: Node, editable: HTMLElement): Node {
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (el === editable || BLOCK.test(el.localName)) return el;
  }
  return editable;
}

// Han, kana, hangul and full-width punctuation: written without spaces between phrases.
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** What a person would type around a phrase: spaces between words, nothing next to CJK text or existing spaces. */
export function withSeparators(text: string, line: CaretLine): string {
  return gap(line.before.slice(-1), text.charAt(0)) + text + gap(text.slice(-1), line.after.charAt(0));
}

function gap(left: string, right: string): string {
  if (!left || !right || /\s/.test(left) || /\s/.test(right) || CJK.test(left) || CJK.test(right)) return '';
  return ' ';
}
