import { useEffect, useRef, useState } from 'preact/hooks';
import { publishSuggestions, SHORTCUT_COUNT } from '../conversation/published-suggestions';
import { fillPlaceholders } from '../phrasebook/placeholders';
import type { Suggestion, SuggestionGroup, SuggestionResult } from '../phrasebook/rank';
import type { Locale } from '../phrasebook/schema';
import { useT } from './i18n-context';
import { type InsertOutcome, SuggestionItem } from './SuggestionItem';

interface Props {
  tabId: number;
  result: SuggestionResult;
  locale: Locale;
  pageValues: Record<string, string>;
  /** Set when a shortcut asked for suggestion N whose placeholders still need values. */
  askFor: { index: number; at: number } | null;
  onInsert(text: string, suggestion: Suggestion): Promise<InsertOutcome>;
}

export type { InsertOutcome };

/** Consecutive suggestions of one step form one group; the ranking already orders them by step. */
function groupByStep(suggestions: Suggestion[]): SuggestionGroup[] {
  const groups: SuggestionGroup[] = [];
  for (const suggestion of suggestions) {
    const last = groups.at(-1);
    if (last?.step === suggestion.step) last.suggestions.push(suggestion);
    else groups.push({ step: suggestion.step, suggestions: [suggestion] });
  }
  return groups;
}

/** Suggestions grouped by step, numbered across groups in the order Alt+1…Alt+5 insert them. */
export function SuggestionList({ tabId, result, locale, pageValues, askFor, onInsert }: Props) {
  const t = useT();
  const [values, setValues] = useState<Record<string, Record<string, string>>>({});
  const [asking, setAsking] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, InsertOutcome>>({});
  const firstInput = useRef<HTMLInputElement>(null);
  const [expanded, setExpanded] = useState(false);
  // A glance shows the best few, grouped by step; "more" opens every group the ranking kept.
  const groups = expanded ? result.groups : groupByStep(result.suggestions);
  const numbered = groups.flatMap((group) => group.suggestions);
  const filledText = (s: Suggestion) => fillPlaceholders(s.text, { ...pageValues, ...values[s.entry.id] });

  async function insert(suggestion: Suggestion) {
    const filled = filledText(suggestion);
    if (filled.missing.length) {
      setAsking(suggestion.entry.id);
      return;
    }
    const outcome = await onInsert(filled.text, suggestion);
    setOutcomes((all) => ({ ...all, [suggestion.entry.id]: outcome }));
    if (outcome.ok) setAsking(null);
  }

  async function copy(suggestion: Suggestion) {
    const filled = filledText(suggestion);
    if (filled.missing.length) return setAsking(suggestion.entry.id);
    const outcome = await navigator.clipboard.writeText(filled.text).then(
      () => ({ ok: true, message: t('copied') }),
      () => ({ ok: false, message: t('copyFailed') }),
    );
    setOutcomes((all) => ({ ...all, [suggestion.entry.id]: outcome }));
  }

  const lastPublished = useRef('');
  useEffect(() => {
    const published = numbered.slice(0, SHORTCUT_COUNT).map((s) => {
      const filled = filledText(s);
      return { entryId: s.entry.id, phrasebookId: s.phrasebookId, text: filled.missing.length ? null : filled.text };
    });
    const key = JSON.stringify([tabId, published]);
    if (key === lastPublished.current) return;
    lastPublished.current = key;
    void publishSuggestions(tabId, published);
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request opens a fill-in, not a re-ranking
  useEffect(() => {
    const target = askFor && numbered[askFor.index];
    if (target) setAsking(target.entry.id);
  }, [askFor]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when another suggestion asks for values
  useEffect(() => firstInput.current?.focus(), [asking]);

  // With the panel focused the same keys work without going through the page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (!event.altKey || event.ctrlKey || event.metaKey || !digit || Number(digit) > SHORTCUT_COUNT) return;
      const target = numbered[Number(digit) - 1];
      if (!target) return;
      event.preventDefault();
      void insert(target);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  let number = 0;
  return (
    <section class="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('suggestionsTitle')}</h2>
      <p class="suggestions__hint">{t('shortcutHint')}</p>
      {groups.map((group) => (
        <div class="suggestions__group" key={group.step} data-testid="suggestion-group" data-step={group.step}>
          <h3>{t(`step_${group.step}`)}</h3>
          <ol>
            {group.suggestions.map((suggestion) => {
              number++;
              const id = suggestion.entry.id;
              return (
                <SuggestionItem
                  key={id}
                  suggestion={suggestion}
                  number={number}
                  locale={locale}
                  pageValues={pageValues}
                  values={values[id] ?? {}}
                  asking={asking === id}
                  outcome={outcomes[id]}
                  firstInput={asking === id ? firstInput : undefined}
                  onValues={(next) => setValues((all) => ({ ...all, [id]: next }))}
                  onInsert={() => void insert(suggestion)}
                  onCopy={() => void copy(suggestion)}
                />
              );
            })}
          </ol>
        </div>
      ))}
      {expanded || result.groups.some((g) => g.suggestions.some((s) => !numbered.includes(s))) ? (
        <button
          type="button"
          class="button button--quiet"
          data-testid="more-suggestions"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {t(expanded ? 'fewerSuggestions' : 'moreSuggestions')}
        </button>
      ) : null}
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
