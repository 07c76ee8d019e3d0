import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Correction } from '../emotion';
import { EMOTIONS, INTENSITIES } from '../emotion/types';
import { correctionsItem, loadCorrections } from '../feedback/corrections-store';
import { clearUsage, readUsage, type Usage, usageByEmotion, watchUsage } from '../library/usage';
import { correctionsToCsv, usageToCsv } from '../library/usage-csv';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import type { Phrasebook } from '../phrasebook/schema';
import { datedName, downloadText } from './download';
import './usage.css';

/** The chart shows the phrases an emotion is answered with most; the CSV has all of them. */
const BARS_PER_EMOTION = 5;

export function UsageTab({ books }: { books: readonly Phrasebook[] }) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const [usage, setUsage] = useState<Usage>({ insertions: [] });
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [confirmClear, setConfirmClear] = useState(false);
  useEffect(() => {
    void readUsage().then(setUsage);
    void loadCorrections().then(setCorrections);
    const stops = [watchUsage(setUsage), correctionsItem.watch(() => void loadCorrections().then(setCorrections))];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  const chart = useMemo(() => usageByEmotion(usage), [usage]);
  const textOf = useMemo(() => {
    const texts = new Map<string, string>();
    for (const book of books)
      for (const entry of book.entries) texts.set(`${book.id}\n${entry.id}`, entry.text[locale]);
    return (phrasebookId: string, entryId: string) => texts.get(`${phrasebookId}\n${entryId}`) ?? entryId;
  }, [books, locale]);
  const correctionPairs = useMemo(() => {
    const pairs = new Map<string, number>();
    for (const c of corrections)
      pairs.set(`${c.predicted}\n${c.corrected}`, (pairs.get(`${c.predicted}\n${c.corrected}`) ?? 0) + 1);
    return [...pairs.entries()].sort((a, b) => b[1] - a[1]);
  }, [corrections]);
  const total = usage.insertions.reduce((sum, row) => sum + row.count, 0);

  return (
    <section class="usage" aria-labelledby="usage-title">
      <h2 id="usage-title">{t('optionsTab_usage')}</h2>
      <p class="hint">{t('usageHint')}</p>
      <p data-testid="usage-total">{t('usageTotal', total)}</p>
      <div class="usage__charts">
        {EMOTIONS.map((emotion) => {
          const phrases = chart[emotion].slice(0, BARS_PER_EMOTION);
          const max = phrases[0]?.count ?? 1;
          return (
            <figure key={emotion} class={`usage__chart tone--${emotion}`} data-testid={`usage-chart-${emotion}`}>
              <figcaption>
                {t(`emotion_${emotion}`)} · {chart[emotion].reduce((sum, p) => sum + p.count, 0)}
              </figcaption>
              {phrases.length === 0 ? (
                <p class="muted">{t('usageNone')}</p>
              ) : (
                <ol>
                  {phrases.map((phrase) => (
                    <li
                      key={`${phrase.phrasebookId}-${phrase.entryId}`}
                      data-testid="usage-bar"
                      data-entry-id={phrase.entryId}
                      data-count={phrase.count}
                    >
                      <span class="usage__label" title={phrase.entryId}>
                        {textOf(phrase.phrasebookId, phrase.entryId)}
                      </span>
                      <span
                        class="usage__bar"
                        role="img"
                        aria-label={t(
                          'usageBarLabel',
                          phrase.count,
                          INTENSITIES.filter((level) => phrase.byIntensity[level] > 0)
                            .map((level) => `${t(`intensity_${level}`)} ${phrase.byIntensity[level]}`)
                            .join(', '),
                        )}
                      >
                        {INTENSITIES.map((level) =>
                          phrase.byIntensity[level] > 0 ? (
                            <span
                              key={level}
                              class={`usage__segment usage__segment--${level}`}
                              style={{ width: `${(phrase.byIntensity[level] / max) * 100}%` }}
                            />
                          ) : null,
                        )}
                      </span>
                      <span class="usage__count">{phrase.count}</span>
                    </li>
                  ))}
                </ol>
              )}
            </figure>
          );
        })}
      </div>
      <p class="usage__legend" aria-hidden="true">
        {INTENSITIES.map((level) => (
          <span key={level}>
            <span class={`usage__swatch usage__segment--${level}`} /> {t(`intensity_${level}`)}
          </span>
        ))}
      </p>
      <h3>{t('usageCorrections', corrections.length)}</h3>
      {correctionPairs.length > 0 && (
        <table class="usage__corrections" data-testid="usage-corrections">
          <thead>
            <tr>
              <th scope="col">{t('usagePredicted')}</th>
              <th scope="col">{t('usageCorrected')}</th>
              <th scope="col">{t('usageTimes')}</th>
            </tr>
          </thead>
          <tbody>
            {correctionPairs.map(([pair, count]) => {
              const [predicted, corrected] = pair.split('\n') as [(typeof EMOTIONS)[number], (typeof EMOTIONS)[number]];
              return (
                <tr key={pair}>
                  <td>{t(`emotion_${predicted}`)}</td>
                  <td>{t(`emotion_${corrected}`)}</td>
                  <td>{count}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div class="editor__actions">
        <button
          type="button"
          class="button"
          data-testid="usage-export"
          onClick={() => downloadText(datedName('usage', 'csv'), usageToCsv(usage, books), 'text/csv;charset=utf-8')}
        >
          {t('usageExport')}
        </button>
        <button
          type="button"
          class="button"
          data-testid="corrections-export"
          onClick={() =>
            downloadText(datedName('corrections', 'csv'), correctionsToCsv(corrections), 'text/csv;charset=utf-8')
          }
        >
          {t('usageExportCorrections')}
        </button>
        {confirmClear ? (
          <>
            <button
              type="button"
              class="button button--primary"
              onClick={() => {
                setConfirmClear(false);
                void clearUsage();
              }}
            >
              {t('usageClearConfirm')}
            </button>
            <button type="button" class="button" onClick={() => setConfirmClear(false)}>
              {t('importCancel')}
            </button>
          </>
        ) : (
          <button type="button" class="button" onClick={() => setConfirmClear(true)}>
            {t('usageClear')}
          </button>
        )}
      </div>
    </section>
  );
}
