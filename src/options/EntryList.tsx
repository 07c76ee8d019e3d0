import { useContext } from 'preact/hooks';
import type { CatalogueRow } from '../library/compose';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import type { Locale } from '../phrasebook/schema';
import { INDUSTRIES } from '../phrasebook/shipped';

export interface RowActions {
  onOpen(row: CatalogueRow): void;
  onDuplicate(row: CatalogueRow): void;
  onRemove(row: CatalogueRow): void;
  onUnhide(row: CatalogueRow): void;
  onMove(row: CatalogueRow, delta: -1 | 1): void;
  onSelect(row: CatalogueRow, selected: boolean): void;
}

interface Props extends RowActions {
  rows: CatalogueRow[];
  language: Locale | '';
  selected: ReadonlySet<string>;
  openId: string | null;
  /** Ids of the lead's own entries in order, to know which can move up or down. */
  mineOrder: string[];
}

const rowKey = (row: CatalogueRow) => `${row.source}:${row.phrasebookId}:${row.entry.id}`;

function SourceBadges({ row }: { row: CatalogueRow }) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const industry = row.industry ? INDUSTRIES.find((item) => item.id === row.industry)?.name[locale] : undefined;
  return (
    <span class="entry__badges">
      <span class={`source source--${row.source}`} data-testid="entry-source">
        {t(`source_${row.source}`)}
        {industry ? ` · ${industry}` : ''}
      </span>
      {row.replaces && <span class="badge-soft">{t('badgeEditedShipped')}</span>}
      {row.hidden && <span class="badge-soft badge-soft--muted">{t('badgeHidden')}</span>}
      {row.shadowedByTeam && <span class="badge-soft badge-soft--warn">{t('badgeShadowed')}</span>}
      {row.readOnly && <span class="badge-soft">{t('badgeReadOnly')}</span>}
    </span>
  );
}

/** The phrasebook as a list: every phrase with its source, the texts side by side, and the actions it allows. */
export function EntryList(props: Props) {
  const t = useT();
  const { rows, language, selected, openId, mineOrder } = props;
  const locales: Locale[] = language === '' ? ['zh-CN', 'en'] : [language];
  if (rows.length === 0) return <p class="empty">{t('noEntriesMatch')}</p>;
  return (
    <ul class="entries" aria-label={t('entriesListLabel', rows.length)}>
      {rows.map((row) => {
        const { entry } = row;
        const at = row.source === 'mine' ? mineOrder.indexOf(entry.id) : -1;
        const label = `${entry.id}`;
        return (
          <li
            key={rowKey(row)}
            class={`entry${openId === entry.id ? ' entry--open' : ''}${row.hidden ? ' entry--hidden' : ''}`}
            data-testid="entry-row"
            data-entry-id={entry.id}
            data-source={row.source}
          >
            <div class="entry__head">
              <input
                type="checkbox"
                data-testid="select-entry"
                aria-label={t('selectEntry', label)}
                disabled={row.readOnly}
                checked={selected.has(entry.id)}
                onChange={(event) => props.onSelect(row, event.currentTarget.checked)}
              />
              <code class="entry__id">{entry.id}</code>
              <span class="entry__meta">
                {t(`step_${entry.step}`)} · {entry.emotions.map((e) => t(`emotion_${e}`)).join(' / ')} ·{' '}
                {t(`intensity_${entry.intensity.min}`)}–{t(`intensity_${entry.intensity.max}`)}
              </span>
              <SourceBadges row={row} />
            </div>
            <div class={`entry__texts entry__texts--${locales.length}`}>
              {locales.map((locale) => (
                <p key={locale} lang={locale} data-testid={`entry-text-${locale}`}>
                  {entry.text[locale]}
                </p>
              ))}
            </div>
            {entry.tags.length > 0 && <p class="entry__tags">{entry.tags.map((tag) => `#${tag}`).join(' ')}</p>}
            <div class="entry__actions">
              <button type="button" class="button" data-testid="edit-entry" onClick={() => props.onOpen(row)}>
                {row.readOnly ? t('viewEntry') : t('editEntry')}
              </button>
              <button type="button" class="button" data-testid="duplicate-entry" onClick={() => props.onDuplicate(row)}>
                {t('duplicateEntry')}
              </button>
              {!row.readOnly && !row.hidden && (
                <button type="button" class="button" data-testid="delete-entry" onClick={() => props.onRemove(row)}>
                  {row.source === 'mine' ? (row.replaces ? t('revertEntry') : t('deleteEntry')) : t('hideEntry')}
                </button>
              )}
              {row.hidden && (
                <button type="button" class="button" data-testid="unhide-entry" onClick={() => props.onUnhide(row)}>
                  {t('unhideEntry')}
                </button>
              )}
              {row.source === 'mine' && (
                <>
                  <button
                    type="button"
                    class="button"
                    data-testid="move-up"
                    aria-label={t('moveUp', label)}
                    disabled={at <= 0}
                    onClick={() => props.onMove(row, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button"
                    data-testid="move-down"
                    aria-label={t('moveDown', label)}
                    disabled={at < 0 || at >= mineOrder.length - 1}
                    onClick={() => props.onMove(row, 1)}
                  >
                    ↓
                  </button>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
