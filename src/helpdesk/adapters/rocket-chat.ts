import { adapterFromSelectors, captured, onHost } from '../adapter';

/**
 * Rocket.Chat omnichannel rooms (`/live/{rid}`). The message attributes are the ones Rocket.Chat's own e2e tests
 * use. There is no DOM flag for "visitor": `data-own` marks the logged-in agent, so in a live room every other
 * person's message is read as the visitor's (another agent joining the room is the known approximation).
 */
export const rocketChat = adapterFromSelectors(
  'rocket-chat',
  (doc, location) => onHost(location, 'rocket.chat') || doc.querySelector('[data-qa-type="message"]') !== null,
  {
    conversation: '.messages-box',
    conversationId: (_root, doc) => captured(doc.location.pathname, /\/live\/([^/]+)/),
    message: '[data-qa-type="message"], [data-qa="system-message"]',
    messageId: 'data-id',
    text: '[data-qa-type="message-body"], .rcx-message-system__body',
    author: '[data-qa-type="username"]',
    role: (el) => {
      if (el.getAttribute('data-system-message') === 'true' || el.getAttribute('data-qa') === 'system-message') {
        return 'system';
      }
      return el.getAttribute('data-own') === 'true' ? 'agent' : 'customer';
    },
    composer: 'textarea.rc-message-box__textarea[name="msg"], textarea.js-input-message',
  },
);
