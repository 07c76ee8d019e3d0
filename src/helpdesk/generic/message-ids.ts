import { fallbackMessageId } from '../adapter';

/** Attributes chat pages keep a message's own id in; the first present one wins. */
const OWN_ID = ['data-message-id', 'data-msg-id', 'data-mid', 'data-id', 'data-key', 'id'] as const;

/** The message's own id, on it or on its only child (a row wrapping the message, as virtualised lists do). */
export function ownIdOf(item: Element): string | null {
  for (const el of [item, item.childElementCount === 1 ? item.firstElementChild : null]) {
    for (const name of OWN_ID) {
      const value = el?.getAttribute(name);
      if (value) return value;
    }
  }
  return null;
}

/** The id of a message the page gives none: its sender and text, as the first such message. */
export function firstIdOf(author: string | undefined, text: string): string {
  return fallbackMessageId(0, `${author ?? ''}\n${text}`);
}

/**
 * Ids that survive re-rendering and older messages loading above: the page's own id, else the sender and text
 * with how many times that same message came before (so two "ok"s stay two messages).
 */
export function messageIds(items: readonly { own: string | null; firstId: string }[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ own, firstId }) => {
    if (own) return own;
    const occurrence = seen.get(firstId) ?? 0;
    seen.set(firstId, occurrence + 1);
    return occurrence ? firstId.replace(/^0:/, `${occurrence}:`) : firstId;
  });
}
