import { NOT_COMPOSER_WORDS } from './signal-words';

const EDITABLE =
  'textarea, input:not([type]), input[type="text"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** Every open shadow root under `root`: chat widgets and web-component consoles render inside them. */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(el.shadowRoot, ...openShadowRoots(el.shadowRoot));
  }
  return found;
}

function isVisible(el: HTMLElement): boolean {
  return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;
}

/** Search boxes, filters and read-only fields are never the reply box. */
function isCandidate(el: HTMLElement): boolean {
  if ((el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && (el.disabled || el.readOnly)) {
    return false;
  }
  // The outermost editable element is the editor; nested ones are its parts.
  if (el.parentElement?.isContentEditable) return false;
  const described = ['placeholder', 'aria-label', 'name', 'id', 'title', 'role']
    .map((name) => el.getAttribute(name) ?? '')
    .join(' ');
  if (NOT_COMPOSER_WORDS.test(described) || el.closest('[role="search"], [aria-modal="true"]')) return false;
  return isVisible(el);
}

/** Reply boxes are multi-line editors low on the screen; a single-line input only wins when nothing else is there. */
function composerScore(el: HTMLElement, viewportHeight: number): number {
  const rect = el.getBoundingClientRect();
  const multiLine = el instanceof HTMLInputElement ? 0 : 2;
  const low = Math.min(rect.bottom, viewportHeight) / Math.max(viewportHeight, 1);
  const area = Math.min(rect.width * rect.height, 200_000) / 200_000;
  return multiLine + low + area;
}

/** The agent's reply box: the best placed visible editor of the page, in the document or an open shadow root. */
export function findComposer(doc: Document): HTMLElement | null {
  const viewportHeight = doc.defaultView?.innerHeight ?? 800;
  let best: HTMLElement | null = null;
  let bestScore = -1;
  for (const root of [doc, ...openShadowRoots(doc)]) {
    for (const el of root.querySelectorAll<HTMLElement>(EDITABLE)) {
      if (!isCandidate(el)) continue;
      const score = composerScore(el, viewportHeight);
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
  }
  return best;
}

/** What the composer holds now: a draft the agent is writing, or nothing once it was sent. */
export function composerText(composer: HTMLElement): string {
  const raw =
    composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement
      ? composer.value
      : (composer.textContent ?? '');
  // Rich editors keep a zero-width space in an empty paragraph.
  return raw
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
