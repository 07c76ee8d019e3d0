import type { TaughtSelectors } from '../helpdesk/teach/derive-selectors';
import { taughtSelectorsSchema } from '../helpdesk/teach/taught-sites';
import { loadTaughtSites, saveTaughtSite } from '../helpdesk/teach/taught-sites-store';

export async function taughtSelectorsFor(origin: string): Promise<TaughtSelectors | null> {
  return (await loadTaughtSites()).find((site) => site.origin === origin)?.selectors ?? null;
}

/** A page may only teach selectors for its own origin, and only a shape the schema accepts is saved. */
export async function teachSite(
  sender: { url?: string },
  payload: { origin: string; selectors: TaughtSelectors },
): Promise<boolean> {
  const senderOrigin = sender.url ? new URL(sender.url).origin : null;
  const selectors = taughtSelectorsSchema.safeParse(payload.selectors);
  if (senderOrigin !== payload.origin || !selectors.success) return false;
  await saveTaughtSite({ origin: payload.origin, selectors: selectors.data, savedAt: new Date().toISOString() });
  return true;
}
