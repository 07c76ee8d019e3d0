import { browser } from 'wxt/browser';
import type { TaughtSelectors } from '../helpdesk/teach/derive-selectors';

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
  /** The latest messages of the conversation; customer messages before them only counted. */
  'conversation:snapshot': { meta: ConversationMeta; messages: ReadMessage[]; earlierCustomerCount?: number };
  'conversation:delta': { meta: ConversationMeta; added: ReadMessage[]; updated: ReadMessage[]; removed: string[] };
  'conversation:none': { url: string; reason: 'no-adapter' | 'no-conversation' };
  /** The content script carries no validator (size budget): the background reads and validates taught sites. */
  'site:taught': { origin: string };
  'site:teach': { origin: string; selectors: TaughtSelectors };
  /** Alt+1…Alt+5 pressed on the page: insert the panel's suggestion with that number (0-based here). */
  'shortcut:insert': { index: number };
}

export interface BackgroundReplies {
  'conversation:snapshot': { accepted: boolean };
  'conversation:delta': { accepted: boolean };
  'conversation:none': { accepted: boolean };
  'site:taught': { selectors: TaughtSelectors | null };
  'site:teach': { saved: boolean };
  'shortcut:insert': { inserted: boolean };
}

export interface InsertResult {
  ok: boolean;
  error?: 'no-composer' | 'rejected';
}

/** Messages the panel sends to the content script of its tab (top frame and any frame that holds the composer). */
export interface PanelToContent {
  'composer:insert': { text: string };
  /** Starts the teach-this-page picker in the tab's top frame. */
  'picker:start': Record<string, never>;
  /** Whether a live content script is on the page (after an extension update, the old one is orphaned). */
  'content:ping': Record<string, never>;
}

/**
 * The agent's draft as they type, from the content script straight to the open panel for coaching. It is not
 * stored anywhere; the background ignores it.
 */
export interface DraftNotice {
  type: 'composer:draft';
  payload: { text: string };
}

export function sendDraft(text: string) {
  // No panel open is normal: the message then has no receiver.
  return browser.runtime
    .sendMessage({ type: 'composer:draft', payload: { text } } satisfies DraftNotice)
    .catch(() => undefined);
}

export function isDraftNotice(value: unknown): value is DraftNotice {
  const v = value as DraftNotice | null;
  return typeof v === 'object' && v !== null && v.type === 'composer:draft' && typeof v.payload?.text === 'string';
}

/** What the background tells open panels. */
export interface BackgroundToPanel {
  /** A shortcut asked for suggestion `index` of tab `tabId`, which still needs placeholder values. */
  'panel:fill': { tabId: number; index: number };
}

/** What extension pages (the panel) ask the background to do. */
export interface PanelToBackground {
  'site:enable': { tabId: number; origin: string };
}

type Envelope<Map, K extends keyof Map> = { type: K; payload: Map[K] };
export type ContentMessage = {
  [K in keyof ContentToBackground]: Envelope<ContentToBackground, K>;
}[keyof ContentToBackground];
export type PanelMessage = { [K in keyof PanelToContent]: Envelope<PanelToContent, K> }[keyof PanelToContent];

export function sendToBackground<K extends keyof ContentToBackground>(
  type: K,
  payload: ContentToBackground[K],
): Promise<BackgroundReplies[K]> {
  return browser.runtime.sendMessage({ type, payload } as ContentMessage);
}

export interface PanelReplies {
  'composer:insert': InsertResult;
  'picker:start': { started: boolean };
  'content:ping': { alive: true };
}

export async function sendToTab<K extends keyof PanelToContent>(
  tabId: number,
  type: K,
  payload: PanelToContent[K],
  options: { frameId?: number } = {},
): Promise<PanelReplies[K]> {
  return browser.tabs.sendMessage(tabId, { type, payload } as PanelMessage, options);
}

const CONTENT_TYPES = new Set<string>([
  'conversation:snapshot',
  'conversation:delta',
  'conversation:none',
  'site:taught',
  'site:teach',
  'shortcut:insert',
] satisfies (keyof ContentToBackground)[]);

export function isContentMessage(value: unknown): value is ContentMessage {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === 'string' && CONTENT_TYPES.has(type);
}

const PANEL_TYPES = new Set<string>([
  'composer:insert',
  'picker:start',
  'content:ping',
] satisfies (keyof PanelToContent)[]);

export type PanelNotice = { [K in keyof BackgroundToPanel]: Envelope<BackgroundToPanel, K> }[keyof BackgroundToPanel];
export type PanelRequest = { [K in keyof PanelToBackground]: Envelope<PanelToBackground, K> }[keyof PanelToBackground];

export function isPanelNotice(value: unknown): value is PanelNotice {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'panel:fill';
}

export function isPanelRequest(value: unknown): value is PanelRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'site:enable';
}

export function notifyPanels<K extends keyof BackgroundToPanel>(type: K, payload: BackgroundToPanel[K]) {
  // No panel open is normal: the message then has no receiver.
  return browser.runtime.sendMessage({ type, payload } as PanelNotice).catch(() => undefined);
}

export function askBackground<K extends keyof PanelToBackground>(type: K, payload: PanelToBackground[K]) {
  return browser.runtime.sendMessage({ type, payload } as PanelRequest) as Promise<{ enabled: boolean }>;
}

export function isPanelMessage(value: unknown): value is PanelMessage {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === 'string' && PANEL_TYPES.has(type);
}
