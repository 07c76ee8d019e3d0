import { storage } from 'wxt/utils/storage';
import { type TaughtSite, taughtSitesSchema } from './taught-sites';

/** Saved in storage.local so the content script can read it on load; holds selectors only, never page text. */
export const taughtSitesItem = storage.defineItem<TaughtSite[]>('local:taughtSites', { fallback: [], version: 1 });

/** Sites as stored may come from another version or a hand-edited import: invalid ones are dropped, not trusted. */
export async function loadTaughtSites(): Promise<TaughtSite[]> {
  const parsed = taughtSitesSchema.safeParse(await taughtSitesItem.getValue());
  return parsed.success ? parsed.data : [];
}

export async function saveTaughtSite(site: TaughtSite): Promise<void> {
  const others = (await loadTaughtSites()).filter((s) => s.origin !== site.origin);
  await taughtSitesItem.setValue([...others, site]);
}

export async function forgetTaughtSite(origin: string): Promise<void> {
  await taughtSitesItem.setValue((await loadTaughtSites()).filter((s) => s.origin !== origin));
}
