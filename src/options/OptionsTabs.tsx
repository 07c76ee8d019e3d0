import { useT } from '../panel/i18n-context';
import type { Settings } from '../settings/settings';

export const TABS = ['phrasebook', 'import', 'history', 'team', 'terms', 'usage'] as const;
export type TabId = (typeof TABS)[number];

interface Props {
  tab: TabId;
  onSelect(tab: TabId): void;
  settings: Settings;
  onSettings(next: Settings): void;
}

/** The page header: tabs (arrow keys move between them, as in any tab list) and the UI language. */
export function OptionsTabs({ tab, onSelect, settings, onSettings }: Props) {
  const t = useT();
  function onKeyDown(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? tab;
    onSelect(next);
    document.getElementById(`tab-${next}`)?.focus();
  }
  return (
    <header class="options__header">
      <h1>{t('optionsTitle')}</h1>
      <div class="options__tabs" role="tablist" aria-label={t('optionsTitle')} onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            data-testid={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => onSelect(id)}
          >
            {t(`optionsTab_${id}`)}
          </button>
        ))}
      </div>
      <label class="options__language">
        {t('uiLanguageLabel')}
        <select
          value={settings.uiLanguage}
          onChange={(event) =>
            onSettings({ ...settings, uiLanguage: event.currentTarget.value as Settings['uiLanguage'] })
          }
        >
          <option value="auto">{t('uiLanguageAuto')}</option>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
    </header>
  );
}
