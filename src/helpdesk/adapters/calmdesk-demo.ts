import { adapterFromSelectors } from '../adapter';

const ROLES = { customer: 'customer', agent: 'agent', note: 'note', system: 'system' } as const;

/** The demo helpdesk served by `npm run demo` / `npm start` (demo/index.html). */
export const calmdeskDemo = adapterFromSelectors(
  'calmdesk-demo',
  (doc) => doc.documentElement.dataset.helpdesk === 'calmdesk-demo',
  {
    conversation: '[data-testid="conversation"]',
    conversationId: (el) => el.getAttribute('data-conversation-id'),
    message: '.message',
    messageId: 'data-message-id',
    text: '.message__text',
    author: '.message__author',
    role: (el) => ROLES[el.getAttribute('data-role') as keyof typeof ROLES] ?? 'system',
    customerName: '.conversation__customer-name',
    agentName: '.topbar__agent-name',
    composer: '#composer-input',
  },
);
