import {
  applyDelta,
  type Classifier,
  continuesConversation,
  fromSnapshot,
  type TabState,
} from '../conversation/tab-conversation';
import type { ContentMessage } from '../messaging/protocol';
import { readTabState, writeTabState } from './tab-store';

export type ConversationMessage = Extract<ContentMessage, { type: `conversation:${string}` }>;

/**
 * Applies what content scripts report to the stored state of their tab. Updates of one tab run one after another,
 * so a delta never reads state that an earlier, still running update is about to replace. The worker keeps what it
 * last wrote, so a new message costs one write, not a read and a write; storage is read only after a restart.
 */
export function createConversationUpdates(classifier: Classifier) {
  const queues = new Map<number, Promise<unknown>>();
  const written = new Map<number, TabState>();

  async function save(tabId: number, state: TabState): Promise<TabState> {
    written.set(tabId, state);
    try {
      await writeTabState(tabId, state);
    } catch (error) {
      // Not stored means a restarted worker cannot continue it: forget it, so the next delta asks for a snapshot.
      written.delete(tabId);
      throw error;
    }
    return state;
  }

  async function apply(tabId: number, message: ConversationMessage): Promise<TabState | null> {
    const now = Date.now();
    switch (message.type) {
      case 'conversation:snapshot':
        return save(
          tabId,
          fromSnapshot(
            message.payload.meta,
            message.payload.messages,
            classifier,
            now,
            message.payload.earlierCustomerCount,
          ),
        );
      case 'conversation:delta': {
        const current = written.get(tabId) ?? (await readTabState(tabId));
        // A delta for a conversation we do not hold (e.g. state lost with the browser session) cannot be applied;
        // the content script answers with a full snapshot.
        if (!continuesConversation(current, message.payload.meta)) return null;
        return save(tabId, applyDelta(current, message.payload, classifier, now));
      }
      case 'conversation:none':
        return save(tabId, { schema: 1, status: message.payload.reason, url: message.payload.url, updatedAt: now });
    }
  }

  function enqueue(tabId: number, message: ConversationMessage): Promise<TabState | null> {
    const previous = queues.get(tabId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => apply(tabId, message));
    queues.set(tabId, run);
    return run;
  }

  /** A closed tab's state goes with it. */
  function forget(tabId: number) {
    written.delete(tabId);
    queues.delete(tabId);
  }

  return { enqueue, forget };
}
