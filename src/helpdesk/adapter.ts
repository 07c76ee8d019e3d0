import type { MessageRole, ReadMessage } from '../messaging/protocol';

/** The conversation the agent is looking at, as one adapter finds it on the page. */
export interface ActiveConversation {
  id: string;
  /** The element that holds the message list; observed for changes. */
  root: Element;
  customerName?: string;
  agentName?: string;
}

/**
 * One helpdesk, or one way of reading chat pages. Built-in helpdesks, the generic heuristic reader and
 * pages taught by the agent all implement this, so the content script never knows which one it runs.
 */
export interface HelpdeskAdapter {
  id: string;
  /** Whether this adapter applies to the page; cheap, called once per page load and on navigation. */
  matches(doc: Document, location: Location): boolean;
  conversation(doc: Document): ActiveConversation | null;
  /** Messages of the conversation in reading order (oldest first), notes and system rows labelled as such. */
  messages(conversation: ActiveConversation): ReadMessage[];
  composer(doc: Document): HTMLElement | null;
}

/** Selectors that describe a helpdesk's DOM; kept as data so each adapter file is mostly this table. */
export interface SelectorTable {
  conversation: string;
  conversationId: (el: Element, doc: Document) => string | null;
  message: string;
  messageId?: string;
  /** The element inside a message that holds what was written; absent when the message element is the text. */
  text?: string;
  /** Messages split over several text elements (Live Helper Chat's `.msg-body` parts): read them all. */
  joinText?: boolean;
  author?: string;
  role: (el: Element) => MessageRole;
  customerName?: string;
  agentName?: string;
  composer: string;
  /** Where several conversations are in the DOM, picks the one the agent is looking at among the matches. */
  activeConversation?: (candidates: Element[], doc: Document) => Element | undefined;
  /** Ancestor of the conversation that also holds its own composer, where each conversation has one. */
  composerScope?: string;
  /** Helpdesks that list the newest message first (FreeScout); read in reverse so messages stay oldest first. */
  order?: 'newest-first';
}

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A message id that survives re-rendering when the helpdesk gives none: position plus a short text hash. */
export function fallbackMessageId(index: number, text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return `${index}:${(hash >>> 0).toString(36)}`;
}

/** Builds an adapter from a selector table: most helpdesks need nothing more. */
export function adapterFromSelectors(
  id: string,
  matches: HelpdeskAdapter['matches'],
  table: SelectorTable,
): HelpdeskAdapter {
  const parsed = new WeakMap<Element, { raw: string; text: string; author: string | undefined }>();
  return {
    id,
    matches,
    conversation(doc) {
      const root = activeRoot(doc);
      if (!root) return null;
      const conversationId = table.conversationId(root, doc);
      if (!conversationId) return null;
      return {
        id: conversationId,
        root,
        customerName: table.customerName ? textOf(root.querySelector(table.customerName)) || undefined : undefined,
        agentName: table.agentName ? textOf(doc.querySelector(table.agentName)) || undefined : undefined,
      };
    },
    messages(conversation) {
      const out: ReadMessage[] = [];
      const elements = [...conversation.root.querySelectorAll(table.message)];
      if (table.order === 'newest-first') elements.reverse();
      elements.forEach((el, index) => {
        const { text, author } = readParts(el);
        if (!text) return;
        const ownId = table.messageId ? el.getAttribute(table.messageId) : null;
        out.push({ id: ownId ?? fallbackMessageId(index, text), role: table.role(el), text, author });
      });
      return out;
    },
    composer(doc) {
      const scope = table.composerScope ? activeRoot(doc)?.closest(table.composerScope) : null;
      return (scope ?? doc).querySelector<HTMLElement>(table.composer);
    },
  };

  /**
   * Every change of the page re-reads the conversation; a message element whose text has not changed is not parsed
   * again. On a 5,000-message conversation that turns each read from tens of milliseconds into a few.
   */
  function readParts(el: Element): { text: string; author: string | undefined } {
    const raw = el.textContent ?? '';
    const seen = parsed.get(el);
    if (seen?.raw === raw) return seen;
    const parts = {
      raw,
      text: messageText(el, table),
      author: table.author ? textOf(el.querySelector(table.author)) || undefined : undefined,
    };
    parsed.set(el, parts);
    return parts;
  }

  function activeRoot(doc: Document): Element | null {
    if (!table.activeConversation) return doc.querySelector(table.conversation);
    return table.activeConversation([...doc.querySelectorAll(table.conversation)], doc) ?? null;
  }
}

function messageText(el: Element, table: SelectorTable): string {
  if (!table.text) return textOf(el);
  if (!table.joinText) return textOf(el.querySelector(table.text) ?? el);
  return [...el.querySelectorAll(table.text)].map(textOf).filter(Boolean).join(' ');
}

/** The first capture group of `pattern` in `value`: helpdesks carry conversation ids in their URLs and element ids. */
export function captured(value: string | null | undefined, pattern: RegExp): string | null {
  return pattern.exec(value ?? '')?.[1] ?? null;
}

/** Whether the page is served from one of a hosted helpdesk's domains (the domain itself or any subdomain). */
export function onHost(location: Location, ...domains: string[]): boolean {
  return domains.some((d) => location.hostname === d || location.hostname.endsWith(`.${d}`));
}
