/**
 * Remembers what was worked out about each message element of one list until that element changes. The page is
 * read again on every burst of mutations anywhere (a keystroke in a rich composer is one); re-deriving 5,000
 * unchanged messages each time would be a long task, so only the messages a mutation touched are read again.
 */
export function createItemCache<T>(derive: (item: Element) => T) {
  let list: Element | null = null;
  let observer: MutationObserver | null = null;
  let cache = new WeakMap<Element, T>();

  const forget = (records: MutationRecord[]) => {
    for (const record of records) {
      for (let node: Node | null = record.target; node && node !== list; node = node.parentNode) {
        cache.delete(node as Element);
      }
    }
  };

  return {
    /** Starts over for a list that replaced the previous one. */
    watch(next: Element) {
      if (next === list) return;
      observer?.disconnect();
      cache = new WeakMap();
      list = next;
      observer = new MutationObserver(forget);
      observer.observe(next, { subtree: true, childList: true, characterData: true, attributes: true });
    },

    /** Mutations not yet delivered to the observer still make their elements stale: call before a read. */
    sync() {
      if (observer) forget(observer.takeRecords());
    },

    get(item: Element): T {
      let value = cache.get(item);
      if (value === undefined) {
        value = derive(item);
        cache.set(item, value);
      }
      return value;
    },
  };
}
