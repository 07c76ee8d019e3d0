import type { RefObject } from 'preact';
import { useContext } from 'preact/hooks';
import { fillPlaceholders, placeholderLabel, placeholdersIn } from '../phrasebook/placeholders';
import type { Suggestion } from '../phrasebook/rank';
import type { Locale } from '../phrasebook/schema';
import { UiLocaleContext, useT } from './i18n-context';

export interface InsertOutcome {
  ok: boolean;
  message: string;
}

interface Props {
  suggestion: Suggestion;
  number: number;
  locale: Locale;
  pageValues: Record<string, string>;
  values: Record<string, string>;
  asking: boolean;
  outcome: InsertOutcome | undefined;
  firstInput?: RefObject<HTMLInputElement>;
  onValues(values: Record<string, string>): void;
  onInsert(): void;
  onCopy(): void;
}

/** One phrase, shown as it will be inserted; values the page does not give are asked for inline, never sent raw. */
export function SuggestionItem(props: Props) {
  const { suggestion, number, locale, pageValues, values, asking, outcome } = props;
  const t = useT();
  const uiLocale = useContext(UiLocaleContext);
  const filled = fillPlaceholders(suggestion.text, { ...pageValues, ...values });
  // The form stays open once asked for, so a value can still be corrected after it was typed.
  const askable = placeholdersIn(suggestion.text).filter((name) => !pageValues[name]);

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
        {filled.text.split(/(\{[a-z_]+\})/).map((part, i) =>
          /^\{[a-z_]+\}$/.test(part) ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts of one string, positional by nature
            <mark key={i} class="placeholder" title={placeholderLabel(part.slice(1, -1), uiLocale)}>
              {part}
            </mark>
          ) : (
            part
          ),
        )}
      </p>
      <p class="suggestion__reason">
        {suggestion.reason[uiLocale]}
        {suggestion.alreadySent && <span class="suggestion__sent"> · {t('alreadySent')}</span>}
      </p>
      {asking && askable.length > 0 && (
        <form
          class="suggestion__fill"
          onSubmit={(event) => {
            event.preventDefault();
            props.onInsert();
          }}
        >
          <p class="suggestion__fill-title">{t('fillPlaceholders')}</p>
          {askable.map((name, i) => (
            <label key={name}>
              {placeholderLabel(name, locale)}
              <input
                ref={i === 0 ? props.firstInput : undefined}
                data-testid="placeholder-input"
                data-placeholder={name}
                value={values[name] ?? ''}
                onInput={(event) => props.onValues({ ...values, [name]: event.currentTarget.value })}
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
          onClick={props.onInsert}
        >
          {t('insert')}
        </button>
        <button type="button" class="button" data-testid="copy" onClick={props.onCopy}>
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
