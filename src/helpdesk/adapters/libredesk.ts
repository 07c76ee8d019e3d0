import { adapterFromSelectors, captured } from '../adapter';

/**
 * Libredesk (features/conversation/message/MessageList.vue and MessageBubble.vue). Each row carries the message
 * uuid; incoming bubbles alone get the quoted-text toggle classes, private notes `bg-private`, and activity rows
 * have no `.message-bubble` at all.
 */
export const libredesk = adapterFromSelectors('libredesk', (doc) => doc.querySelector('[data-message-uuid]') !== null, {
  conversation: '[data-message-uuid]',
  // The rows' parent is the TransitionGroup keyed by conversation: it is replaced when the agent switches.
  activeConversation: (rows) => rows[0]?.parentElement ?? undefined,
  conversationId: (_root, doc) => captured(doc.location.pathname, /\/conversation\/([0-9a-f-]{8,})/),
  message: ':scope > [data-message-uuid]',
  messageId: 'data-message-uuid',
  text: '.message-bubble .native-html',
  author: '.mb-1 > a, .mb-1 > p',
  role: (el) => {
    const bubble = el.querySelector('.message-bubble');
    if (!bubble) return 'system';
    if (bubble.classList.contains('bg-private')) return 'note';
    return bubble.matches('.show-quoted-text, .hide-quoted-text') ? 'customer' : 'agent';
  },
  composer: '.editor-wrapper .ProseMirror[contenteditable="true"]',
});
