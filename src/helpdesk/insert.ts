import type { InsertResult } from '../messaging/protocol';
import { caretIsIn, caretLine, placeCaret } from './editors/caret';
import { compositionSettled, watchComposition } from './editors/composition';
import { editorKindOf, profileOf } from './editors/kinds';
import { editorSettled, MECHANISMS, occurrences, shownText } from './editors/mechanisms';
import { resolveEditable } from './editors/resolve';
import { withSeparators } from './editors/separators';

export { watchComposition };

// Long enough for an agent to pick the IME candidate they were on; after that the insert is refused, not queued.
const COMPOSITION_WAIT_MS = 3000;

/**
 * Puts a phrase into the helpdesk's composer so that the editor's own state holds it, and never sends: at the
 * agent's caret when it is in the editor, else after the draft, with a space where a person would type one.
 * Each editor kind gets the mechanisms measured to reach its model (see editors/kinds.ts). The next mechanism is
 * tried only when the previous one left the editor untouched and unclaimed, so a phrase is never inserted twice.
 */
export async function insertIntoComposer(composer: HTMLElement, text: string): Promise<InsertResult> {
  const editable = resolveEditable(composer);
  if (!editable) return { ok: false, error: 'no-composer' };
  if (!(await compositionSettled(editable.ownerDocument, COMPOSITION_WAIT_MS))) return { ok: false, error: 'rejected' };

  const { mechanisms, typesLineBreaks } = profileOf(editorKindOf(editable));
  await placeCaret(editable);
  if (!caretIsIn(editable)) return { ok: false, error: 'rejected' };
  const phrase = withSeparators(text.replace(/\r\n?/g, '\n'), caretLine(editable));
  const wanted = phrase.replace(/\s+/g, '');
  const before = shownText(editable);
  const countBefore = occurrences(before, wanted);

  for (const mechanism of mechanisms) {
    if (mechanism === 'type' && !typesLineBreaks && phrase.includes('\n')) continue;
    const claim = MECHANISMS[mechanism](editable, phrase);
    await editorSettled();
    const after = shownText(editable);
    if (occurrences(after, wanted) > countBefore) return { ok: true };
    if (claim === 'claimed' || after !== before) break;
  }
  return { ok: false, error: 'rejected' };
}
