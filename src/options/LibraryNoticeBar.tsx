import { useContext, useState } from 'preact/hooks';
import { pruneHistory } from '../library/library-store';
import { clearUsage } from '../library/usage';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import { formatPhrasebookError } from '../phrasebook/validate';
import type { LibraryController } from './use-library';

/** After a quota error this many versions are kept: enough to undo a day's work, a fraction of the space. */
const VERSIONS_KEPT_WHEN_FULL = 10;

/** What happened to the last save, and what to do when it did not work. */
export function LibraryNoticeBar({ library }: { library: LibraryController }) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const [freed, setFreed] = useState<string | null>(null);
  const { notice, snapshot } = library;
  return (
    <div class="notices">
      {snapshot?.damaged && (
        <div class="notice notice--error" role="alert" data-testid="library-damaged">
          <p>{t('libraryDamaged')}</p>
          <ul>
            {snapshot.damaged.errors.slice(0, 5).map((error) => (
              <li key={`${error.entryId}-${error.path}`}>{formatPhrasebookError(error, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {notice?.kind === 'saved' && (
        <p class="notice" role="status" data-testid="save-status">
          {t('savedVersion', notice.summary[locale])}
        </p>
      )}
      {notice?.kind === 'external' && (
        <p class="notice" role="status" data-testid="external-change">
          {t('changedInOtherTab', notice.summary[locale])}
          <button type="button" class="link" onClick={library.dismiss}>
            {t('dismiss')}
          </button>
        </p>
      )}
      {notice?.kind === 'stale' && (
        <div class="notice notice--warning" role="alert" data-testid="stale-save">
          <p>{t('staleSave')}</p>
          {notice.overlap.length > 0 && <p>{t('staleOverlap', notice.overlap.join(', '))}</p>}
          <div class="notice__actions">
            <button
              type="button"
              class="button button--primary"
              data-testid="merge-pending"
              onClick={() => void library.mergePending()}
            >
              {t('mergeMyChange')}
            </button>
            <button type="button" class="button" data-testid="reload-theirs" onClick={library.dismiss}>
              {t('reloadDiscardMine')}
            </button>
          </div>
        </div>
      )}
      {notice?.kind === 'storage-full' && (
        <div class="notice notice--error" role="alert" data-testid="storage-full">
          <p>{t('storageFull')}</p>
          <div class="notice__actions">
            <button
              type="button"
              class="button"
              onClick={() =>
                void pruneHistory(VERSIONS_KEPT_WHEN_FULL).then((failure) =>
                  setFreed(failure ? null : t('historyPruned', VERSIONS_KEPT_WHEN_FULL)),
                )
              }
            >
              {t('pruneHistory', VERSIONS_KEPT_WHEN_FULL)}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => void clearUsage().then((failure) => setFreed(failure ? null : t('usageCleared')))}
            >
              {t('usageClear')}
            </button>
          </div>
          {freed && <p role="status">{freed}</p>}
        </div>
      )}
      {notice?.kind === 'storage-error' && (
        <p class="notice notice--error" role="alert">
          {t('storageError', notice.detail)}
        </p>
      )}
      {notice?.kind === 'invalid' && (
        <div class="notice notice--error" role="alert">
          <p>{t('saveInvalid')}</p>
          <ul>
            {notice.errors.slice(0, 10).map((error) => (
              <li key={`${error.entryId}-${error.path}`}>{formatPhrasebookError(error, locale)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
