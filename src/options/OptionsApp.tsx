import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CustomTerm } from '../emotion';
import { catalogue, composeActive } from '../library/compose';
import { upsertEntry } from '../library/edits';
import { UiLocaleContext } from '../panel/i18n-context';
import { uiLocaleOf, useSettings } from '../panel/use-settings';
import type { PhraseEntry } from '../phrasebook/schema';
import { SHIPPED_PHRASEBOOKS } from '../phrasebook/shipped';
import { CustomTermsTab, useSavedTerms } from './CustomTermsTab';
import { HistoryTab } from './HistoryTab';
import { ImportExportTab } from './ImportExportTab';
import { LibraryNoticeBar } from './LibraryNoticeBar';
import { OptionsTabs, type TabId } from './OptionsTabs';
import { PhrasebookTab } from './PhrasebookTab';
import { TeamTab } from './TeamTab';
import { TestBench } from './TestBench';
import { UsageTab } from './UsageTab';
import { useLibrary } from './use-library';
import { useTeam } from './use-team';
import './options.css';

/** A valid entry in the editor form, not saved yet: the test bench shows suggestions as if it were. */
export interface DraftEntry {
  entry: PhraseEntry;
  replacingId: string | null;
}

export function OptionsApp() {
  const [settings, saveSettings] = useSettings();
  const uiLocale = uiLocaleOf(settings);
  const library = useLibrary();
  const team = useTeam();
  const savedTerms = useSavedTerms();
  const [tab, setTab] = useState<TabId>('phrasebook');
  const [draft, setDraft] = useState<DraftEntry | null>(null);
  const [draftTerms, setDraftTerms] = useState<CustomTerm[] | null>(null);
  const [benchFocus, setBenchFocus] = useState<string | null>(null);

  const state = library.snapshot?.state ?? null;
  const rows = useMemo(() => (state ? catalogue(state, SHIPPED_PHRASEBOOKS, team.books) : []), [state, team.books]);
  const benchBooks = useMemo(() => {
    if (!state) return SHIPPED_PHRASEBOOKS;
    const withDraft = draft ? upsertEntry(state, draft.entry, draft.replacingId ?? undefined) : state;
    return composeActive(withDraft, SHIPPED_PHRASEBOOKS, team.books);
  }, [state, draft, team.books]);

  useEffect(() => {
    document.documentElement.lang = uiLocale;
  }, [uiLocale]);

  const showBench = tab === 'phrasebook' || tab === 'terms';
  return (
    <UiLocaleContext.Provider value={uiLocale}>
      <div class={`options${showBench ? ' options--with-bench' : ''}`}>
        <OptionsTabs tab={tab} onSelect={setTab} settings={settings} onSettings={saveSettings} />
        <LibraryNoticeBar library={library} />
        <main class="options__main">
          <div hidden={tab !== 'phrasebook'} role="tabpanel" id="panel-phrasebook" aria-labelledby="tab-phrasebook">
            <PhrasebookTab
              library={library}
              rows={rows}
              teamBooks={team.books}
              onDraft={setDraft}
              focusId={benchFocus}
              onFocused={() => setBenchFocus(null)}
            />
          </div>
          <div hidden={tab !== 'import'} role="tabpanel" id="panel-import" aria-labelledby="tab-import">
            <ImportExportTab library={library} teamBooks={team.books} />
          </div>
          <div hidden={tab !== 'history'} role="tabpanel" id="panel-history" aria-labelledby="tab-history">
            <HistoryTab library={library} />
          </div>
          <div hidden={tab !== 'team'} role="tabpanel" id="panel-team" aria-labelledby="tab-team">
            <TeamTab team={team} />
          </div>
          <div hidden={tab !== 'terms'} role="tabpanel" id="panel-terms" aria-labelledby="tab-terms">
            <CustomTermsTab saved={savedTerms} onDraft={setDraftTerms} />
          </div>
          <div hidden={tab !== 'usage'} role="tabpanel" id="panel-usage" aria-labelledby="tab-usage">
            <UsageTab books={benchBooks} />
          </div>
        </main>
        {/* Hidden rather than removed on the other tabs, so what the lead typed into it is still there. */}
        <aside class="options__bench" hidden={!showBench}>
          <TestBench
            books={benchBooks}
            terms={draftTerms ?? savedTerms}
            industry={settings.industry}
            onOpenEntry={(id) => {
              setTab('phrasebook');
              setBenchFocus(id);
            }}
          />
        </aside>
      </div>
    </UiLocaleContext.Provider>
  );
}
