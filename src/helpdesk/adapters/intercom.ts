import { adapterFromSelectors, captured, onHost } from '../adapter';

/**
 * Intercom inbox (app.intercom.com). Selectors drift between generations; this reads the `data-*` generation that
 * public helpers agree on: parts grouped by sender, `data-part-group-category` 1 the customer, 3 a teammate, 5 Fin
 * or another bot, 20 an automated part. Notes are teammate parts; the note mark is the least certain selector here.
 */
const CATEGORY_ROLE: Record<string, 'customer' | 'agent' | 'system'> = {
  '1': 'customer',
  '3': 'agent',
  '5': 'agent',
  '20': 'system',
};

export const intercom = adapterFromSelectors(
  'intercom',
  (doc, location) => onHost(location, 'app.intercom.com') || doc.querySelector('[data-conversation-stream]') !== null,
  {
    conversation: '[data-conversation-stream]',
    conversationId: (_root, doc) => captured(doc.location.pathname, /\/conversation\/(\d+)/),
    message: '[data-part-group-id] [data-part-id]',
    messageId: 'data-part-id',
    text: '.interblocks-html, .inbox2__break-words',
    role: (el) => {
      if (el.closest('.o__admin-note')) return 'note';
      const group = el.closest('[data-part-group-category]');
      return CATEGORY_ROLE[group?.getAttribute('data-part-group-category') ?? ''] ?? 'system';
    },
    composer: [
      '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
      '.ProseMirror.embercom-prosemirror-composer-editor',
    ].join(', '),
  },
);
