import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The followed tab's URL, when the extension may see it: always on sites it runs on, and on any site right after
 * the agent clicks the toolbar button there (activeTab). Undefined otherwise.
 */
export function useTabUrl(tabId: number | null): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    setUrl(undefined);
    if (tabId === null) return;
    const refresh = () =>
      browser.tabs
        .get(tabId)
        .then((tab) => setUrl(tab.url))
        .catch(() => setUrl(undefined));
    const onUpdated = (id: number) => id === tabId && void refresh();
    void refresh();
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);
  return url;
}
