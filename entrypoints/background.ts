import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createConversationUpdates } from '../src/background/conversation-updates';
import { removeTabState } from '../src/background/tab-store';
import { classifyMessage, conversationEmotion } from '../src/emotion';
import { isContentMessage } from '../src/messaging/protocol';

export default defineBackground(() => {
  const update = createConversationUpdates({ classifyMessage: (text) => classifyMessage(text), conversationEmotion });

  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isContentMessage(message) || tabId === undefined) return undefined;
    // Only the top frame may say a page has no conversation; an iframe without one says nothing about the tab.
    if (message.type === 'conversation:none' && sender.frameId !== 0) return Promise.resolve({ accepted: true });
    return update(tabId, message).then((state) => ({ accepted: state !== null }));
  });

  browser.tabs.onRemoved.addListener((tabId) => void removeTabState(tabId));

  // Chrome opens the side panel from the toolbar button; Firefox has its own sidebar button.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
