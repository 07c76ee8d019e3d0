import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { TabState } from '../conversation/tab-conversation';

/**
 * Per-tab conversation state lives in storage.session: it survives the service worker being stopped, is kept
 * in memory only (never written to disk, gone when the browser closes) and is readable by extension pages only.
 */
export const tabStateKey = (tabId: number) => `session:tab:${tabId}` as const;

// Another extension version may have written the value; anything not of this shape is treated as absent.
const storedTabState = z.looseObject({
  schema: z.literal(1),
  status: z.enum(['reading', 'no-adapter', 'no-conversation']),
});

export function parseTabState(value: unknown): TabState | null {
  return storedTabState.safeParse(value).success ? (value as TabState) : null;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  return parseTabState(await storage.getItem(tabStateKey(tabId)));
}

export function writeTabState(tabId: number, state: TabState): Promise<void> {
  return storage.setItem(tabStateKey(tabId), state);
}

export function removeTabState(tabId: number): Promise<void> {
  return storage.removeItem(tabStateKey(tabId));
}

export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  return storage.watch(tabStateKey(tabId), (value) => onChange(parseTabState(value)));
}
