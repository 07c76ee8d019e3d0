import type { HelpdeskAdapter } from '../adapter';
import { genericAdapter } from '../generic/generic-adapter';
import { calmdeskDemo } from './calmdesk-demo';
import { chatwoot } from './chatwoot';
import { crisp } from './crisp';
import { freescout } from './freescout';
import { intercom } from './intercom';
import { libredesk } from './libredesk';
import { liveHelperChat } from './live-helper-chat';
import { rocketChat } from './rocket-chat';
import { tiledesk } from './tiledesk';
import { zammad } from './zammad';
import { zendesk } from './zendesk';

/** Built-in adapters, most specific first; the first whose `matches` is true reads the page. */
export const BUILT_IN_ADAPTERS: readonly HelpdeskAdapter[] = [
  calmdeskDemo,
  chatwoot,
  zendesk,
  liveHelperChat,
  zammad,
  freescout,
  rocketChat,
  tiledesk,
  libredesk,
  crisp,
  intercom,
];

export function pickAdapter(doc: Document, location: Location): HelpdeskAdapter | null {
  const builtIn = BUILT_IN_ADAPTERS.find((adapter) => adapter.matches(doc, location));
  return builtIn ?? (genericAdapter.matches(doc, location) ? genericAdapter : null);
}
