import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type MessageKey, translate, type UiLocale } from '../i18n/i18n';

export const UiLocaleContext = createContext<UiLocale>('en');

export function useT(): (key: MessageKey, ...substitutions: (string | number)[]) => string {
  const locale = useContext(UiLocaleContext);
  return (key, ...substitutions) => translate(locale, key, ...substitutions);
}
