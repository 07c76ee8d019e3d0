import { useT } from './i18n-context';

type Kind = 'no-tab' | 'no-adapter' | 'no-conversation' | 'no-customer-message';

const MESSAGES = {
  'no-tab': 'stateNoTab',
  'no-adapter': 'stateNoAdapter',
  'no-conversation': 'stateNoConversation',
  'no-customer-message': 'stateNoCustomerMessage',
} as const;

/** Every empty state says what to do next, not just that there is nothing. */
export function EmptyState({ kind }: { kind: Kind }) {
  const t = useT();
  return (
    <section class="empty" data-testid="empty-state" data-state={kind}>
      <p>{t(MESSAGES[kind])}</p>
    </section>
  );
}
