import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/protocol';

export type PageAccess = 'checking' | 'unsupported' | 'not-enabled' | 'unreachable' | 'running' | 'unknown';

/** A page that did not answer is asked again: right after an extension update the browser may still be settling. */
const RECHECK_MS = 3000;

async function accessOf(tabId: number, url: string | undefined): Promise<PageAccess> {
  if (url !== undefined && !/^https?:/.test(url)) return 'unsupported';
  const alive = await sendToTab(tabId, 'content:ping', {}, { frameId: 0 }).catch(() => null);
  if (alive?.alive) return 'running';
  if (url === undefined) return 'unknown';
  const granted = await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }).catch(() => null);
  return granted === null ? 'unknown' : granted ? 'unreachable' : 'not-enabled';
}

/**
 * Why a tab has told the panel nothing: a page no extension may script, a site Calmdesk is not enabled on, or a
 * site it is enabled on whose page still runs a script orphaned by an extension update (it needs a reload).
 */
export function usePageAccess(tabId: number, url: string | undefined): PageAccess {
  const [access, setAccess] = useState<PageAccess>('checking');
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const next = await accessOf(tabId, url);
      if (!live) return;
      setAccess(next);
      // Until a live script answers; once one does, an update closes this panel anyway.
      if (next !== 'running' && next !== 'unsupported') timer = setTimeout(() => void check(), RECHECK_MS);
    };
    void check();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tabId, url]);
  return access;
}
