import { useMemo } from 'preact/hooks';
import { customerLocale } from '../conversation/customer-locale';
import type { TabConversation } from '../conversation/tab-conversation';
import { sendToTab } from '../messaging/protocol';
import { rankSuggestions, type Suggestion } from '../phrasebook/rank';
import type { Locale } from '../phrasebook/schema';
import { SHIPPED_PHRASEBOOKS } from '../phrasebook/shipped';
import { EmotionCard } from './EmotionCard';
import { EmptyState } from './EmptyState';
import { UiLocaleContext, useT } from './i18n-context';
import { SettingsBar } from './SettingsBar';
import { type InsertOutcome, SuggestionList } from './SuggestionList';
import { useFollowedTab } from './use-followed-tab';
import { uiLocaleOf, useSettings } from './use-settings';
import { useTabState } from './use-tab-state';

export function PanelApp() {
  const [settings, saveSettings] = useSettings();
  const tabId = useFollowedTab();
  const state = useTabState(tabId);
  const uiLocale = uiLocaleOf(settings);
  return (
    <UiLocaleContext.Provider value={uiLocale}>
      <main class="panel" lang={uiLocale}>
        {tabId === null || state === null ? (
          <EmptyState kind="no-tab" />
        ) : state === undefined ? null : state.status !== 'reading' ? (
          <EmptyState kind={state.status} />
        ) : (
          <ConversationView tabId={tabId} state={state} uiLocale={uiLocale} industry={settings.industry} />
        )}
        <SettingsBar settings={settings} onChange={saveSettings} />
      </main>
    </UiLocaleContext.Provider>
  );
}

function ConversationView(props: { tabId: number; state: TabConversation; uiLocale: Locale; industry: string | null }) {
  const { tabId, state, uiLocale, industry } = props;
  const t = useT();
  const latest = state.customerMessages.at(-1);
  const locale = customerLocale(
    state.customerMessages.map((m) => m.result.lang),
    uiLocale,
  );
  const result = useMemo(() => {
    if (!state.conversation) return null;
    return rankSuggestions(SHIPPED_PHRASEBOOKS, {
      emotion: state.conversation.emotion,
      intensity: state.conversation.intensity,
      trend: state.conversation.trend,
      flags: state.conversation.flags,
      customerMessageCount: state.customerCount,
      agentMessageCount: state.agentMessages.length,
      locale,
      sentTexts: state.agentMessages.map((m) => m.text),
      industry: industry ?? undefined,
    });
  }, [state, locale, industry]);

  if (!latest || !state.conversation || !result) return <EmptyState kind="no-customer-message" />;

  const pageValues: Record<string, string> = {};
  if (state.meta.customerName) pageValues.customer = state.meta.customerName;
  if (state.meta.agentName) pageValues.agent = state.meta.agentName;

  async function insert(text: string, _suggestion: Suggestion): Promise<InsertOutcome> {
    try {
      const answer = await sendToTab(tabId, 'composer:insert', { text });
      if (answer?.ok) return { ok: true, message: t('inserted') };
      return { ok: false, message: t(answer?.error === 'rejected' ? 'insertFailed' : 'insertFailedNoComposer') };
    } catch {
      return { ok: false, message: t('contentScriptUnreachable') };
    }
  }

  return (
    <>
      <EmotionCard conversation={state.conversation} latest={latest} count={state.customerCount} />
      <SuggestionList result={result} locale={locale} pageValues={pageValues} onInsert={insert} />
    </>
  );
}
