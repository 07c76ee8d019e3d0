import { isTextField } from './kinds';
import { editorSettled } from './mechanisms';
import type { CaretLine } from './separators';

/**
 * Keeps the agent's caret when it is in the editor (they clicked where the phrase should go); otherwise puts it at
 * the end of the draft, where a person continuing the reply would type. Then makes the editor's model agree with
 * the DOM caret: ProseMirror, CKEditor 5, Lexical and Draft.js copy the DOM selection into their model on
 * `selectionchange`, which Chromium fires late (hundreds of ms with several tabs open), so an insert right after a
 * click or a Home key lands at their old caret. Their handlers read the DOM selection, so one dispatched here
 * brings them up to date at once.
 */
export async function placeCaret(editable: HTMLElement): Promise<void> {
  const doc = editable.ownerDocument;
  if (isTextField(editable)) {
    if (focusedIn(editable) === editable) return;
    editable.focus({ preventScroll: true });
    const end = editable.value.length;
    editable.setSelectionRange(end, end);
    return;
  }
  const selection = doc.getSelection();
  if (!selection) return;
  const inside = selection.rangeCount > 0 && editable.contains(selection.getRangeAt(0).commonAncestorContainer);
  if (focusedIn(editable) !== editable) {
    editable.focus({ preventScroll: true });
    // Draft.js ignores selection events until React has rendered the state its focus handler produced.
    await editorSettled();
  }
  if (!inside) {
    const range = doc.createRange();
    range.selectNodeContents(lastTextBlock(editable));
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  doc.dispatchEvent(new Event('selectionchange'));
  await editorSettled();
}

/**
 * Whether the caret is really in the editable, so typing there cannot land in another field: a disabled or
 * read-only composer (Live Helper Chat disables it once a chat is closed) does not take focus.
 */
export function caretIsIn(editable: HTMLElement): boolean {
  const doc = editable.ownerDocument;
  if (isTextField(editable)) return focusedIn(editable) === editable && !editable.readOnly && !editable.disabled;
  const selection = doc.getSelection();
  return (
    editable.isContentEditable &&
    !!selection?.rangeCount &&
    editable.contains(selection.getRangeAt(0).commonAncestorContainer)
  );
}

/** The focused element as the editable's own tree sees it: inside a shadow root, the document only sees the host. */
function focusedIn(editable: HTMLElement): Element | null {
  return (editable.getRootNode() as Document | ShadowRoot).activeElement;
}

/** The deepest last element: an editor's trailing paragraph, not the root (a caret there lands between blocks). */
function lastTextBlock(editable: HTMLElement): Node {
  let node: Element = editable;
  while (node.lastElementChild && node.lastElementChild.localName !== 'br') node = node.lastElementChild;
  return node;
}

/** The caret's line around the caret: decides whether the phrase needs separating spaces. */
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
