import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createConversationUpdates } from '../src/background/conversation-updates';
import { insertByShortcut } from '../src/background/shortcut-insert';
import { dropRevokedSites, enableSite } from '../src/background/site-access';
import { removeTabState } from '../src/background/tab-store';
import { taughtSelectorsFor, teachSite } from '../src/background/taught-sites-service';
import { classifyMessage, conversationEmotion } from '../src/emotion';
import { isContentMessage, isPanelRequest } from '../src/messaging/protocol';

export default defineBackground(() => {
  const update = createConversationUpdates({ classifyMessage: (text) => classifyMessage(text), conversationEmotion });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Requests from the panel come from an extension page, never from a tab.
    if (isPanelRequest(message) && !sender.tab) {
      return enableSite(message.payload.origin, message.payload.tabId).then((enabled) => ({ enabled }));
    }
    const tabId = sender.tab?.id;
    if (!isContentMessage(message) || tabId === undefined) return undefined;
    switch (message.type) {
      case 'site:taught':
        return taughtSelectorsFor(message.payload.origin).then((selectors) => ({ selectors }));
      case 'site:teach':
        return teachSite(sender, message.payload).then((saved) => ({ saved }));
      case 'shortcut:insert':
        return insertByShortcut(tabId, message.payload.index).then((inserted) => ({ inserted }));
      case 'conversation:none':
        // Only the top frame may say a page has no conversation; an iframe without one says nothing about the tab.
        if (sender.frameId !== 0) return Promise.resolve({ accepted: true });
    }
    return update(tabId, message).then((state) => ({ accepted: state !== null }));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const index = /^insert-suggestion-(\d)$/.exec(command)?.[1];
    if (index && tab?.id !== undefined) void insertByShortcut(tab.id, Number(index) - 1);
  });

  browser.tabs.onRemoved.addListener((tabId) => void removeTabState(tabId));
  browser.permissions.onRemoved.addListener(() => void dropRevokedSites());

  // Chrome opens the side panel from the toolbar button; Firefox has its own sidebar button.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
