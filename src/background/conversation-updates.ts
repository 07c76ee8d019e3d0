import {
  applyDelta,
  type Classifier,
  continuesConversation,
  fromSnapshot,
  type TabState,
} from '../conversation/tab-conversation';
import type { ContentMessage } from '../messaging/protocol';

export type ConversationMessage = Extract<ContentMessage, { type: `conversation:${string}` }>;

import { readTabState, writeTabState } from './tab-store';

/**
 * Applies what content scripts report to the stored state of their tab. Updates of one tab run one after another,
 * so a delta never reads state that an earlier, still running update is about to replace.
 */
export function createConversationUpdates(classifier: Classifier) {
  const queues = new Map<number, Promise<unknown>>();

  async function apply(tabId: number, message: ConversationMessage): Promise<TabState | null> {
    const now = Date.now();
    switch (message.type) {
      case 'conversation:snapshot': {
        const next = fromSnapshot(message.payload.meta, message.payload.messages, classifier, now);
        await writeTabState(tabId, next);
        return next;
      }
      case 'conversation:delta': {
        const current = await readTabState(tabId);
        // A delta for a conversation we do not hold (e.g. state lost with the browser session) cannot be applied;
        // the content script answers `resend` with a full snapshot.
        if (!continuesConversation(current, message.payload.meta)) return null;
        const next = applyDelta(current, message.payload, classifier, now);
        await writeTabState(tabId, next);
        return next;
      }
      case 'conversation:none': {
        const next: TabState = { schema: 1, status: message.payload.reason, url: message.payload.url, updatedAt: now };
        await writeTabState(tabId, next);
        return next;
      }
    }
  }

  return function enqueue(tabId: number, message: ConversationMessage): Promise<TabState | null> {
    const previous = queues.get(tabId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => apply(tabId, message));
    queues.set(tabId, run);
    return run;
  };
}
