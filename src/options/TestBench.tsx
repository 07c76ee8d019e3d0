import { useContext, useMemo, useState } from 'preact/hooks';
import { type Classifier, type CustomTerm, createClassifier } from '../emotion';
import { HighlightedText } from '../panel/HighlightedText';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import type { Locale, Phrasebook } from '../phrasebook/schema';
import { INDUSTRIES } from '../phrasebook/shipped';
import { runBench } from './bench';
import './bench.css';

interface Props {
  books: readonly Phrasebook[];
  terms: CustomTerm[];
  industry: string | null;
  onOpenEntry(id: string): void;
}

const BUILTIN: Classifier = createClassifier();

/** Terms that fail to compile fall back to the built-in lexicon; the terms page shows why. */
function classifierFor(terms: CustomTerm[]): Classifier {
  if (terms.length === 0) return BUILTIN;
  try {
    return createClassifier({ extraTerms: terms });
  } catch {
    return BUILTIN;
  }
}

/** Paste a customer message or a short conversation: the read-out and suggestions an agent would get, live. */
export function TestBench({ books, terms, industry, onOpenEntry }: Props) {
  const t = useT();
  const uiLocale = useContext(UiLocaleContext);
  const [text, setText] = useState('');
  const [benchIndustry, setBenchIndustry] = useState<string | null | undefined>(undefined);
  const [replyLocale, setReplyLocale] = useState<Locale | null>(null);
  // Terms arrive as a new array on every keystroke; the lexicon is compiled again only when their content changes.
  const termsKey = JSON.stringify(terms);
  const classifier = useMemo(() => classifierFor(JSON.parse(termsKey) as CustomTerm[]), [termsKey]);
  const activeIndustry = benchIndustry === undefined ? industry : benchIndustry;
  const result = useMemo(
    () =>
      runBench({
        text,
        classifier,
        phrasebooks: books,
        industry: activeIndustry,
        locale: replyLocale,
        fallbackLocale: uiLocale,
      }),
    [text, classifier, books, activeIndustry, replyLocale, uiLocale],
  );
  const kindOf = new Map(books.map((book) => [book.id, book.kind]));
  const latest = result?.customer.at(-1);
  let number = 0;
  return (
    <section class="bench" aria-labelledby="bench-title" data-testid="test-bench">
      <h2 id="bench-title">{t('benchTitle')}</h2>
      <label class="bench__input">
        {t('benchInputLabel')}
        <textarea
          data-testid="bench-input"
          rows={5}
          value={text}
          placeholder={t('benchPlaceholder')}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <p class="hint">{t('benchHint')}</p>
      <div class="bench__options">
        <label>
          {t('industryLabel')}
          <select
            data-testid="bench-industry"
            value={activeIndustry ?? ''}
            onChange={(event) => setBenchIndustry(event.currentTarget.value || null)}
          >
            <option value="">{t('industryNone')}</option>
            {INDUSTRIES.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name[uiLocale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('benchReplyLanguage')}
          <select
            value={replyLocale ?? ''}
            onChange={(event) => setReplyLocale((event.currentTarget.value || null) as Locale | null)}
          >
            <option value="">{t('benchReplyAuto')}</option>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {!result || !latest ? (
        <p class="muted">{t('benchEmpty')}</p>
      ) : (
        <div class="bench__result" aria-live="polite">
          <div class={`bench__readout tone--${result.conversation.emotion}`}>
            <strong data-testid="bench-emotion" data-emotion={result.conversation.emotion}>
              {t(`emotion_${result.conversation.emotion}`)}
            </strong>
            <span data-testid="bench-intensity" data-intensity={result.conversation.intensity}>
              {t('intensityLabel')}: {t(`intensity_${result.conversation.intensity}`)}
            </span>
            <span>
              {t('trendLabel')}: {t(`trend_${result.conversation.trend}`)}
            </span>
            {result.conversation.flags.map((flag) => (
              <span key={flag} class="badge-soft badge-soft--warn" data-testid="bench-flag" data-flag={flag}>
                {t(`flag_${flag}`)}
              </span>
            ))}
          </div>
          <blockquote class="bench__latest">
            <HighlightedText text={latest.text} evidence={latest.result.evidence} />
          </blockquote>
          {latest.result.evidence.length > 0 && (
            <>
              <h3>{t('evidenceTitle')}</h3>
              <ul class="bench__evidence" data-testid="bench-evidence">
                {latest.result.evidence.map((item) => (
                  <li key={`${item.start}-${item.end}-${item.rule}`}>
                    “{item.text}” →{' '}
                    {item.flag ? t(`flag_${item.flag}`) : item.emotion ? t(`emotion_${item.emotion}`) : item.rule}
                    {item.contribution !== 0 && ` ${item.contribution > 0 ? '+' : ''}${item.contribution.toFixed(1)}`}
                    <span class="muted"> ({item.rule})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('benchSuggestions', result.locale)}</h3>
          {result.suggestions.groups.length === 0 && <p class="muted">{t('benchNoSuggestions')}</p>}
          {result.suggestions.groups.map((group) => (
            <div key={group.step} class="bench__group">
              <h4>{t(`step_${group.step}`)}</h4>
              <ol>
                {group.suggestions.map((suggestion) => {
                  number++;
                  const kind = kindOf.get(suggestion.phrasebookId) ?? 'default';
                  return (
                    <li
                      key={`${suggestion.phrasebookId}-${suggestion.entry.id}`}
                      data-testid="bench-suggestion"
                      data-entry-id={suggestion.entry.id}
                      data-source={kind}
                    >
                      <p lang={result.locale}>
                        <span class="muted">{number}. </span>
                        {suggestion.text}
                      </p>
                      <p class="bench__why">
                        <span class={`source source--${kind}`}>{t(`source_${kind}`)}</span>{' '}
                        {suggestion.reason[uiLocale]}{' '}
                        <button type="button" class="link" onClick={() => onOpenEntry(suggestion.entry.id)}>
                          {t('benchOpenEntry', suggestion.entry.id)}
                        </button>
                      </p>
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
