import { useContext } from 'preact/hooks';
import { sendToTab } from '../messaging/protocol';
import { INDUSTRIES } from '../phrasebook/shipped';
import type { Settings } from '../settings/settings';
import { UiLocaleContext, useT } from './i18n-context';
import { SiteAccess } from './SiteAccess';
import { TaughtSites } from './TaughtSites';

interface Props {
  settings: Settings;
  tabId: number | null;
  url: string | undefined;
  onChange(next: Settings): void;
}

export function SettingsBar({ settings, tabId, url, onChange }: Props) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  return (
    <details class="settings">
      <summary>{t('settings')}</summary>
      <label>
        {t('industryLabel')}
        <select
          data-testid="industry"
          value={settings.industry ?? ''}
          onChange={(event) => onChange({ ...settings, industry: event.currentTarget.value || null })}
        >
          <option value="">{t('industryNone')}</option>
          {INDUSTRIES.map((industry) => (
            <option key={industry.id} value={industry.id}>
              {industry.name[locale]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('uiLanguageLabel')}
        <select
          data-testid="ui-language"
          value={settings.uiLanguage}
          onChange={(event) =>
            onChange({ ...settings, uiLanguage: event.currentTarget.value as Settings['uiLanguage'] })
          }
        >
          <option value="auto">{t('uiLanguageAuto')}</option>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label class="settings__check">
        <input
          type="checkbox"
          data-testid="care-nudges"
          checked={settings.careNudges}
          onChange={(event) => onChange({ ...settings, careNudges: event.currentTarget.checked })}
        />
        {t('settingCareNudges')}
      </label>
      <label class="settings__check">
        <input
          type="checkbox"
          data-testid="store-customer-text"
          checked={settings.storeCustomerText}
          onChange={(event) => onChange({ ...settings, storeCustomerText: event.currentTarget.checked })}
        />
        {t('settingStoreText')}
      </label>
      {tabId !== null && (
        <button
          type="button"
          class="button"
          data-testid="teach-current-page"
          // The generic reader may guess a page wrong; teaching it overrides the guess for the whole site.
          onClick={() => void sendToTab(tabId, 'picker:start', {}, { frameId: 0 }).catch(() => undefined)}
        >
          {t('teachThisPage')}
        </button>
      )}
      <SiteAccess url={url} />
      <TaughtSites />
    </details>
  );
}
