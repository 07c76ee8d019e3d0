import { notifyPanels, sendToTab } from '../messaging/protocol';
import { publishedSuggestion } from '../panel/published-suggestions';

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
  return answer?.ok === true;
}
