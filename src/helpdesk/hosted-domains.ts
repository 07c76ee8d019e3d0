/**
 * Where the content script runs without the agent enabling anything: the hosted helpdesks Calmdesk has adapters
 * for, and this machine (the demo helpdesk and self-hosted helpdesks served on localhost). Any other site is
 * enabled from the panel ("Enable on this site"), which asks for that one site.
 */
export const LOCAL_PAGES = ['http://localhost/*', 'http://127.0.0.1/*'];

export const HOSTED_HELPDESKS = [
  'https://app.chatwoot.com/*',
  'https://*.zendesk.com/*',
  'https://*.zammad.com/*',
  'https://*.rocket.chat/*',
  'https://panel.tiledesk.com/*',
  'https://app.crisp.chat/*',
  'https://app.intercom.com/*',
];
