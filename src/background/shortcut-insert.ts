import { publishedSuggestion } from '../conversation/published-suggestions';
import { recordInsertion } from '../library/usage';
import { notifyPanels, sendToTab } from '../messaging/protocol';
import { readTabState } from './tab-store';

/**
 * Alt+N on the helpdesk page inserts suggestion N as the panel numbers it. A suggestion that still needs values
 * (an ETA, a ticket number) is not inserted half-filled: the panel opens its fill-in instead.
 */
export async function insertByShortcut(tabId: number, index: number): Promise<boolean> {
  const suggestion = await publishedSuggestion(tabId, index);
  if (!suggestion) return false;
  if (suggestion.text === null) {
    await notifyPanels('panel:fill', { tabId, index });
    return false;
  }
  const answer = await sendToTab(tabId, 'composer:insert', { text: suggestion.text }).catch(() => null);
  if (!answer?.ok) return false;
  // Counted like an insert from the panel, against the read-out the agent saw when pressing the key.
  const state = await readTabState(tabId);
  if (state?.status === 'reading' && state.conversation) {
    const { emotion, intensity } = state.conversation;
    await recordInsertion({ entryId: suggestion.entryId, phrasebookId: suggestion.phrasebookId, emotion, intensity });
  }
  return true;
}
