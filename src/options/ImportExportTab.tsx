import { useState } from 'preact/hooks';
import { shippedIdsOf } from '../library/compose';
import { resetToDefaults } from '../library/edits';
import { readSyncBase, rememberSyncBase } from '../library/library-store';
import { useT } from '../panel/i18n-context';
import { phrasebookToCsv, readPhrasebookCsv } from '../phrasebook/csv';
import { decodeImportedFile } from '../phrasebook/decode-file';
import { readPhrasebookJson } from '../phrasebook/json-items';
import {
  applyMerge,
  defaultAccepted,
  type IncomingItems,
  type MergePreview,
  previewMerge,
  syncBaseOf,
} from '../phrasebook/merge';
import type { Phrasebook } from '../phrasebook/schema';
import { SHIPPED_PHRASEBOOKS } from '../phrasebook/shipped';
import { datedName, downloadText } from './download';
import { ImportPreview } from './ImportPreview';
import type { LibraryController } from './use-library';
import './import.css';

const SHIPPED_IDS = shippedIdsOf(SHIPPED_PHRASEBOOKS);

/** A file named .csv, or one that does not start like JSON, is read as CSV. */
function readImport(name: string, text: string): IncomingItems {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const isCsv = /\.csv$/i.test(name) || (!/\.json$/i.test(name) && !start.startsWith('{'));
  return isCsv ? readPhrasebookCsv(text) : readPhrasebookJson(text, name);
}

interface PendingImport {
  fileName: string;
  incoming: IncomingItems;
  preview: MergePreview;
  accepted: Set<string>;
}

export function ImportExportTab({ library, teamBooks }: { library: LibraryController; teamBooks: Phrasebook[] }) {
  const t = useT();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const mine = library.snapshot?.state.mine;

  async function exportAs(format: 'json' | 'csv') {
    if (!mine) return;
    if (format === 'json')
      downloadText(datedName('phrasebook', 'json'), `${JSON.stringify(mine, null, 2)}\n`, 'application/json');
    else downloadText(datedName('phrasebook', 'csv'), phrasebookToCsv(mine), 'text/csv;charset=utf-8');
    await rememberSyncBase(syncBaseOf(mine));
    setStatus(t('exported', mine.entries.length));
  }

  async function pick(file: File) {
    if (!mine) return;
    const incoming = readImport(file.name, decodeImportedFile(await file.arrayBuffer()).text);
    const teamIds = new Set(teamBooks.flatMap((book) => book.entries.map((entry) => entry.id)));
    const preview = previewMerge(mine, incoming, {
      base: await readSyncBase(),
      readOnlyIds: teamIds,
      shippedIds: SHIPPED_IDS,
    });
    setPending({ fileName: file.name, incoming, preview, accepted: defaultAccepted(preview) });
    setStatus(null);
  }

  async function apply() {
    if (!pending) return;
    const { preview, accepted, incoming } = pending;
    const ok = await library.change('import', (state) => ({
      ...state,
      mine: applyMerge(state.mine, preview, accepted),
    }));
    if (!ok) return;
    await rememberSyncBase({ ...(await readSyncBase()), ...syncBaseOf(incoming) });
    setPending(null);
    setStatus(t('imported', accepted.size));
  }

  return (
    <section class="import" aria-labelledby="import-title">
      <h2 id="import-title">{t('optionsTab_import')}</h2>
      <div class="import__block">
        <h3>{t('exportTitle')}</h3>
        <p class="hint">{t('exportHint')}</p>
        <div class="editor__actions">
          <button type="button" class="button" data-testid="export-json" onClick={() => void exportAs('json')}>
            {t('exportJson')}
          </button>
          <button type="button" class="button" data-testid="export-csv" onClick={() => void exportAs('csv')}>
            {t('exportCsv')}
          </button>
        </div>
      </div>
      <div class="import__block">
        <h3>{t('importTitle')}</h3>
        <p class="hint">{t('importHint')}</p>
        <label class="button">
          {t('importChoose')}
          <input
            type="file"
            class="visually-hidden"
            data-testid="import-file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void pick(file);
            }}
          />
        </label>
      </div>
      {status && (
        <p class="notice" role="status" data-testid="import-status">
          {status}
        </p>
      )}
      {pending && (
        <ImportPreview
          fileName={pending.fileName}
          preview={pending.preview}
          accepted={pending.accepted}
          onAccepted={(accepted) => setPending({ ...pending, accepted })}
          onApply={() => void apply()}
          onCancel={() => setPending(null)}
        />
      )}
      <div class="import__block">
        <h3>{t('resetTitle')}</h3>
        <p class="hint">{t('resetHint')}</p>
        {confirmReset ? (
          <div class="notice notice--warning" role="alertdialog" aria-labelledby="reset-confirm">
            <p id="reset-confirm">{t('resetConfirm')}</p>
            <div class="notice__actions">
              <button
                type="button"
                class="button button--primary"
                data-testid="reset-confirm"
                onClick={() => {
                  setConfirmReset(false);
                  void library.change('reset', () => resetToDefaults());
                }}
              >
                {t('resetDo')}
              </button>
              <button type="button" class="button" onClick={() => setConfirmReset(false)}>
                {t('importCancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="button" data-testid="reset-defaults" onClick={() => setConfirmReset(true)}>
            {t('resetButton')}
          </button>
        )}
      </div>
    </section>
  );
}
