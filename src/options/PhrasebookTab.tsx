import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { type CatalogueRow, shippedIdsOf } from '../library/compose';
import {
  type BulkChange,
  type BulkSkip,
  bulkEdit,
  duplicateEntry,
  freeId,
  moveEntry,
  removeEntries,
  unhideEntries,
  upsertEntry,
} from '../library/edits';
import type { LibraryState } from '../library/library-state';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import { canonicalJson } from '../phrasebook/content-hash';
import type { Phrasebook, PhraseEntry } from '../phrasebook/schema';
import { SHIPPED_PHRASEBOOKS } from '../phrasebook/shipped';
import { BulkEditBar } from './BulkEditBar';
import { EntryEditor } from './EntryEditor';
import { EntryFilterBar } from './EntryFilterBar';
import { EntryList } from './EntryList';
import { blankDraft, draftFromEntry, type EntryDraft, mergeDrafts, sameDraft, validateDraft } from './entry-draft';
import { type EntryFilters, matchesFilters, NO_FILTERS, tagsIn } from './entry-filter';
import type { DraftEntry } from './OptionsApp';
import { UnsavedGuard } from './UnsavedGuard';
import type { LibraryController } from './use-library';

interface Editing {
  /** The list row the form was opened from; null for a new entry. */
  row: CatalogueRow | null;
  /** The entry as it was when opened: the base for telling (and merging) another tab's change to it. */
  opened: PhraseEntry | null;
  openedDraft: EntryDraft;
  draft: EntryDraft;
}

interface Props {
  library: LibraryController;
  rows: CatalogueRow[];
  teamBooks: Phrasebook[];
  onDraft(draft: DraftEntry | null): void;
  focusId: string | null;
  onFocused(): void;
}

const SHIPPED_IDS = shippedIdsOf(SHIPPED_PHRASEBOOKS);
const same = (a: PhraseEntry, b: PhraseEntry) => canonicalJson(a) === canonicalJson(b);

/** The list row an entry has once it is saved into the lead's own phrasebook. */
function mineRowOf(entry: PhraseEntry): CatalogueRow {
  return {
    entry,
    source: 'mine',
    phrasebookId: 'mine',
    hidden: false,
    shadowedByTeam: false,
    readOnly: false,
    ...(SHIPPED_IDS.has(entry.id) ? { replaces: 'default' as const } : {}),
  };
}

function editingFor(row: CatalogueRow | null, entry: PhraseEntry | null, fallbackId: string): Editing {
  const draft = entry ? draftFromEntry(entry) : blankDraft(fallbackId);
  return { row, opened: entry, openedDraft: draft, draft };
}

/** Where the open entry is now: the lead's copy if there is one (another tab may have made it), else the original row. */
function liveRowOf(rows: CatalogueRow[], editing: Editing): CatalogueRow | undefined {
  const { row, opened } = editing;
  if (!row || !opened) return undefined;
  const mine = rows.find((r) => r.source === 'mine' && r.entry.id === opened.id);
  if (mine || row.source === 'mine') return mine;
  return rows.find((r) => r.entry.id === opened.id && r.phrasebookId === row.phrasebookId);
}

export function PhrasebookTab({ library, rows, teamBooks, onDraft, focusId, onFocused }: Props) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const [filters, setFilters] = useState<EntryFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [guard, setGuard] = useState<(() => void) | null>(null);
  const [merged, setMerged] = useState<string[] | null>(null);
  const [bulkSkipped, setBulkSkipped] = useState<BulkSkip[]>([]);
  const state = library.snapshot?.state;

  const visible = useMemo(() => rows.filter((row) => matchesFilters(row, filters)), [rows, filters]);
  const tags = useMemo(() => tagsIn(rows), [rows]);
  const allIds = useMemo(() => new Set(rows.map((row) => row.entry.id)), [rows]);
  const teamIds = useMemo(() => new Set(teamBooks.flatMap((book) => book.entries.map((e) => e.id))), [teamBooks]);
  const mineOrder = useMemo(() => state?.mine.entries.map((entry) => entry.id) ?? [], [state]);

  const readOnly = editing?.row?.readOnly ?? false;
  const dirty =
    editing !== null && !readOnly && (editing.row === null || !sameDraft(editing.draft, editing.openedDraft));
  const originalId = editing?.opened?.id ?? null;
  const validation = useMemo(() => {
    if (!editing) return null;
    const mine = new Set(mineOrder.filter((id) => id !== originalId));
    return validateDraft(editing.draft, { mine, team: teamIds, shipped: SHIPPED_IDS, original: originalId });
  }, [editing, mineOrder, teamIds, originalId]);

  const live = editing ? liveRowOf(rows, editing) : undefined;
  const changedElsewhere =
    editing?.opened && !readOnly && (live ? !same(live.entry, editing.opened) : editing.row?.source === 'mine');

  // An entry that changed in another tab while the form is untouched simply shows the new version.
  useEffect(() => {
    if (editing && changedElsewhere && !dirty && live) setEditing(editingFor(live, live.entry, live.entry.id));
  }, [editing, changedElsewhere, dirty, live]);

  const replacingId = editing?.row?.source === 'mine' ? originalId : null;
  useEffect(() => {
    onDraft(dirty && validation?.entry ? { entry: validation.entry, replacingId } : null);
  }, [dirty, validation, replacingId, onDraft]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Runs a step that would leave the form, after asking when the form has unsaved changes. */
  const guarded = (proceed: () => void) => (dirty ? setGuard(() => proceed) : proceed());

  const open = (row: CatalogueRow) =>
    guarded(() => {
      setMerged(null);
      setEditing(editingFor(row, row.entry, row.entry.id));
    });

  // Runs when the test bench asks to open an entry; the rows and the guard in force at that moment are what count.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-running on every new `open` closure would reopen the entry
  useEffect(() => {
    if (!focusId) return;
    const row = rows.find((r) => r.entry.id === focusId);
    if (row) open(row);
    onFocused();
  }, [focusId]);

  async function save(): Promise<boolean> {
    const entry = validation?.entry;
    if (!editing || !entry) return false;
    const previous = editing;
    const isNew = editing.row === null || !state?.mine.entries.some((e) => e.id === originalId);
    setEditing(editingFor(mineRowOf(entry), entry, entry.id));
    const ok = await library.change(isNew ? 'create' : 'edit', (s) => upsertEntry(s, entry, replacingId ?? undefined));
    if (!ok) setEditing(previous);
    else setMerged(null);
    return ok;
  }

  function mergeTheirs() {
    if (!editing || !live) return;
    const theirs = draftFromEntry(live.entry);
    const result = mergeDrafts(editing.openedDraft, editing.draft, theirs);
    setEditing({ row: live, opened: live.entry, openedDraft: theirs, draft: result.merged });
    setMerged(result.conflicts);
  }

  const takeIds = (s: LibraryState) => new Set([...allIds, ...s.mine.entries.map((e) => e.id)]);
  const entriesIn = (s: LibraryState, ids: string[]) =>
    ids.flatMap((id) => {
      const own = s.mine.entries.find((e) => e.id === id);
      const row = rows.find((r) => r.entry.id === id && !r.readOnly);
      return own ? [own] : row ? [row.entry] : [];
    });

  const actions = {
    onOpen: open,
    onDuplicate: (row: CatalogueRow) =>
      guarded(() => {
        if (!state) return;
        const { id } = duplicateEntry(state, row.entry, takeIds(state));
        void library
          .change('duplicate', (s) => duplicateEntry(s, row.entry, takeIds(s)).state)
          .then((ok) => {
            if (ok) setEditing(editingFor(mineRowOf({ ...row.entry, id }), { ...row.entry, id }, id));
          });
      }),
    onRemove: (row: CatalogueRow) => {
      if (editing?.opened?.id === row.entry.id) setEditing(null);
      void library.change('delete', (s) => removeEntries(s, [row.entry.id], SHIPPED_IDS));
    },
    onUnhide: (row: CatalogueRow) => void library.change('unhide', (s) => unhideEntries(s, [row.entry.id])),
    onMove: (row: CatalogueRow, delta: -1 | 1) =>
      void library.change('reorder', (s) => moveEntry(s, row.entry.id, delta)),
    onSelect: (row: CatalogueRow, on: boolean) => {
      const next = new Set(selected);
      if (on) next.add(row.entry.id);
      else next.delete(row.entry.id);
      setSelected(next);
    },
  };

  function applyBulk(change: BulkChange) {
    const ids = [...selected];
    if (state) setBulkSkipped(bulkEdit(state, entriesIn(state, ids), change).skipped);
    void library.change('bulk', (s) => bulkEdit(s, entriesIn(s, ids), change).state);
  }

  const origin = !editing
    ? ''
    : editing.row === null
      ? t('source_mine')
      : editing.row.replaces
        ? t('badgeEditedShipped')
        : t(`source_${editing.row.source}`);

  return (
    <div class={`phrasebook${editing ? ' phrasebook--editing' : ''}`}>
      <div class="phrasebook__list">
        <div class="phrasebook__toolbar">
          <button
            type="button"
            class="button button--primary"
            data-testid="new-entry"
            onClick={() => guarded(() => setEditing(editingFor(null, null, freeId('my-entry', allIds))))}
          >
            {t('newEntry')}
          </button>
          <span class="muted" role="status">
            {t('entriesShown', visible.length, rows.length)}
          </span>
        </div>
        <EntryFilterBar filters={filters} tags={tags} onChange={setFilters} />
        {selected.size > 0 && (
          <BulkEditBar
            count={selected.size}
            onApply={applyBulk}
            onDelete={() => {
              const ids = [...selected];
              setSelected(new Set());
              void library.change('delete', (s) => removeEntries(s, ids, SHIPPED_IDS));
            }}
            onClear={() => setSelected(new Set())}
          />
        )}
        {bulkSkipped.length > 0 && (
          <div class="notice notice--warning" role="status">
            <p>{t('bulkSkipped', bulkSkipped.length)}</p>
            <ul>
              {bulkSkipped.map((skip) => (
                <li key={skip.id}>
                  {skip.id}: {skip.reason[locale]}
                </li>
              ))}
            </ul>
          </div>
        )}
        <EntryList
          {...actions}
          rows={visible}
          language={filters.language}
          selected={selected}
          openId={editing?.opened?.id ?? null}
          mineOrder={mineOrder}
        />
      </div>
      {editing && validation && (
        <div class="phrasebook__editor">
          {guard && (
            <UnsavedGuard
              entryId={editing.draft.id}
              canSave={validation.entry !== null}
              onSave={() =>
                void save().then((ok) => {
                  if (!ok) return;
                  setGuard(null);
                  guard();
                })
              }
              onDiscard={() => {
                setGuard(null);
                setEditing(null);
                guard();
              }}
              onKeepEditing={() => setGuard(null)}
            />
          )}
          {changedElsewhere && dirty && (
            <div class="notice notice--warning" role="alert" data-testid="entry-changed-elsewhere">
              <p>{live ? t('entryChangedElsewhere') : t('entryDeletedElsewhere')}</p>
              <div class="notice__actions">
                {live && (
                  <button type="button" class="button button--primary" data-testid="merge-entry" onClick={mergeTheirs}>
                    {t('mergeEntry')}
                  </button>
                )}
                {live && (
                  <button
                    type="button"
                    class="button"
                    data-testid="load-theirs"
                    onClick={() => setEditing(editingFor(live, live.entry, live.entry.id))}
                  >
                    {t('loadTheirs')}
                  </button>
                )}
              </div>
            </div>
          )}
          {merged && (
            <p class="notice" role="status" data-testid="merge-result">
              {merged.length === 0 ? t('mergedClean') : t('mergedWithConflicts', merged.join(', '))}
            </p>
          )}
          <EntryEditor
            draft={editing.draft}
            errors={readOnly ? [] : validation.errors}
            readOnly={readOnly}
            isNew={editing.row === null}
            dirty={dirty}
            origin={origin}
            onChange={(draft) => setEditing({ ...editing, draft })}
            onSave={() => void save()}
            onClose={() => guarded(() => setEditing(null))}
          />
        </div>
      )}
    </div>
  );
}
