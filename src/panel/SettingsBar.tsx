import { useContext } from 'preact/hooks';
import { INDUSTRIES } from '../phrasebook/shipped';
import type { Settings } from '../settings/settings';
import { UiLocaleContext, useT } from './i18n-context';

export function SettingsBar({ settings, onChange }: { settings: Settings; onChange(next: Settings): void }) {
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
    </details>
  );
}
