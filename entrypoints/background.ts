import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createConversationUpdates } from '../src/background/conversation-updates';
import { removeTabState } from '../src/background/tab-store';
import { taughtSelectorsFor, teachSite } from '../src/background/taught-sites-service';
import { classifyMessage, conversationEmotion } from '../src/emotion';
import { isContentMessage } from '../src/messaging/protocol';

export default defineBackground(() => {
  const update = createConversationUpdates({ classifyMessage: (text) => classifyMessage(text), conversationEmotion });

  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isContentMessage(message) || tabId === undefined) return undefined;
    switch (message.type) {
      case 'site:taught':
        return taughtSelectorsFor(message.payload.origin).then((selectors) => ({ selectors }));
      case 'site:teach':
        return teachSite(sender, message.payload).then((saved) => ({ saved }));
      case 'conversation:none':
        // Only the top frame may say a page has no conversation; an iframe without one says nothing about the tab.
        if (sender.frameId !== 0) return Promise.resolve({ accepted: true });
    }
    return update(tabId, message).then((state) => ({ accepted: state !== null }));
  });

  browser.tabs.onRemoved.addListener((tabId) => void removeTabState(tabId));

  // Chrome opens the side panel from the toolbar button; Firefox has its own sidebar button.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
