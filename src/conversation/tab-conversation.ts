import type { ConversationEmotion, Evidence, MessageEmotion } from '../emotion/types';
import type { ConversationMeta, ReadMessage } from '../messaging/protocol';
import { appendTimelineCodes, MAX_TIMELINE_CODES, timelineCode } from './timeline-codes';

/**
 * Only the most recent customer messages are kept whole per tab: the recency weighting makes older ones weigh
 * nothing, every update rewrites the tab's state, and storage.session holds every open tab in 10 MB. Older messages
 * stay on the timeline as two-character codes; the count of all messages read is kept apart.
 */
export const MAX_KEPT_CUSTOMER_MESSAGES = 300;
/** Agent messages are kept only to mark phrases already sent and to find promises; recent ones are enough. */
export const MAX_KEPT_AGENT_MESSAGES = 200;
/** Evidence is what the panel highlights; it is only shown for the latest messages, so older ones drop it. */
export const EVIDENCE_KEPT_FOR_LAST = 50;
/** The latest messages keep their text (up to the classifier's cap); older ones keep a snippet for the timeline. */
export const FULL_TEXT_KEPT_FOR_LAST = 200;
export const MAX_STORED_TEXT_CHARS = 5000;
export const SNIPPET_CHARS = 120;

export interface ClassifiedMessage {
  id: string;
  text: string;
  result: MessageEmotion;
}

export interface TabConversation {
  schema: 1;
  status: 'reading';
  meta: ConversationMeta;
  customerMessages: ClassifiedMessage[];
  /** Timeline codes (see timeline-codes.ts) of the customer messages before the kept ones, oldest first. */
  earlierTimeline: string;
  /** Number of customer messages read in this conversation, including any no longer kept. */
  customerCount: number;
  agentMessages: { id: string; text: string }[];
  conversation: ConversationEmotion | null;
  updatedAt: number;
}

export interface TabUnsupported {
  schema: 1;
  status: 'no-adapter' | 'no-conversation';
  url: string;
  updatedAt: number;
}

export type TabState = TabConversation | TabUnsupported;

export interface Classifier {
  classifyMessage(text: string): MessageEmotion;
  conversationEmotion(results: MessageEmotion[]): ConversationEmotion;
}

function classifyAll(messages: ReadMessage[], classifier: Classifier): ClassifiedMessage[] {
  return messages.map((m) => ({ id: m.id, text: m.text, result: classifier.classifyMessage(m.text) }));
}

function finish(
  meta: ConversationMeta,
  customer: ClassifiedMessage[],
  earlier: string,
  customerCount: number,
  agent: { id: string; text: string }[],
  classifier: Classifier,
  now: number,
): TabConversation {
  const kept = customer.slice(-MAX_KEPT_CUSTOMER_MESSAGES);
  const dropped = customer.slice(0, customer.length - kept.length).map((m) => timelineCode(m.result));
  const evidenceFrom = kept.length - EVIDENCE_KEPT_FOR_LAST;
  const fullTextFrom = kept.length - FULL_TEXT_KEPT_FOR_LAST;
  // Bounded per tab, so a pasted log or a 20,000-message history cannot exhaust storage.session for every tab.
  const trimmed = kept.map((m, i) => {
    const shown = i < evidenceFrom && m.result.evidence.length ? withoutEvidence(m) : m;
    const limit = i < fullTextFrom ? SNIPPET_CHARS : MAX_STORED_TEXT_CHARS;
    return shown.text.length > limit ? { ...shown, text: `${cutAt(shown.text, limit)}…` } : shown;
  });
  return {
    schema: 1,
    status: 'reading',
    meta,
    customerMessages: trimmed,
    earlierTimeline: appendTimelineCodes(earlier, dropped),
    customerCount,
    agentMessages: agent
      .slice(-MAX_KEPT_AGENT_MESSAGES)
      .map((m) => (m.text.length > MAX_STORED_TEXT_CHARS ? { ...m, text: cutAt(m.text, MAX_STORED_TEXT_CHARS) } : m)),
    conversation: kept.length ? classifier.conversationEmotion(kept.map((m) => m.result)) : null,
    updatedAt: now,
  };
}

/** A prefix of at most `limit` UTF-16 units that does not end in half an emoji. */
function cutAt(text: string, limit: number): string {
  const last = text.charCodeAt(limit - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}

function withoutEvidence(m: ClassifiedMessage): ClassifiedMessage {
  const evidence: Evidence[] = [];
  return { ...m, result: { ...m.result, evidence } };
}

const byRole = (messages: ReadMessage[], role: ReadMessage['role']) => messages.filter((m) => m.role === role);

export function fromSnapshot(
  meta: ConversationMeta,
  messages: ReadMessage[],
  classifier: Classifier,
  now: number,
  earlierCustomerCount = 0,
): TabConversation {
  const customer = byRole(messages, 'customer');
  // Messages beyond what the timeline can hold are counted, never classified: they could not be shown anyway.
  const classified = classifyAll(customer.slice(-(MAX_KEPT_CUSTOMER_MESSAGES + MAX_TIMELINE_CODES)), classifier);
  const agent = byRole(messages, 'agent').map(({ id, text }) => ({ id, text }));
  return finish(meta, classified, '', earlierCustomerCount + customer.length, agent, classifier, now);
}

export function applyDelta(
  state: TabConversation,
  delta: { meta: ConversationMeta; added: ReadMessage[]; updated: ReadMessage[]; removed: string[] },
  classifier: Classifier,
  now: number,
): TabConversation {
  const removed = new Set(delta.removed);
  const updated = new Map(delta.updated.map((m) => [m.id, m]));
  let customerCount = state.customerCount;
  const customer: ClassifiedMessage[] = [];
  for (const m of state.customerMessages) {
    if (removed.has(m.id)) {
      customerCount--;
      continue;
    }
    const edit = updated.get(m.id);
    customer.push(
      edit && edit.text !== m.text ? { ...m, text: edit.text, result: classifier.classifyMessage(edit.text) } : m,
    );
  }
  const addedCustomer = byRole(delta.added, 'customer');
  customer.push(...classifyAll(addedCustomer, classifier));
  customerCount += addedCustomer.length;

  const agent = state.agentMessages
    .filter((m) => !removed.has(m.id))
    .map((m) => {
      const edit = updated.get(m.id);
      return edit ? { id: m.id, text: edit.text } : m;
    });
  agent.push(...byRole(delta.added, 'agent').map(({ id, text }) => ({ id, text })));
  return finish(delta.meta, customer, state.earlierTimeline ?? '', customerCount, agent, classifier, now);
}

/** A delta only continues the stored conversation when it is the same conversation on the same page. */
export function continuesConversation(state: TabState | null, meta: ConversationMeta): state is TabConversation {
  return (
    state?.status === 'reading' &&
    state.meta.conversationId === meta.conversationId &&
    state.meta.adapterId === meta.adapterId
  );
}
