import { EDITOR_PROFILES, isTextField } from './kinds';

/** Where an editable hides inside a wrapper, best first: known editors, then any editable, then text fields. */
const EDITABLES_BY_PRIORITY = [
  ...EDITOR_PROFILES.map((p) => p.editable),
  '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
  'textarea',
  'input:not([type]), input[type="text"]',
];

/**
 * The element that really takes the agent's typing. An adapter's composer may be a wrapper, a node inside a rich
 * editor, an iframe (CKEditor 4 / TinyMCE style editors), or the source <textarea> that Summernote and CKEditor
 * hide and replace with their own editable right after it (FreeScout's `textarea[name="body"]`).
 */
export function resolveEditable(composer: HTMLElement): HTMLElement | null {
  if (composer.localName === 'iframe') return iframeBody(composer as HTMLIFrameElement);
  if (!isRendered(composer)) return editorAfter(composer);
  if (isTextField(composer)) return composer;
  if (composer.isContentEditable) return editingHost(composer);
  return firstEditableIn(composer);
}

function firstEditableIn(root: Element): HTMLElement | null {
  for (const selector of EDITABLES_BY_PRIORITY) {
    const found = Array.from(root.querySelectorAll<HTMLElement>(selector)).find(isRendered);
    if (found) return resolveEditable(found);
  }
  return null;
}

function iframeBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    const body = frame.contentDocument?.body;
    if (!body) return null;
    return body.ownerDocument.designMode === 'on' || body.isContentEditable ? body : firstEditableIn(body);
  } catch {
    // Cross-origin: the content script running inside that frame answers instead.
    return null;
  }
}

/** The outermost contenteditable element: the one the editor library owns and listens on. */
function editingHost(node: HTMLElement): HTMLElement {
  let host = node;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

function isRendered(el: Element): boolean {
  return el.getClientRects().length > 0;
}

function editorAfter(source: Element): HTMLElement | null {
  for (let next = source.nextElementSibling; next; next = next.nextElementSibling) {
    if (!isRendered(next)) continue;
    if (EDITABLES_BY_PRIORITY.some((selector) => next.matches(selector))) return resolveEditable(next as HTMLElement);
    const inside = firstEditableIn(next);
    if (inside) return inside;
  }
  return null;
}
