import { adapterFromSelectors, captured, onHost } from '../adapter';

/**
 * Crisp inbox (app.crisp.chat). BEM classes, consistent across public scripts: `--user` is the visitor,
 * `--operator` the agent; private notes and events carry neither. The composer markup is not documented publicly.
 */
const MESSAGE = 'c-conversation-box-content-message';

export const crisp = adapterFromSelectors(
  'crisp',
  (doc, location) => onHost(location, 'app.crisp.chat') || doc.querySelector('.c-conversation-box-content') !== null,
  {
    conversation: '.c-conversation-box-content',
    conversationId: (_root, doc) => captured(doc.location.pathname, /\/inbox\/(session_[^/]+)/),
    message: `.${MESSAGE}`,
    text: `.${MESSAGE}-bubble__content`,
    author: `.${MESSAGE}__avatar-tooltip .c-base-tooltip__default`,
    role: (el) => {
      if (el.classList.contains(`${MESSAGE}--note`)) return 'note';
      if (el.classList.contains(`${MESSAGE}--user`)) return 'customer';
      return el.classList.contains(`${MESSAGE}--operator`) ? 'agent' : 'system';
    },
    composer: '.c-conversation-box-field textarea, .c-conversation-box-field [contenteditable="true"]',
  },
);
