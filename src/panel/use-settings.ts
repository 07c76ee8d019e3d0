import { useEffect, useState } from 'preact/hooks';
import { browserUiLocale, type UiLocale } from '../i18n/i18n';
import { DEFAULT_SETTINGS, parseSettings, type Settings, settingsItem } from '../settings/settings';

export function useSettings(): [Settings, (next: Settings) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void settingsItem.getValue().then((value) => setSettings(parseSettings(value)));
    return settingsItem.watch((value) => setSettings(parseSettings(value)));
  }, []);
  return [settings, (next) => void settingsItem.setValue(next)];
}

export function uiLocaleOf(settings: Settings): UiLocale {
  return settings.uiLanguage === 'auto' ? browserUiLocale(navigator.language) : settings.uiLanguage;
}
