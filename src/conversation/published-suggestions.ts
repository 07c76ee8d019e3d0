import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** Alt+1…Alt+5 insert these; shortcuts beyond the fifth would collide with the helpdesk's own keys. */
export const SHORTCUT_COUNT = 5;

/** A suggestion as numbered in the panel: its text ready to insert, or null while placeholders still need values. */
export const publishedSuggestionSchema = z.object({
  entryId: z.string(),
  phrasebookId: z.string(),
  text: z.string().nullable(),
});
export type PublishedSuggestion = z.infer<typeof publishedSuggestionSchema>;

/**
 * The panel publishes what Alt+N means for its tab, so a shortcut pressed on the helpdesk page (read by the
 * content script or the commands API in the background) inserts exactly what the agent sees numbered.
 */
export const publishedKey = (tabId: number) => `session:suggestions:${tabId}` as const;

export function publishSuggestions(tabId: number, suggestions: PublishedSuggestion[]): Promise<void> {
  return storage.setItem(publishedKey(tabId), suggestions.slice(0, SHORTCUT_COUNT));
}

export async function publishedSuggestion(tabId: number, index: number): Promise<PublishedSuggestion | null> {
  const parsed = z.array(publishedSuggestionSchema).safeParse(await storage.getItem(publishedKey(tabId)));
  return parsed.success ? (parsed.data[index] ?? null) : null;
}
