import { adapterFromSelectors, type HelpdeskAdapter } from '../adapter';
import type { TaughtSelectors } from './derive-selectors';

const matchesSafely = (el: Element, selector: string) => {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
};

/** The fallback composer when the picker did not learn one: the reply box is the editable field below the list. */
const COMMON_COMPOSERS = 'textarea, [contenteditable="true"], [contenteditable=""], input[type="text"]';

/** Reads a page with the selectors the agent taught; rows that are neither kind (notes, system) are never read. */
export function taughtAdapter(origin: string, selectors: TaughtSelectors): HelpdeskAdapter {
  return adapterFromSelectors('taught', (_doc, location) => location.origin === origin, {
    conversation: selectors.container,
    conversationId: (_el, doc) => `${doc.location.pathname}${doc.location.hash}`,
    message: `:scope > ${selectors.message}`,
    text: selectors.text ?? ':scope',
    role: (el) =>
      matchesSafely(el, selectors.customer) ? 'customer' : matchesSafely(el, selectors.agent) ? 'agent' : 'system',
    composer: selectors.composer ?? COMMON_COMPOSERS,
  });
}
