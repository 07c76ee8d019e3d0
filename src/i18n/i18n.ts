import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

/**
 * The UI reads the extension's own _locales files rather than browser.i18n, because agents may switch the
 * panel's language in settings, and browser.i18n only ever answers in the browser's language.
 */
export const UI_LOCALES = ['zh-CN', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export type MessageKey = keyof typeof en;

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const CATALOGUES: Record<UiLocale, Record<string, ChromeMessage>> = { en, 'zh-CN': zh };

export function browserUiLocale(language: string | undefined): UiLocale {
  return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Chrome's message format: `$NAME$` names a placeholder whose content is `$1`, `$2`… */
export function translate(locale: UiLocale, key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = CATALOGUES[locale][key] ?? CATALOGUES.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(/^\$(\d)$/.exec(content)?.[1]) : Number.NaN;
    return Number.isNaN(index) ? whole : String(substitutions[index - 1] ?? '');
  });
}

export function catalogueKeys(locale: UiLocale): string[] {
  return Object.keys(CATALOGUES[locale]);
}
