import type { ActiveConversation, HelpdeskAdapter } from '../helpdesk/adapter';
import type { ContentToBackground, ConversationMeta, ReadMessage } from '../messaging/protocol';

/** Mutations come in bursts (a helpdesk re-renders a whole list); one read per burst keeps the page fast. */
export const READ_DEBOUNCE_MS = 30;

/** The roles that leave the page: internal notes and system rows never do. */
const SENT_ROLES = new Set<ReadMessage['role']>(['customer', 'agent']);

export interface FollowerPort {
  send<K extends keyof ContentToBackground>(type: K, payload: ContentToBackground[K]): Promise<{ accepted: boolean }>;
}

/**
 * Follows the conversation an adapter reads: a full snapshot when it first appears or the agent switches to
 * another one, then only what changed.
 */
export function followConversation(adapter: HelpdeskAdapter, doc: Document, win: Window, port: FollowerPort) {
  let meta: ConversationMeta | null = null;
  let known = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const metaOf = (conversation: ActiveConversation): ConversationMeta => ({
    adapterId: adapter.id,
    conversationId: conversation.id,
    customerName: conversation.customerName,
    agentName: conversation.agentName,
    url: win.location.href,
  });

  async function sendSnapshot(next: ConversationMeta, messages: ReadMessage[]) {
    known = new Map(messages.map((m) => [m.id, m.text]));
    await port.send('conversation:snapshot', { meta: next, messages });
  }

  async function read() {
    if (stopped) return;
    const conversation = adapter.conversation(doc);
    if (!conversation) {
      if (meta !== null || known.size === 0) {
        meta = null;
        known = new Map();
        await port.send('conversation:none', { url: win.location.href, reason: 'no-conversation' });
      }
      return;
    }
    const next = metaOf(conversation);
    const messages = adapter.messages(conversation).filter((m) => SENT_ROLES.has(m.role));
    if (!meta || meta.conversationId !== next.conversationId || meta.customerName !== next.customerName) {
      meta = next;
      await sendSnapshot(next, messages);
      return;
    }
    meta = next;
    const added: ReadMessage[] = [];
    const updated: ReadMessage[] = [];
    const seen = new Set<string>();
    for (const m of messages) {
      seen.add(m.id);
      const before = known.get(m.id);
      if (before === undefined) added.push(m);
      else if (before !== m.text) updated.push(m);
    }
    const removed = [...known.keys()].filter((id) => !seen.has(id));
    if (!added.length && !updated.length && !removed.length) return;
    known = new Map(messages.map((m) => [m.id, m.text]));
    const answer = await port.send('conversation:delta', { meta: next, added, updated, removed });
    if (!answer?.accepted) await sendSnapshot(next, messages);
  }

  function schedule() {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void read().catch(stop), READ_DEBOUNCE_MS);
  }

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-selected', 'data-conversation-id', 'class'] });
  win.addEventListener('popstate', schedule);
  win.addEventListener('hashchange', schedule);
  void read().catch(stop);

  function stop() {
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
    win.removeEventListener('popstate', schedule);
    win.removeEventListener('hashchange', schedule);
  }

  return { stop, refresh: schedule };
}
