import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/protocol';

export type PageAccess = 'checking' | 'unsupported' | 'not-enabled' | 'unreachable' | 'running' | 'unknown';

/**
 * Why a tab has told the panel nothing: a page no extension may script, a site Calmdesk is not enabled on, or a
 * site it is enabled on whose page still runs a script orphaned by an extension update (it needs a reload).
 */
export function usePageAccess(tabId: number, url: string | undefined): PageAccess {
  const [access, setAccess] = useState<PageAccess>('checking');
  useEffect(() => {
    let live = true;
    const settle = (value: PageAccess) => live && setAccess(value);
    void (async () => {
      if (url !== undefined && !/^https?:/.test(url)) return settle('unsupported');
      const alive = await sendToTab(tabId, 'content:ping', {}, { frameId: 0 }).catch(() => null);
      if (alive?.alive) return settle('running');
      if (url === undefined) return settle('unknown');
      const granted = await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
      settle(granted ? 'unreachable' : 'not-enabled');
    })();
    return () => {
      live = false;
    };
  }, [tabId, url]);
  return access;
}
