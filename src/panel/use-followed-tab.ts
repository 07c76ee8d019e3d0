import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** `?tabId=N` pins the panel to tab N (tests, a detached window); otherwise it follows its window's active tab. */
export function pinnedTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  const id = value === null ? Number.NaN : Number(value);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

export function useFollowedTab(): number | null {
  const pinned = pinnedTabId(location.search);
  const [tabId, setTabId] = useState<number | null>(pinned);

  useEffect(() => {
    if (pinned !== null) return;
    let windowId: number | undefined;
    const refresh = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        windowId = tab?.windowId;
        setTabId(tab?.id ?? null);
      });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);

  return tabId;
}
