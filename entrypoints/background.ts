import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createConversationUpdates } from '../src/background/conversation-updates';
import { onReminderAlarm, trackPromises } from '../src/background/promise-reminders';
import { insertByShortcut } from '../src/background/shortcut-insert';
import { removeTabState } from '../src/background/tab-store';
import { taughtSelectorsFor, teachSite } from '../src/background/taught-sites-service';
import { conversationEmotion } from '../src/emotion';
import { dropRevokedSites, enableSite } from '../src/helpdesk/site-access';
import { liveClassifier } from '../src/library/custom-terms';
import { startTeamSchedule } from '../src/library/team-schedule';
import { isContentMessage, isPanelRequest } from '../src/messaging/protocol';
import type { Reminder } from '../src/reminders/reminders-store';

export default defineBackground(() => {
  // The team lead's custom lexicon terms join the built-in lexicon, and are picked up as soon as they change.
  const classifier = liveClassifier();
  const conversations = createConversationUpdates({
    classifyMessage: (text) => classifier.classifyMessage(text),
    conversationEmotion,
  });
  startTeamSchedule();

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
    return classifier.ready
      .then(() => conversations.enqueue(tabId, message))
      .then(async (state) => {
        // A time frame the agent just committed to becomes a follow-up reminder.
        if (state && message.type === 'conversation:delta')
          await trackPromises(message.payload.meta, message.payload.added);
        return { accepted: state !== null };
      });
  });

  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm, reminderNotification));

  browser.commands.onCommand.addListener((command, tab) => {
    const index = /^insert-suggestion-(\d)$/.exec(command)?.[1];
    if (index && tab?.id !== undefined) void insertByShortcut(tab.id, Number(index) - 1);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    conversations.forget(tabId);
    void removeTabState(tabId);
  });
  browser.permissions.onRemoved.addListener(() => void dropRevokedSites());

  // Chrome opens the side panel from the toolbar button; Firefox has its own sidebar button.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});

function reminderNotification(reminder: Reminder) {
  return {
    title: browser.i18n.getMessage('reminderDueTitle'),
    message: browser.i18n.getMessage('reminderDueMessage', [
      reminder.customerName ?? browser.i18n.getMessage('reminderSomeone'),
      reminder.phrase,
    ]),
  };
}
