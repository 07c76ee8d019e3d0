import type { HelpdeskAdapter } from '../adapter';
import { calmdeskDemo } from './calmdesk-demo';

/** Built-in adapters, most specific first; the first whose `matches` is true reads the page. */
export const BUILT_IN_ADAPTERS: readonly HelpdeskAdapter[] = [calmdeskDemo];

export function pickAdapter(doc: Document, location: Location): HelpdeskAdapter | null {
  return BUILT_IN_ADAPTERS.find((adapter) => adapter.matches(doc, location)) ?? null;
}
