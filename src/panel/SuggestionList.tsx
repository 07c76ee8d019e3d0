import type { SuggestionResult } from '../phrasebook/rank';
import type { Locale } from '../phrasebook/schema';
import { useT } from './i18n-context';
import { type InsertOutcome, SuggestionItem } from './SuggestionItem';

interface Props {
  result: SuggestionResult;
  locale: Locale;
  pageValues: Record<string, string>;
  onInsert: Parameters<typeof SuggestionItem>[0]['onInsert'];
}

export type { InsertOutcome };

/** Suggestions grouped by step, numbered across groups in the order Alt+1…Alt+5 insert them. */
export function SuggestionList({ result, locale, pageValues, onInsert }: Props) {
  const t = useT();
  let number = 0;
  return (
    <section class="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('suggestionsTitle')}</h2>
      {result.groups.map((group) => (
        <div class="suggestions__group" key={group.step} data-testid="suggestion-group" data-step={group.step}>
          <h3>{t(`step_${group.step}`)}</h3>
          <ol>
            {group.suggestions.map((suggestion) => {
              number++;
              return (
                <SuggestionItem
                  key={suggestion.entry.id}
                  suggestion={suggestion}
                  number={number}
                  locale={locale}
                  pageValues={pageValues}
                  onInsert={onInsert}
                />
              );
            })}
          </ol>
        </div>
      ))}
      {result.nextSteps.length > 0 && (
        <div class="next-steps">
          <h3>{t('nextStepsTitle')}</h3>
          <ul>
            {result.nextSteps.map((step) => (
              <li key={step.id} data-testid="next-step">
                <label>
                  <input type="checkbox" /> {step.text}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
