import { EDITOR_PROFILES, isTextField } from './kinds';

/** Where an editable hides inside a wrapper: known editors first, so a toolbar's own inputs are never picked. */
const EDITABLE_INSIDE = [
  ...EDITOR_PROFILES.map((p) => p.editable),
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  'textarea',
  'input:not([type]), input[type="text"]',
].join(', ');

/**
 * The element that really takes the agent's typing. An adapter's composer may be a wrapper, a node inside a rich
 * editor, an iframe (classic CKEditor 4 / TinyMCE style editors), or the source <textarea> that Summernote and
 * CKEditor hide and replace with their own editable right after it.
 */
export function resolveEditable(composer: HTMLElement): HTMLElement | null {
  if (composer.localName === 'iframe') return iframeBody(composer as HTMLIFrameElement);
  if (isTextField(composer)) return isRendered(composer) ? composer : (editorAfter(composer) ?? composer);
  if (composer.isContentEditable) return editingHost(composer);
  const inside = composer.querySelector<HTMLElement>(EDITABLE_INSIDE);
  return inside ? resolveEditable(inside) : null;
}

function iframeBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    const doc = frame.contentDocument;
    if (!doc?.body) return null;
    return doc.designMode === 'on' || doc.body.isContentEditable ? doc.body : resolveEditable(doc.body);
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

function isRendered(el: HTMLElement): boolean {
  return el.getClientRects().length > 0;
}

function editorAfter(source: HTMLElement): HTMLElement | null {
  for (let next = source.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.localName === 'script') continue;
    const editable = next.matches(EDITABLE_INSIDE)
      ? (next as HTMLElement)
      : next.querySelector<HTMLElement>(EDITABLE_INSIDE);
    if (editable && isRendered(editable)) return resolveEditable(editable);
  }
  return null;
}
