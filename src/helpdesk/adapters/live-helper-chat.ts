import { adapterFromSelectors, captured } from '../adapter';

/**
 * Live Helper Chat back office (lhchat/syncadmin and lists/*_msg_row templates). The dashboard opens each chat in a
 * Bootstrap tab with its own `#messagesBlock-{chatId}`; the single-chat page has exactly one.
 */
export const liveHelperChat = adapterFromSelectors(
  'live-helper-chat',
  (doc) => doc.querySelector('.msgBlock-admin[id^="messagesBlock-"]') !== null,
  {
    conversation: '.msgBlock-admin[id^="messagesBlock-"]',
    activeConversation: (blocks) =>
      blocks.length === 1 ? blocks[0] : blocks.find((block) => block.closest('.tab-pane.active') !== null),
    conversationId: (block) => captured(block.id, /^messagesBlock-(\d+)$/),
    message: '.message-row',
    messageId: 'id',
    // One row holds a `.msg-body` per sub-message (text, then media or emoji).
    text: '.msg-body',
    joinText: true,
    author: '.usr-tit',
    // data-op-id: 0 is the visitor, -2 a bot, any other number an operator; whispers are operator-only notes.
    role: (el) => {
      if (el.classList.contains('system-response')) return 'system';
      if (el.classList.contains('whisper-msg')) return 'note';
      return el.classList.contains('response') || el.getAttribute('data-op-id') === '0' ? 'customer' : 'agent';
    },
    composerScope: '.tab-pane, [id^="chat-main-column-"]',
    composer: 'textarea[name="ChatMessage"], lhc-editor [contenteditable="true"], lhc-editor textarea',
  },
);
