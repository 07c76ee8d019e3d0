import type { ActiveConversation, HelpdeskAdapter } from '../helpdesk/adapter';
import type { ContentToBackground, ConversationMeta, ReadMessage } from '../messaging/protocol';

/** Mutations come in bursts (a helpdesk re-renders a whole list); one read per burst keeps the page fast. */
export const READ_DEBOUNCE_MS = 30;
export const READ_MEASURE = 'calmdesk:read';
export const SEND_MEASURE = 'calmdesk:send';
/**
 * A snapshot carries the latest messages only: the panel keeps 300 whole and the timeline a few hundred more, and
 * serialising a 5,000-message conversation in one go would block the helpdesk page for 50 ms. Older customer
 * messages are sent as a count.
 */
export const SNAPSHOT_TAIL = 1000;

/** The roles that leave the page: internal notes and system rows never do. */
const SENT_ROLES = new Set<ReadMessage['role']>(['customer', 'agent']);

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // Selection changes (the active tab of several conversations) show up as these attributes, not as new nodes.
  attributeFilter: ['aria-selected', 'aria-current', 'data-conversation-id', 'class', 'hidden'],
};

type ConversationReport = 'conversation:snapshot' | 'conversation:delta' | 'conversation:none';

export interface FollowerPort {
  send<K extends ConversationReport>(type: K, payload: ContentToBackground[K]): Promise<{ accepted: boolean }>;
  /** False once the extension was updated or removed under this page: the script is orphaned. */
  alive(): boolean;
}

/** What changed between two reads of the same conversation, by message id. */
export function diffMessages(known: ReadonlyMap<string, string>, messages: readonly ReadMessage[]) {
  const added: ReadMessage[] = [];
  const updated: ReadMessage[] = [];
  const seen = new Set<string>();
  for (const m of messages) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const before = known.get(m.id);
    if (before === undefined) added.push(m);
    else if (before !== m.text) updated.push(m);
  }
  const removed = [...known.keys()].filter((id) => !seen.has(id));
  return { added, updated, removed };
}

function countCustomer(messages: readonly ReadMessage[], upTo: number): number {
  let count = 0;
  for (let i = 0; i < upTo; i++) if (messages[i]?.role === 'customer') count++;
  return count;
}

/** Duplicate ids (a helpdesk rendering one message twice while it animates) are read once. */
function dedupe(messages: ReadMessage[]): ReadMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => !seen.has(m.id) && seen.add(m.id));
}

/**
 * Follows the conversation an adapter reads: a full snapshot when it first appears or the agent switches to
 * another one, then only what changed.
 */
export function followConversation(adapter: HelpdeskAdapter, doc: Document, win: Window, port: FollowerPort) {
  let meta: ConversationMeta | null = null;
  let known = new Map<string, string>();
  let reportedNone = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const observedRoots = new WeakSet<Node>();

  const metaOf = (conversation: ActiveConversation): ConversationMeta => ({
    adapterId: adapter.id,
    conversationId: conversation.id,
    customerName: conversation.customerName,
    agentName: conversation.agentName,
    url: win.location.href,
  });

  async function sendSnapshot(next: ConversationMeta, messages: ReadMessage[]) {
    known = new Map(messages.map((m) => [m.id, m.text]));
    const tail = messages.slice(-SNAPSHOT_TAIL);
    const earlierCustomerCount =
      messages.length - tail.length ? countCustomer(messages, messages.length - tail.length) : 0;
    // Reading and sending in separate tasks keeps each well under the 50 ms that makes the page feel stuck.
    await new Promise((done) => setTimeout(done));
    const started = performance.now();
    const sent = port.send('conversation:snapshot', { meta: next, messages: tail, earlierCustomerCount });
    performance.clearMeasures(SEND_MEASURE);
    performance.measure(SEND_MEASURE, { start: started, end: performance.now() });
    await sent;
  }

  /** Mutations inside an open shadow root do not reach an observer on the document; observe the root itself. */
  function observeRootOf(node: Node) {
    const root = node.getRootNode();
    if (root !== doc && !observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, OBSERVE);
    }
  }

  async function read() {
    if (stopped) return;
    const conversation = adapter.conversation(doc);
    if (!conversation) {
      if (!reportedNone) {
        meta = null;
        known = new Map();
        reportedNone = true;
        await port.send('conversation:none', { url: win.location.href, reason: 'no-conversation' });
      }
      return;
    }
    reportedNone = false;
    observeRootOf(conversation.root);
    const next = metaOf(conversation);
    const started = performance.now();
    const messages = dedupe(adapter.messages(conversation).filter((m) => SENT_ROLES.has(m.role)));
    // A named measure lets `npm run bench` read the cost of the latest read from the page's own timeline.
    performance.clearMeasures(READ_MEASURE);
    performance.measure(READ_MEASURE, { start: started, end: performance.now() });
    if (!meta || meta.conversationId !== next.conversationId || meta.customerName !== next.customerName) {
      meta = next;
      await sendSnapshot(next, messages);
      return;
    }
    meta = next;
    const delta = diffMessages(known, messages);
    if (!delta.added.length && !delta.updated.length && !delta.removed.length) return;
    known = new Map(messages.map((m) => [m.id, m.text]));
    const answer = await port.send('conversation:delta', { meta: next, ...delta });
    // The background may have lost the conversation (browser session ended); it then needs the whole of it.
    if (!answer?.accepted) await sendSnapshot(next, messages);
  }

  function failed() {
    if (!port.alive()) return stop();
    // Anything else (the worker restarting mid-send) is passing: the next read sends the whole conversation again.
    meta = null;
  }

  function schedule() {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void read().catch(failed), READ_DEBOUNCE_MS);
  }

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, OBSERVE);
  // Content scripts do not see history.pushState; the Navigation API reports it where the browser has one.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule);
  win.addEventListener('popstate', schedule);
  win.addEventListener('hashchange', schedule);
  // Zammad's chat windows switch by focus alone, with no change to the DOM.
  doc.addEventListener('focusin', schedule);
  void read().catch(failed);

  function stop() {
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
    navigation?.removeEventListener('navigatesuccess', schedule);
    win.removeEventListener('popstate', schedule);
    win.removeEventListener('hashchange', schedule);
    doc.removeEventListener('focusin', schedule);
  }

  return { stop, refresh: schedule };
}
