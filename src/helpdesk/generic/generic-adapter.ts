import type { HelpdeskAdapter } from '../adapter';
import { type Calibration, createDraftWatch } from './calibration';
import { conversationHeading, conversationIdOf } from './conversation-heading';
import { findComposer } from './find-composer';
import { findMessageList, type MessageList } from './find-message-list';
import { createItemCache } from './item-cache';
import { contextWords } from './message-side';
import { type ItemFacts, itemFacts, readMessages } from './read-messages';

interface Chat {
  composer: HTMLElement;
  found: MessageList;
}

/** A title short enough to be the customer's name rather than a subject line. */
const NAME_LIKE = /^[^.!?。！？#:：]{1,24}$/;

function stillShown(el: Element): boolean {
  return el.isConnected && el.getClientRects().length > 0;
}

/**
 * Reads chat pages no built-in adapter knows, from the page's structure and words alone. One instance per page
 * load: it keeps the located list and composer (rechecked cheaply on every read) and what the agent's own sent
 * messages taught it about sides.
 */
export function createGenericAdapter(): HelpdeskAdapter {
  let chat: Chat | null = null;
  let heading = '';
  const calibration: Calibration = {};
  const drafts = createDraftWatch();
  let context = new Set<string>();
  const labels: { current?: Set<number> } = {};
  const items = createItemCache<ItemFacts>((item) => itemFacts(item, chat?.found.list ?? item, context));

  function locate(doc: Document): Chat | null {
    if (chat && stillShown(chat.composer) && stillShown(chat.found.list)) return chat;
    const composer = findComposer(doc);
    const found = composer && findMessageList(composer);
    chat = composer && found ? { composer, found } : null;
    if (chat) {
      drafts.watch(chat.composer);
      context = contextWords(chat.found.list);
      items.watch(chat.found.list);
    }
    return chat;
  }

  return {
    id: 'generic',
    matches: (doc) => locate(doc) !== null,
    conversation(doc) {
      const located = locate(doc);
      if (!located) return null;
      heading = conversationHeading(located.found.list);
      return {
        id: conversationIdOf(doc.location, heading),
        root: located.found.list,
        customerName: NAME_LIKE.test(heading) ? heading : undefined,
      };
    },
    messages(conversation) {
      if (!chat || chat.found.list !== conversation.root) return [];
      const read = readMessages({ ...chat, heading, calibration, drafts, items, labels });
      // A list found before the page rendered its messages may be the wrong one (a title bar, a prompt): until it
      // holds a conversation, look again on the next read.
      if (read.length < 2) chat = null;
      return read;
    },
    composer: (doc) => locate(doc)?.composer ?? null,
  };
}

export const genericAdapter = createGenericAdapter();
