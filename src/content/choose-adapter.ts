import type { HelpdeskAdapter } from '../helpdesk/adapter';
import { BUILT_IN_ADAPTERS, pickAdapter } from '../helpdesk/adapters';
import type { TaughtSelectors } from '../helpdesk/teach/derive-selectors';
import { taughtAdapter } from '../helpdesk/teach/taught-adapter';

/** A built-in adapter knows its helpdesk best; what the agent taught beats the generic guess. */
export function chooseAdapter(
  doc: Document,
  location: Location,
  taught: TaughtSelectors | null,
): HelpdeskAdapter | null {
  const builtIn = BUILT_IN_ADAPTERS.find((adapter) => adapter.matches(doc, location));
  if (builtIn) return builtIn;
  if (taught) return taughtAdapter(location.origin, taught);
  return pickAdapter(doc, location);
}
