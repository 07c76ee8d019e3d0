import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { customerLocale } from '../conversation/customer-locale';
import type { TabConversation } from '../conversation/tab-conversation';
import { recordInsertion } from '../library/usage';
import { useActivePhrasebooks } from '../library/use-active-phrasebooks';
import { isPanelNotice, sendToTab } from '../messaging/protocol';
import { rankSuggestions, type Suggestion } from '../phrasebook/rank';
import type { Locale } from '../phrasebook/schema';
import { detectTopics } from '../phrasebook/topics';
import type { Settings } from '../settings/settings';
import { CareNudge } from './CareNudge';
import { CorrectionControl } from './CorrectionControl';
import { DraftCoach } from './DraftCoach';
import { EmotionCard } from './EmotionCard';
import { EmptyState } from './EmptyState';
import { UiLocaleContext, useT } from './i18n-context';
import { Reminders } from './Reminders';
import { SettingsBar } from './SettingsBar';
import { type InsertOutcome, SuggestionList } from './SuggestionList';
import { Timeline } from './Timeline';
import { hostileStretchOver, useCareNudge } from './use-care-nudge';
import { useFollowedTab } from './use-followed-tab';
import { usePageAccess } from './use-page-access';
import { uiLocaleOf, useSettings } from './use-settings';
import { useTabState } from './use-tab-state';
import { useTabUrl } from './use-tab-url';

export function PanelApp() {
  const [settings, saveSettings] = useSettings();
  const tabId = useFollowedTab();
  const state = useTabState(tabId);
  const url = useTabUrl(tabId);
  const uiLocale = uiLocaleOf(settings);
  return (
    <UiLocaleContext.Provider value={uiLocale}>
      <main class="panel" lang={uiLocale}>
        {tabId === null ? (
          <EmptyState kind="no-tab" />
        ) : state === undefined ? null : state === null ? (
          <SilentTab tabId={tabId} url={url} />
        ) : (
          <>
            <LostPage tabId={tabId} url={url} />
            {state.status !== 'reading' ? (
              <EmptyState kind={state.status} tabId={tabId} url={url} />
            ) : (
              <ConversationView tabId={tabId} state={state} uiLocale={uiLocale} settings={settings} />
            )}
          </>
        )}
        <SettingsBar settings={settings} tabId={tabId} url={url} onChange={saveSettings} />
      </main>
    </UiLocaleContext.Provider>
  );
}

/** A tab that has reported nothing: say why, with the button that fixes it. */
function SilentTab({ tabId, url }: { tabId: number; url: string | undefined }) {
  const access = usePageAccess(tabId, url);
  if (access === 'checking') return null;
  const kind = access === 'running' ? 'no-adapter' : access === 'unknown' ? 'not-enabled' : access;
  return <EmptyState kind={kind} tabId={tabId} url={url} />;
}

/**
 * What the panel shows may come from a page whose script an extension update orphaned: the read-out then no longer
 * follows the page, and the agent is told to reload it.
 */
function LostPage({ tabId, url }: { tabId: number; url: string | undefined }) {
  const t = useT();
  if (usePageAccess(tabId, url) !== 'unreachable') return null;
  return (
    <p class="lost" role="alert" data-testid="page-lost">
      {t('contentScriptUnreachable')}{' '}
      <button type="button" class="button" data-testid="reload-page" onClick={() => void browser.tabs.reload(tabId)}>
        {t('reloadPage')}
      </button>
    </p>
  );
}

interface ViewProps {
  tabId: number;
  state: TabConversation;
  uiLocale: Locale;
  settings: Settings;
}

function ConversationView({ tabId, state, uiLocale, settings }: ViewProps) {
  const t = useT();
  const latest = state.customerMessages.at(-1);
  const conversationKey = `${state.meta.adapterId}:${state.meta.conversationId}`;
  const locale = customerLocale(
    state.customerMessages.map((m) => m.result.lang),
    uiLocale,
  );
  const care = useCareNudge(conversationKey, hostileStretchOver(state.customerMessages), settings.careNudges);
  const askFor = useFillRequests(tabId);
  const phrasebooks = useActivePhrasebooks();
  const result = useMemo(() => {
    if (!state.conversation) return null;
    return rankSuggestions(phrasebooks, {
      emotion: state.conversation.emotion,
      intensity: state.conversation.intensity,
      trend: state.conversation.trend,
      flags: state.conversation.flags,
      customerMessageCount: state.customerCount,
      agentMessageCount: state.agentMessages.length,
      locale,
      sentTexts: state.agentMessages.map((m) => m.text),
      topics: detectTopics(state.customerMessages.map((m) => m.text)),
      industry: settings.industry ?? undefined,
    });
  }, [state, locale, settings.industry, phrasebooks]);

  if (!latest || !state.conversation || !result) return <EmptyState kind="no-customer-message" />;

  const pageValues: Record<string, string> = {};
  if (state.meta.customerName) pageValues.customer = state.meta.customerName;
  if (state.meta.agentName) pageValues.agent = state.meta.agentName;

  const reading = state.conversation;

  async function insert(text: string, suggestion: Suggestion): Promise<InsertOutcome> {
    try {
      const answer = await sendToTab(tabId, 'composer:insert', { text });
      if (answer?.ok) {
        const { emotion, intensity } = reading;
        void recordInsertion({
          entryId: suggestion.entry.id,
          phrasebookId: suggestion.phrasebookId,
          emotion,
          intensity,
        });
        return { ok: true, message: t('inserted') };
      }
      return { ok: false, message: t(answer?.error === 'rejected' ? 'insertFailed' : 'insertFailedNoComposer') };
    } catch {
      return { ok: false, message: t('contentScriptUnreachable') };
    }
  }

  return (
    <>
      {care.show && <CareNudge onDismiss={care.dismiss} />}
      <EmotionCard conversation={state.conversation} latest={latest} count={state.customerCount}>
        <CorrectionControl latest={latest} conversationKey={conversationKey} storeText={settings.storeCustomerText} />
      </EmotionCard>
      <DraftCoach
        // A sent reply (a new agent message) or another conversation leaves nothing to coach on.
        key={`${conversationKey}:${state.agentMessages.length}`}
        tabId={tabId}
        context={{ emotion: reading.emotion, intensity: reading.intensity, flags: reading.flags }}
        phrasebooks={phrasebooks}
        draftLocale={locale}
      />
      <Reminders conversationKey={conversationKey} />
      <Timeline messages={state.customerMessages} earlier={state.earlierTimeline ?? ''} total={state.customerCount} />
      <SuggestionList
        // Values typed into a phrase belong to this customer: another conversation starts with none.
        key={conversationKey}
        tabId={tabId}
        result={result}
        locale={locale}
        pageValues={pageValues}
        askFor={askFor}
        onInsert={insert}
      />
    </>
  );
}

/** A shortcut pressed on the page for a suggestion that still needs values opens its fill-in here. */
function useFillRequests(tabId: number) {
  const [askFor, setAskFor] = useState<{ index: number; at: number } | null>(null);
  useEffect(() => {
    const onMessage = (message: unknown) => {
      if (isPanelNotice(message) && message.payload.tabId === tabId) {
        setAskFor({ index: message.payload.index, at: Date.now() });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);
  return askFor;
}
