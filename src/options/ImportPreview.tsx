import { useContext } from 'preact/hooks';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import type { MergePreview, MergeRow } from '../phrasebook/merge';
import type { AvoidItem, PhraseEntry } from '../phrasebook/schema';

const LISTED = ['new', 'changed', 'conflicting', 'only-here'] as const;
/** Message names allow letters, digits and "_" only. */
const KEY_OF = { new: 'new', changed: 'changed', conflicting: 'conflicting', 'only-here': 'onlyHere' } as const;

function textOf(item: PhraseEntry | AvoidItem | undefined, locale: 'zh-CN' | 'en'): string {
  if (!item) return '';
  return 'text' in item ? item.text[locale] : item.better[locale];
}

function Row({ row, accepted, onToggle }: { row: MergeRow; accepted: boolean; onToggle(on: boolean): void }) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const label = row.status === 'only-here' ? t('importRemoveThis', row.id) : t('importTakeThis', row.id);
  return (
    <li
      class={`import-row import-row--${row.status}`}
      data-testid="import-row"
      data-key={row.key}
      data-status={row.status}
    >
      <label class="check">
        <input
          type="checkbox"
          data-testid="import-accept"
          checked={accepted}
          aria-label={label}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <code>{row.id}</code>
        {row.section === 'avoid' && <span class="badge-soft">{t('importAvoidItem')}</span>}
      </label>
      {row.fields.length > 0 && <span class="muted"> · {t('importFieldsDiffer', row.fields.join(', '))}</span>}
      {row.note && <p class="import-row__note">{row.note[locale]}</p>}
      <div class="import-row__texts">
        {row.current && (
          <div>
            <span class="muted">{t('importHere')}</span>
            <p lang="zh-CN">{textOf(row.current, 'zh-CN')}</p>
            <p lang="en">{textOf(row.current, 'en')}</p>
          </div>
        )}
        {row.incoming && row.status !== 'new' && (
          <div>
            <span class="muted">{t('importInFile')}</span>
            <p lang="zh-CN">{textOf(row.incoming, 'zh-CN')}</p>
            <p lang="en">{textOf(row.incoming, 'en')}</p>
          </div>
        )}
        {row.status === 'new' && row.incoming && (
          <div>
            <p lang="zh-CN">{textOf(row.incoming, 'zh-CN')}</p>
            <p lang="en">{textOf(row.incoming, 'en')}</p>
          </div>
        )}
      </div>
    </li>
  );
}

/** What an import would do, row by row; only the rows the lead ticks are applied. */
export function ImportPreview(props: {
  fileName: string;
  preview: MergePreview;
  accepted: ReadonlySet<string>;
  onAccepted(next: Set<string>): void;
  onApply(): void;
  onCancel(): void;
}) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const { preview, accepted, onAccepted } = props;
  const unchanged = preview.rows.filter((row) => row.status === 'unchanged').length;
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(accepted);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    onAccepted(next);
  };
  return (
    <section class="import-preview" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h3 id="import-preview-title">{t('importPreviewTitle', props.fileName)}</h3>
      <p data-testid="import-counts">
        {LISTED.map(
          (status) =>
            `${t(`importStatus_${KEY_OF[status]}`)} ${preview.rows.filter((row) => row.status === status).length}`,
        ).join(' · ')}
        {` · ${t('importStatus_unchanged')} ${unchanged} · ${t('importStatus_invalid')} ${preview.invalid.length}`}
      </p>
      {preview.notices.length > 0 && (
        <ul class="notice notice--warning" data-testid="import-notices">
          {preview.notices.map((notice) => (
            <li key={notice.en}>{notice[locale]}</li>
          ))}
        </ul>
      )}
      {LISTED.map((status) => {
        const rows = preview.rows.filter((row) => row.status === status);
        if (rows.length === 0) return null;
        const keys = rows.map((row) => row.key);
        return (
          <div key={status} class="import-group" data-testid={`import-group-${status}`}>
            <h4>
              {t(`importStatus_${KEY_OF[status]}`)} ({rows.length})
            </h4>
            <p class="hint">{t(`importHint_${KEY_OF[status]}`)}</p>
            <div class="notice__actions">
              <button type="button" class="link" onClick={() => toggle(keys, true)}>
                {t('importSelectAll')}
              </button>
              <button type="button" class="link" onClick={() => toggle(keys, false)}>
                {t('importSelectNone')}
              </button>
            </div>
            <ul>
              {rows.map((row) => (
                <Row
                  key={row.key}
                  row={row}
                  accepted={accepted.has(row.key)}
                  onToggle={(on) => toggle([row.key], on)}
                />
              ))}
            </ul>
          </div>
        );
      })}
      {preview.invalid.length > 0 && (
        <div class="import-group" data-testid="import-group-invalid">
          <h4>
            {t('importStatus_invalid')} ({preview.invalid.length})
          </h4>
          <ul>
            {preview.invalid.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: invalid rows may share an id or have none
              <li key={index} data-testid="import-invalid">
                <strong>{item.where[locale]}</strong>
                {item.id && (
                  <>
                    {' '}
                    <code>{item.id}</code>
                  </>
                )}
                <ul>
                  {item.reasons.map((reason) => (
                    <li key={reason.en}>{reason[locale]}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="editor__actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="import-apply"
          disabled={accepted.size === 0}
          onClick={props.onApply}
        >
          {t('importApply', accepted.size)}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </section>
  );
}
