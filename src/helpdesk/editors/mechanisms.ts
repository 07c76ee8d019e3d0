import { isTextField, type Mechanism } from './kinds';

/**
 * Each mechanism reaches the editor the way the browser would: content scripts live in an isolated world and
 * cannot call the page's editor API, but events and the editing pipeline cross into the page.
 */
export const MECHANISMS: Record<Mechanism, (editable: HTMLElement, text: string) => Claim> = {
  // The browser's typing pipeline: fires beforeinput/input, keeps the undo stack, and React's textarea tracker
  // sees a real change (setting `value` would be reverted on React's next render).
  type: (editable, text) => {
    editable.ownerDocument.execCommand('insertText', false, text);
    return 'unknown';
  },
  // A paste the editor's clipboard handler parses into its model; line breaks become its own paragraphs.
  paste: (editable, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // Calling preventDefault is how an editor says it took the paste; a synthetic paste has no default action.
    return editable.dispatchEvent(event) ? 'unknown' : 'claimed';
  },
  // Last resort for text fields where execCommand is refused; setRangeText bypasses React's value setter, so the
  // input event that follows still reads as a change.
  setValue: (editable, text) => {
    if (!isTextField(editable)) return 'unknown';
    const end = editable.selectionEnd ?? editable.value.length;
    editable.setRangeText(text, editable.selectionStart ?? end, end, 'end');
    editable.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return 'unknown';
  },
};

/** Whether the editor said it took the text; 'unknown' leaves it to what its DOM shows. */
export type Claim = 'claimed' | 'unknown';

/**
 * Resolves after the editor has rendered what it took: Lexical commits in a microtask and React re-renders
 * after the event. A MessageChannel task, unlike a timer, is not throttled in a background tab.
 */
export function editorSettled(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** What the editor shows, for checking an insertion landed; whitespace differs per editor so it is dropped. */
export function shownText(editable: HTMLElement): string {
  const raw = isTextField(editable) ? editable.value : (editable.textContent ?? '');
  return raw.replace(/\s+/g, '');
}

export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}
