import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n/i18n';
import { askBackground, sendToTab } from '../messaging/protocol';
import { useT } from './i18n-context';

type Kind =
  | 'no-tab'
  | 'unsupported'
  | 'not-enabled'
  | 'unreachable'
  | 'no-adapter'
  | 'no-conversation'
  | 'no-customer-message';

const MESSAGES: Record<Kind, MessageKey> = {
  'no-tab': 'stateNoTab',
  unsupported: 'stateUnsupported',
  'not-enabled': 'stateNotEnabled',
  unreachable: 'contentScriptUnreachable',
  'no-adapter': 'stateNoAdapter',
  'no-conversation': 'stateNoConversation',
  'no-customer-message': 'stateNoCustomerMessage',
};

/** Every empty state says what to do next, and offers the button that does it. */
export function EmptyState({ kind, tabId, url }: { kind: Kind; tabId?: number; url?: string }) {
  const t = useT();
  const [problem, setProblem] = useState<MessageKey | null>(null);

  async function enable() {
    if (tabId === undefined || !url) return setProblem('enableNeedsToolbar');
    const origin = new URL(url).origin;
    // The permission prompt needs this click; the background then registers the content script for the site.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) return setProblem('enableDenied');
    await askBackground('site:enable', { tabId, origin });
  }

  async function teach() {
    if (tabId === undefined) return;
    try {
      await sendToTab(tabId, 'picker:start', {}, { frameId: 0 });
    } catch {
      setProblem('contentScriptUnreachable');
    }
  }

  return (
    <section class="empty" data-testid="empty-state" data-state={kind}>
      <p>{t(MESSAGES[kind])}</p>
      {kind === 'not-enabled' && (
        <button type="button" class="button button--primary" data-testid="enable-site" onClick={() => void enable()}>
          {t('enableOnSite')}
        </button>
      )}
      {kind === 'not-enabled' && <p class="empty__hint">{t('stateUnreachableHint')}</p>}
      {kind === 'unreachable' && tabId !== undefined && (
        <button
          type="button"
          class="button button--primary"
          data-testid="reload-page"
          onClick={() => void browser.tabs.reload(tabId)}
        >
          {t('reloadPage')}
        </button>
      )}
      {(kind === 'no-adapter' || kind === 'no-conversation') && (
        <>
          <p class="empty__hint">{t('teachHint')}</p>
          <button type="button" class="button button--primary" data-testid="teach-page" onClick={() => void teach()}>
            {t('teachThisPage')}
          </button>
        </>
      )}
      {problem && (
        <p class="empty__problem" role="alert">
          {t(problem)}
        </p>
      )}
    </section>
  );
}
