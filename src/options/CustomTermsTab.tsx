import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { type CustomTerm, type CustomTermError, EMOTIONS, FLAGS, parseCustomTerms } from '../emotion';
import { loadCustomTerms, saveCustomTerms, watchCustomTerms } from '../library/custom-terms';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import { canonicalJson } from '../phrasebook/content-hash';
import { ValueOptions } from './ValueOptions';

interface TermRow {
  term: string;
  lang: 'zh' | 'en';
  emotion: string;
  weight: string;
  flag: string;
}

const rowOf = (term: CustomTerm): TermRow => ({
  term: term.term,
  lang: term.lang,
  emotion: term.emotion ?? '',
  weight: term.weight === undefined ? '' : String(term.weight),
  flag: term.flag ?? '',
});

/** What the form holds as the emotion engine expects it; a weight that is not a number is passed on as text to be reported. */
function candidateOf(row: TermRow): Record<string, unknown> {
  const weight =
    row.weight.trim() === '' ? undefined : Number.isNaN(Number(row.weight)) ? row.weight : Number(row.weight);
  return {
    term: row.term,
    lang: row.lang,
    ...(row.emotion ? { emotion: row.emotion } : {}),
    ...(weight === undefined ? {} : { weight }),
    ...(row.flag ? { flag: row.flag } : {}),
  };
}

export function useSavedTerms(): CustomTerm[] {
  const [terms, setTerms] = useState<CustomTerm[]>([]);
  useEffect(() => {
    void loadCustomTerms().then(setTerms);
    return watchCustomTerms(setTerms);
  }, []);
  return terms;
}

function CellErrors({ errors, index, field }: { errors: CustomTermError[]; index: number; field: string }) {
  const locale = useContext(UiLocaleContext);
  const own = errors.filter((error) => error.path[0] === index && (error.path[1] ?? 'term') === field);
  if (own.length === 0) return null;
  return (
    <ul class="field-errors" data-testid={`term-error-${index}-${field}`}>
      {own.map((error) => (
        <li key={error.message.en}>{error.message[locale]}</li>
      ))}
    </ul>
  );
}

/** The team lead's own lexicon terms: edited here, validated as typed, and used by the test bench at once. */
export function CustomTermsTab({ saved, onDraft }: { saved: CustomTerm[]; onDraft(terms: CustomTerm[] | null): void }) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const [rows, setRows] = useState<TermRow[]>([]);
  /** The stored terms the form was last filled from (or saved as): the form is dirty when it differs from them. */
  const [loaded, setLoaded] = useState<CustomTerm[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const asCandidates = (terms: CustomTerm[]) => terms.map((term) => candidateOf(rowOf(term)));
  const dirty = loaded !== null && canonicalJson(rows.map(candidateOf)) !== canonicalJson(asCandidates(loaded));

  // Show the stored terms when they change, unless the lead is in the middle of editing them.
  useEffect(() => {
    if (dirty || (loaded !== null && canonicalJson(loaded) === canonicalJson(saved))) return;
    setRows(saved.map(rowOf));
    setLoaded(saved);
  }, [saved, loaded, dirty]);

  const parsed = useMemo(() => parseCustomTerms(rows.map(candidateOf)), [rows]);
  const errors = parsed.ok ? [] : parsed.errors;
  useEffect(() => onDraft(parsed.ok && dirty ? parsed.terms : null), [parsed, dirty, onDraft]);

  const set = (index: number, patch: Partial<TermRow>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  async function save() {
    const outcome = await saveCustomTerms(rows.map(candidateOf));
    if (outcome.ok) {
      setLoaded(outcome.terms);
      setStatus(t('termsSaved', outcome.terms.length));
    } else if (outcome.reason === 'storage-full') setStatus(t('storageFull'));
    else if (outcome.reason === 'storage-error') setStatus(t('storageError', outcome.detail));
  }
  const listErrors = errors.filter((error) => typeof error.path[0] !== 'number');
  return (
    <section class="terms" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('termsTitle')}</h2>
      <p class="hint">{t('termsHint')}</p>
      {listErrors.map((error) => (
        <p key={error.message.en} class="field-errors">
          {error.message[locale]}
        </p>
      ))}
      <table class="terms__table">
        <thead>
          <tr>
            <th scope="col">{t('termsTerm')}</th>
            <th scope="col">{t('termsLang')}</th>
            <th scope="col">{t('termsEmotion')}</th>
            <th scope="col">{t('termsWeight')}</th>
            <th scope="col">{t('termsFlag')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('termsActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; a term may be typed twice
            <tr key={index} data-testid="term-row">
              <td>
                <input
                  data-testid="term-text"
                  aria-label={t('termsTerm')}
                  value={row.term}
                  onInput={(event) => set(index, { term: event.currentTarget.value })}
                />
                <CellErrors errors={errors} index={index} field="term" />
              </td>
              <td>
                <select
                  aria-label={t('termsLang')}
                  data-testid="term-lang"
                  value={row.lang}
                  onChange={(event) => set(index, { lang: event.currentTarget.value as TermRow['lang'] })}
                >
                  <option value="zh">中文</option>
                  <option value="en">English</option>
                </select>
              </td>
              <td>
                <select
                  aria-label={t('termsEmotion')}
                  data-testid="term-emotion"
                  value={row.emotion}
                  onChange={(event) => set(index, { emotion: event.currentTarget.value })}
                >
                  <option value="">—</option>
                  <ValueOptions values={EMOTIONS} label={(value) => t(`emotion_${value}`)} />
                </select>
                <CellErrors errors={errors} index={index} field="emotion" />
              </td>
              <td>
                <input
                  aria-label={t('termsWeight')}
                  data-testid="term-weight"
                  inputMode="decimal"
                  value={row.weight}
                  placeholder="2"
                  onInput={(event) => set(index, { weight: event.currentTarget.value })}
                />
                <CellErrors errors={errors} index={index} field="weight" />
              </td>
              <td>
                <select
                  aria-label={t('termsFlag')}
                  value={row.flag}
                  onChange={(event) => set(index, { flag: event.currentTarget.value })}
                >
                  <option value="">—</option>
                  <ValueOptions values={FLAGS} label={(value) => t(`flag_${value}`)} />
                </select>
              </td>
              <td>
                <button type="button" class="button" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                  {t('termsRemove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="editor__actions">
        <button
          type="button"
          class="button"
          data-testid="add-term"
          onClick={() => setRows([...rows, { term: '', lang: 'zh', emotion: 'angry', weight: '', flag: '' }])}
        >
          {t('termsAdd')}
        </button>
        <button
          type="button"
          class="button button--primary"
          data-testid="save-terms"
          disabled={!parsed.ok || !dirty}
          onClick={() => void save()}
        >
          {t('termsSave')}
        </button>
        {dirty && <span class="editor__dirty">{t('unsavedChanges')}</span>}
        {status && (
          <span role="status" data-testid="terms-status">
            {status}
          </span>
        )}
      </div>
    </section>
  );
}
