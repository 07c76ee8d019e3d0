import { adapterFromSelectors, captured, onHost } from '../adapter';

/**
 * Zendesk Agent Workspace. Its `data-test-id` attributes have been stable for years across public userscripts;
 * the styled-components classes change with every deploy and are never used. Every open ticket tab keeps its pane
 * (`[data-ticket-id]`) in the DOM, so the conversation is the pane of the selected header tab.
 */
const SELECTED_TAB =
  'a[data-test-id="header-tab"][data-entity-type="TICKET_ENTITY_TYPE"][data-entity-is-selected="true"]';

function selectedTicketId(doc: Document): string | null {
  const tab = doc.querySelector(SELECTED_TAB);
  return (
    tab?.getAttribute('data-entity-id') ??
    captured(tab?.getAttribute('href'), /\/tickets\/(\d+)/) ??
    captured(doc.location.pathname, /\/agent\/tickets\/(\d+)/)
  );
}

const ticketIdOf = (log: Element) => log.closest('[data-ticket-id]')?.getAttribute('data-ticket-id') ?? null;

export const zendesk = adapterFromSelectors(
  'zendesk',
  (doc, location) =>
    onHost(location, 'zendesk.com') || doc.querySelector('[data-test-id="omni-log-container"]') !== null,
  {
    conversation: '[data-ticket-id] [data-test-id="omni-log-container"]',
    activeConversation: (logs, doc) => {
      const selected = selectedTicketId(doc);
      if (!selected) return logs.length === 1 ? logs[0] : undefined;
      return logs.find((log) => ticketIdOf(log) === selected);
    },
    conversationId: ticketIdOf,
    message: 'article[data-test-id="omni-log-comment-item"]',
    text: '[data-test-id="omni-log-message-content"]',
    author: '[data-test-id="omni-log-item-sender"]',
    // `type` is end-user / agent / internal; a note can also be an agent comment carrying the internal-note tag.
    role: (el) => {
      if (el.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return 'note';
      const type = el.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type');
      return type === 'end-user' ? 'customer' : type === 'internal' ? 'note' : 'agent';
    },
    composerScope: '[data-ticket-id]',
    // CKEditor 5 in rich-text and plain-text mode; the older ticket editor before the omnicomposer.
    composer: [
      '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]',
      '[data-test-id="omnicomposer-plain-text-ckeditor"]',
      '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
    ].join(', '),
  },
);
