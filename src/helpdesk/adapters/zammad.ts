import { adapterFromSelectors, onHost } from '../adapter';

/**
 * Zammad live chat (`#customer_chat`, customer_chat/*.jst.eco). Up to N chat windows sit side by side with no
 * "selected" mark: the agent works in the window whose input has focus, so that one is the conversation, and it
 * stays so while the agent clicks elsewhere on the page (the side panel, the page background).
 */
let lastFocused: WeakRef<Element> | undefined;

function focusedWindow(windows: Element[], doc: Document): Element | undefined {
  const focused = doc.activeElement?.closest('.chat-window');
  if (focused && windows.includes(focused)) lastFocused = new WeakRef(focused);
  const remembered = lastFocused?.deref();
  if (remembered && windows.includes(remembered)) return remembered;
  return windows.find((w) => !w.classList.contains('is-offline')) ?? windows[0];
}

export const zammad = adapterFromSelectors(
  'zammad',
  (doc, location) => onHost(location, 'zammad.com') || doc.querySelector('.chat-workspace .chat-window') !== null,
  {
    conversation: '.chat-workspace .chat-window',
    activeConversation: focusedWindow,
    // A window carries no session id in the DOM; its customer's name and position tell the windows apart.
    conversationId: (win) => {
      const name = win.querySelector('.chat-name')?.textContent?.trim() ?? '';
      return `${[...(win.parentElement?.children ?? [])].indexOf(win)}:${name}`;
    },
    message: '.js-body > .chat-message, .js-body > .chat-status-message, .js-body > .chat-notice-message',
    role: (el) =>
      el.classList.contains('chat-message--customer')
        ? 'customer'
        : el.classList.contains('chat-message--agent')
          ? 'agent'
          : 'system',
    customerName: '.chat-name',
    composerScope: '.chat-window',
    composer: '.js-customerChatInput[contenteditable="true"]',
  },
);
