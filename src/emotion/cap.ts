/**
 * The engine reads at most this much of a message: a chat message is rarely over 1,000 characters, and a customer
 * who pastes a 100,000-character log must not stall the agent's browser. The start is kept because that is where
 * the customer's own words are; what is pasted after them carries no emotion.
 */
export const MAX_CLASSIFIED_CHARS = 5000;

/** The part of `text` the engine reads; never splits a surrogate pair, so evidence spans stay on whole characters. */
export function classifiedPart(text: string): string {
  if (text.length <= MAX_CLASSIFIED_CHARS) return text;
  const last = text.charCodeAt(MAX_CLASSIFIED_CHARS - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? MAX_CLASSIFIED_CHARS - 1 : MAX_CLASSIFIED_CHARS;
  return text.slice(0, cut);
}
