import { browser } from 'wxt/browser';

/** Who wrote a message, as the helpdesk page shows it. Notes and system rows never leave the content script. */
export type MessageRole = 'customer' | 'agent' | 'note' | 'system';

export interface ReadMessage {
  /** Stable per conversation: the helpdesk's own id where it has one, else derived from position and text. */
  id: string;
  role: MessageRole;
  text: string;
  author?: string;
}

export interface ConversationMeta {
  adapterId: string;
  /** Identifies the conversation within the page; a change means the agent switched conversation. */
  conversationId: string;
  customerName?: string;
  agentName?: string;
  url: string;
}

/** Messages the content script sends to the background service worker. */
export interface ContentToBackground {
  'conversation:snapshot': { meta: ConversationMeta; messages: ReadMessage[] };
  'conversation:delta': { meta: ConversationMeta; added: ReadMessage[]; updated: ReadMessage[]; removed: string[] };
  'conversation:none': { url: string; reason: 'no-adapter' | 'no-conversation' };
}

export interface InsertResult {
  ok: boolean;
  error?: 'no-composer' | 'rejected';
}

/** Messages the panel sends to the content script of its tab (top frame and any frame that holds the composer). */
export interface PanelToContent {
  'composer:insert': { text: string };
}

type Envelope<Map, K extends keyof Map> = { type: K; payload: Map[K] };
export type ContentMessage = { [K in keyof ContentToBackground]: Envelope<ContentToBackground, K> }[keyof ContentToBackground];
export type PanelMessage = { [K in keyof PanelToContent]: Envelope<PanelToContent, K> }[keyof PanelToContent];

export function sendToBackground<K extends keyof ContentToBackground>(type: K, payload: ContentToBackground[K]) {
  return browser.runtime.sendMessage({ type, payload } as ContentMessage);
}

export async function sendToTab<K extends keyof PanelToContent>(
  tabId: number,
  type: K,
  payload: PanelToContent[K],
): Promise<InsertResult> {
  return browser.tabs.sendMessage(tabId, { type, payload } as PanelMessage);
}

export function isContentMessage(value: unknown): value is ContentMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
    ? (value as { type: string }).type.startsWith('conversation:')
    : false;
}

export function isPanelMessage(value: unknown): value is PanelMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'composer:insert';
}
