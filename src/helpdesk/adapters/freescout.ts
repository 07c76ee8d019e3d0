import { adapterFromSelectors, captured } from '../adapter';

/**
 * FreeScout (conversations/view and partials/thread Blade templates). Threads are listed newest first; each has its
 * type in its class (App\Thread::$types): customer, message (an agent reply), note, lineitem (status and assignment
 * changes), draft.
 */
const ROLE_BY_TYPE = {
  'thread-type-customer': 'customer',
  'thread-type-message': 'agent',
  'thread-type-note': 'note',
} as const;

export const freescout = adapterFromSelectors(
  'freescout',
  (doc) => doc.querySelector('#conv-layout-main .thread, body[data-conversation_id]') !== null,
  {
    conversation: '#conv-layout-main',
    conversationId: (_root, doc) =>
      doc.body.getAttribute('data-conversation_id') ?? captured(doc.location.pathname, /\/conversation\/(\d+)/),
    message: '.thread',
    messageId: 'id',
    // The edited-original copy sits outside `.thread-content`, in `.thread-meta`; line items have no content.
    text: '.thread-content',
    author: '.thread-person strong',
    role: (el) => {
      for (const [type, role] of Object.entries(ROLE_BY_TYPE)) if (el.classList.contains(type)) return role;
      return 'system';
    },
    order: 'newest-first',
    composer: '.conv-reply-block .note-editable[contenteditable="true"], .conv-reply-block textarea[name="body"]',
  },
);
