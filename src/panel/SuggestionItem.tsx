import { useState } from 'preact/hooks';
import { fillPlaceholders, placeholderLabel, placeholdersIn } from '../phrasebook/placeholders';
import type { Suggestion } from '../phrasebook/rank';
import type { Locale } from '../phrasebook/schema';
import { useT } from './i18n-context';

export interface InsertOutcome {
  ok: boolean;
  message: string;
}

interface Props {
  suggestion: Suggestion;
  number: number;
  locale: Locale;
  pageValues: Record<string, string>;
  onInsert(text: string, suggestion: Suggestion): Promise<InsertOutcome>;
}

/** One phrase: shown as it will be inserted; missing placeholder values are asked for inline, never sent raw. */
export function SuggestionItem({ suggestion, number, locale, pageValues, onInsert }: Props) {
  const t = useT();
  const [values, setValues] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);
  const filled = fillPlaceholders(suggestion.text, { ...pageValues, ...values });
  // The form stays open once asked for, so a value can still be corrected after it was typed.
  const askable = placeholdersIn(suggestion.text).filter((name) => !pageValues[name]);

  async function insert() {
    if (filled.missing.length) {
      setAsking(true);
      return;
    }
    const result = await onInsert(filled.text, suggestion);
    setOutcome(result);
    if (result.ok) setAsking(false);
  }

  async function copy() {
    if (filled.missing.length) return setAsking(true);
    await navigator.clipboard.writeText(filled.text);
    setOutcome({ ok: true, message: t('copied') });
  }

  return (
    <li
      class={`suggestion${suggestion.alreadySent ? ' suggestion--sent' : ''}`}
      data-testid="suggestion"
      data-entry-id={suggestion.entry.id}
      data-step={suggestion.step}
      data-already-sent={String(suggestion.alreadySent)}
    >
      <p class="suggestion__text" data-testid="suggestion-text" lang={locale}>
        <span class="suggestion__number" aria-hidden="true">
          {number}
        </span>
        {filled.text}
      </p>
      <p class="suggestion__reason">
        {suggestion.reason[locale === 'zh-CN' ? 'zh-CN' : 'en']}
        {suggestion.alreadySent && <span class="suggestion__sent"> · {t('alreadySent')}</span>}
      </p>
      {asking && askable.length > 0 && (
        <form
          class="suggestion__fill"
          onSubmit={(event) => {
            event.preventDefault();
            void insert();
          }}
        >
          <p class="suggestion__fill-title">{t('fillPlaceholders')}</p>
          {askable.map((name, i) => (
            <label key={name}>
              {placeholderLabel(name, locale)}
              <input
                data-testid="placeholder-input"
                data-placeholder={name}
                value={values[name] ?? ''}
                // biome-ignore lint/a11y/noAutofocus: the agent asked to insert; the first missing value is next
                autoFocus={i === 0}
                onInput={(event) => setValues({ ...values, [name]: event.currentTarget.value })}
              />
            </label>
          ))}
          <button type="submit" hidden />
        </form>
      )}
      <div class="suggestion__actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="insert"
          aria-label={t('insertNumbered', number)}
          onClick={() => void insert()}
        >
          {t('insert')}
        </button>
        <button type="button" class="button" data-testid="copy" onClick={() => void copy()}>
          {t('copy')}
        </button>
        {outcome && (
          <span class={`suggestion__outcome${outcome.ok ? '' : ' suggestion__outcome--error'}`} role="status">
            {outcome.message}
          </span>
        )}
      </div>
    </li>
  );
}
