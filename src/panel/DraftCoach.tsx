import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { coachDraft, type DraftContext } from '../coach/draft-coach';
import { isDraftNotice } from '../messaging/protocol';
import type { Locale, Phrasebook } from '../phrasebook/schema';
import { UiLocaleContext, useT } from './i18n-context';

interface Props {
  tabId: number;
  context: DraftContext;
  phrasebooks: readonly Phrasebook[];
  /** The customer's language, which is the language the agent writes in. */
  draftLocale: Locale;
}

/** At most two short hints on the agent's own draft, in the agent's UI language; coaching, never blocking. */
export function DraftCoach({ tabId, context, phrasebooks, draftLocale }: Props) {
  const t = useT();
  const uiLocale = useContext(UiLocaleContext);
  const [draft, setDraft] = useState('');

  useEffect(() => {
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isDraftNotice(message) && sender.tab?.id === tabId) setDraft(message.payload.text);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);

  const hints = draft ? coachDraft(draft, context, phrasebooks, draftLocale) : [];
  if (!hints.length) return null;
  return (
    <section class="coach" aria-labelledby="coach-title" aria-live="polite">
      <h2 id="coach-title">{t('coachTitle')}</h2>
      <ul>
        {hints.map((hint) => (
          <li
            key={hint.kind}
            class={`coach__hint coach__hint--${hint.kind}`}
            data-testid="draft-hint"
            data-kind={hint.kind}
          >
            <p>{hint.message[uiLocale]}</p>
            {hint.better && (
              <p class="coach__better" data-testid="draft-better">
                {t('coachBetter')} <q lang={draftLocale}>{hint.better[draftLocale]}</q>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
