import { adapterFromSelectors, captured, onHost } from '../adapter';

/**
 * Chatwoot v4 dashboard (`components-next/message`). Alignment only says "sent by me", so the role comes from the
 * bubble variant that Base.vue styles: the private-note lock icon is checked too because forks recolour bubbles.
 */
const VARIANT = {
  note: '.bg-n-solid-amber, .i-lucide-lock-keyhole',
  agent: '.bg-n-solid-blue, .bg-n-solid-iris',
  customer: '.bg-n-slate-4',
};

export const chatwoot = adapterFromSelectors(
  'chatwoot',
  (doc, location) => onHost(location, 'app.chatwoot.com') || doc.querySelector('ul.conversation-panel') !== null,
  {
    conversation: 'ul.conversation-panel',
    // `/conversations/:id` under every inbox, label, team and view route; the notification inbox ends in `/inbox/:id`.
    conversationId: (_root, doc) =>
      captured(doc.location.pathname, /\/conversations\/(\d+)/) ?? captured(doc.location.pathname, /\/inbox\/(\d+)$/),
    message: '[data-message-id]',
    messageId: 'data-message-id',
    // The span FormattedContent renders; a reply's quoted preview is a div with the same prose classes.
    text: 'span.prose-bubble, [data-bubble-name="activity"]',
    role: (el) => {
      if (el.querySelector('[data-bubble-name="activity"]')) return 'system';
      if (el.querySelector(VARIANT.note)) return 'note';
      if (el.querySelector(VARIANT.agent)) return 'agent';
      // Unknown bubble colours (forks) are never read as the customer.
      return el.querySelector(VARIANT.customer) ? 'customer' : 'agent';
    },
    composer: '.reply-box .ProseMirror[contenteditable="true"], .reply-box textarea',
  },
);
