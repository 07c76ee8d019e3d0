import type { InsertResult } from '../messaging/protocol';
import { caretLine, placeCaret, withSeparators } from './editors/caret';
import { isComposing, watchComposition } from './editors/composition';
import { editorKindOf, profileOf } from './editors/kinds';
import { MECHANISMS, occurrences, shownText } from './editors/mechanisms';
import { resolveEditable } from './editors/resolve';

export { watchComposition };

/**
 * Puts a phrase into the helpdesk's composer so that the editor's own state holds it, and never sends: at the
 * agent's caret when it is in the editor, else after the draft, with a space where a person would type one.
 * Each editor kind gets the mechanisms measured to reach its model (see editors/kinds.ts); a mechanism that
 * leaves the editor untouched is followed by the next, one that changed something is never repeated, so a phrase
 * is not inserted twice.
 */
export function insertIntoComposer(composer: HTMLElement, text: string): InsertResult {
  const editable = resolveEditable(composer);
  if (!editable) return { ok: false, error: 'no-composer' };
  const doc = editable.ownerDocument;
  watchComposition(doc);
  if (isComposing(doc)) return { ok: false, error: 'rejected' };

  const { mechanisms, typesLineBreaks } = profileOf(editorKindOf(editable));
  placeCaret(editable);
  const phrase = withSeparators(text.replace(/\r\n?/g, '\n'), caretLine(editable));
  const wanted = phrase.replace(/\s+/g, '');
  const before = shownText(editable);
  const countBefore = occurrences(before, wanted);

  for (const mechanism of mechanisms) {
    if (mechanism === 'type' && !typesLineBreaks && phrase.includes('\n')) continue;
    MECHANISMS[mechanism](editable, phrase);
    const after = shownText(editable);
    if (occurrences(after, wanted) > countBefore) return { ok: true };
    if (after !== before) break;
  }
  return { ok: false, error: 'rejected' };
}
