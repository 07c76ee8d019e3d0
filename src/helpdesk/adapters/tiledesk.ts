import { adapterFromSelectors, captured, onHost } from '../adapter';

/**
 * Tiledesk dashboard conversation detail (ws-requests-msgs.component.html). The requester's bubble is `.bubble`;
 * every other sender (agent, bot) gets `.bubble.alt`, private notes `.bubble.alt.internal-note`; info rows are
 * centred paragraphs.
 */
export const tiledesk = adapterFromSelectors(
  'tiledesk',
  (doc, location) =>
    onHost(location, 'panel.tiledesk.com') ||
    doc.querySelector('.chat-body .speech-wrapper, textarea.send-message-texarea') !== null,
  {
    conversation: '#chat-wpr .chat-body',
    conversationId: (_root, doc) => captured(doc.location.hash, /\/wsrequest\/([^/]+)\/messages/),
    message: '.chat-body > div',
    text: '.message, .type-info-msg-text',
    author: '.txt p.name',
    role: (el) => {
      const bubble = el.querySelector('.bubble');
      if (!bubble) return 'system';
      if (bubble.classList.contains('internal-note')) return 'note';
      return bubble.classList.contains('alt') ? 'agent' : 'customer';
    },
    // sic: the dashboard's class name is misspelt.
    composer: 'textarea.send-message-texarea',
  },
);
