import { useEffect, useState } from 'preact/hooks';
import { readTabState, watchTabState } from '../background/tab-store';
import type { TabState } from '../conversation/tab-conversation';

/** `undefined` while loading; `null` when the tab has reported nothing (no content script ran there). */
export function useTabState(tabId: number | null): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) {
      setState(null);
      return;
    }
    let live = true;
    setState(undefined);
    const stop = watchTabState(tabId, (next) => live && setState(next));
    // A read that fails (the extension still starting after an update) counts as nothing reported yet.
    void readTabState(tabId)
      .catch(() => null)
      .then((first) => live && setState((seen) => (seen === undefined ? first : seen)));
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);
  return state;
}
