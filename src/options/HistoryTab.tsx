import { useContext, useEffect, useState } from 'preact/hooks';
import { type History, readHistory, stateAt, watchHistory } from '../library/history';
import { describeChange, pruneHistory } from '../library/library-store';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import { formatPhrasebookError } from '../phrasebook/validate';
import type { LibraryController } from './use-library';

const KEEP_WHEN_PRUNING = 10;

function VersionDetails({ history, revision }: { history: History; revision: number }) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const at = stateAt(history, revision);
  if (!at) return null;
  if (!at.ok) {
    return (
      <ul class="field-errors">
        {at.errors.slice(0, 5).map((error) => (
          <li key={`${error.entryId}-${error.path}`}>{formatPhrasebookError(error, locale)}</li>
        ))}
      </ul>
    );
  }
  const { mine, hidden } = at.state;
  return (
    <div class="version__details" data-testid="version-details">
      <p class="muted">{t('versionEntries', mine.entries.length, hidden.length)}</p>
      <ol>
        {mine.entries.map((entry) => (
          <li key={entry.id}>
            <code>{entry.id}</code> <span lang={locale}>{entry.text[locale]}</span>
          </li>
        ))}
      </ol>
      {hidden.length > 0 && <p class="muted">{t('versionHidden', hidden.join(', '))}</p>}
    </div>
  );
}

/** Every save as a version: when, what changed, and the phrasebook as it was, ready to restore. */
export function HistoryTab({ library }: { library: LibraryController }) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const [history, setHistory] = useState<History>({ versions: [], blobs: {} });
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => {
    void readHistory().then(setHistory);
    return watchHistory(setHistory);
  }, []);
  const current = library.snapshot?.revision;
  const versions = [...history.versions].reverse();
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('optionsTab_history')}</h2>
      <p class="hint">{t('historyHint')}</p>
      {versions.length === 0 && <p class="muted">{t('historyEmpty')}</p>}
      <ol class="versions">
        {versions.map((version) => {
          const restorable = stateAt(history, version.revision);
          return (
            <li
              key={version.revision}
              class="version"
              data-testid="version"
              data-revision={version.revision}
              data-action={version.action}
            >
              <div class="version__head">
                <strong>v{version.revision}</strong>
                <time dateTime={new Date(version.savedAt).toISOString()}>{time.format(version.savedAt)}</time>
                <span class="badge-soft">{t(`action_${version.action}`)}</span>
                <span data-testid="version-summary">{describeChange(version.summary)[locale]}</span>
                {version.revision === current && <span class="badge-soft badge-soft--ok">{t('versionCurrent')}</span>}
              </div>
              {version.summary.added.length + version.summary.changed.length + version.summary.removed.length > 0 && (
                <p class="muted version__ids">
                  {[
                    ...version.summary.added.map((id) => `+${id}`),
                    ...version.summary.changed.map((id) => `~${id}`),
                    ...version.summary.removed.map((id) => `−${id}`),
                  ].join(' ')}
                </p>
              )}
              <div class="notice__actions">
                <button
                  type="button"
                  class="button"
                  data-testid="view-version"
                  aria-expanded={open === version.revision}
                  onClick={() => setOpen(open === version.revision ? null : version.revision)}
                >
                  {open === version.revision ? t('versionHide') : t('versionView')}
                </button>
                <button
                  type="button"
                  class="button"
                  data-testid="restore-version"
                  disabled={version.revision === current || !restorable?.ok}
                  onClick={() => {
                    if (restorable?.ok) void library.change('restore', () => restorable.state);
                  }}
                >
                  {t('versionRestore')}
                </button>
              </div>
              {open === version.revision && <VersionDetails history={history} revision={version.revision} />}
            </li>
          );
        })}
      </ol>
      {versions.length > KEEP_WHEN_PRUNING && (
        <button type="button" class="button" onClick={() => void pruneHistory(KEEP_WHEN_PRUNING)}>
          {t('pruneHistory', KEEP_WHEN_PRUNING)}
        </button>
      )}
    </section>
  );
}
