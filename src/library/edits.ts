import type { Emotion } from '../emotion/types';
import { canonicalJson } from '../phrasebook/content-hash';
import type { Bilingual } from '../phrasebook/schema';
import { type PhraseEntry, PhraseEntrySchema } from '../phrasebook/schema';
import { defaultLibraryState, type LibraryState } from './library-state';

const withEntries = (state: LibraryState, entries: PhraseEntry[]): LibraryState => ({
  ...state,
  mine: { ...state.mine, entries },
});

/**
 * Saves an entry into the lead's phrasebook. `replacingId` is the id the entry had when the form opened: the entry
 * takes its place even when the id was changed. An entry with a shipped id becomes the lead's edit of that phrase.
 */
export function upsertEntry(state: LibraryState, entry: PhraseEntry, replacingId?: string): LibraryState {
  const entries = [...state.mine.entries];
  const at = entries.findIndex((e) => e.id === (replacingId ?? entry.id));
  if (at >= 0) entries[at] = entry;
  else entries.push(entry);
  return withEntries(state, entries);
}

/** The lead's own entries are deleted (an edit of a shipped phrase reverts to it); shipped entries are hidden. */
export function removeEntries(
  state: LibraryState,
  ids: readonly string[],
  shippedIds: ReadonlySet<string>,
): LibraryState {
  const mineIds = new Set(state.mine.entries.map((e) => e.id));
  const remove = new Set(ids);
  const hide = ids.filter((id) => !mineIds.has(id) && shippedIds.has(id) && !state.hidden.includes(id));
  return {
    mine: { ...state.mine, entries: state.mine.entries.filter((e) => !remove.has(e.id)) },
    hidden: [...state.hidden, ...hide],
  };
}

export function unhideEntries(state: LibraryState, ids: readonly string[]): LibraryState {
  return { ...state, hidden: state.hidden.filter((id) => !ids.includes(id)) };
}

/** An id not yet taken: `<id>-copy`, then `<id>-copy-2`, … within the id length the format allows. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, 70).replace(/-+$/, '') || 'entry';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function duplicateEntry(
  state: LibraryState,
  entry: PhraseEntry,
  taken: ReadonlySet<string>,
): { state: LibraryState; id: string } {
  const id = freeId(`${entry.id.slice(0, 70)}-copy`, taken);
  const copy = { ...structuredClone(entry), id };
  const entries = [...state.mine.entries];
  const at = entries.findIndex((e) => e.id === entry.id);
  entries.splice(at >= 0 ? at + 1 : entries.length, 0, copy);
  return { state: withEntries(state, entries), id };
}

/** Moves one of the lead's entries up (-1) or down (+1) in their phrasebook. */
export function moveEntry(state: LibraryState, id: string, delta: -1 | 1): LibraryState {
  const entries = [...state.mine.entries];
  const from = entries.findIndex((e) => e.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= entries.length) return state;
  const [moved] = entries.splice(from, 1);
  if (moved) entries.splice(to, 0, moved);
  return withEntries(state, entries);
}

export interface BulkChange {
  addTags: string[];
  removeTags: string[];
  addEmotions: Emotion[];
  removeEmotions: Emotion[];
}

export interface BulkSkip {
  id: string;
  reason: Bilingual;
}

const withoutAll = <T>(list: readonly T[], remove: readonly T[]) => list.filter((item) => !remove.includes(item));
const withAll = <T>(list: readonly T[], add: readonly T[]) => [...list, ...add.filter((item) => !list.includes(item))];

/**
 * Applies one tag/emotion change to many entries. Shipped entries become the lead's edits of them; an entry the change
 * would make invalid (no emotion left, too many tags) is skipped and listed, the others are saved.
 */
export function bulkEdit(
  state: LibraryState,
  entries: readonly PhraseEntry[],
  change: BulkChange,
): { state: LibraryState; changed: string[]; skipped: BulkSkip[] } {
  let next = state;
  const changed: string[] = [];
  const skipped: BulkSkip[] = [];
  for (const entry of entries) {
    const candidate = {
      ...entry,
      tags: withAll(withoutAll(entry.tags, change.removeTags), change.addTags),
      emotions: withAll(withoutAll(entry.emotions, change.removeEmotions), change.addEmotions),
    };
    if (canonicalJson(candidate) === canonicalJson(entry)) continue;
    const parsed = PhraseEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      const noEmotion = candidate.emotions.length === 0;
      skipped.push({
        id: entry.id,
        reason: noEmotion
          ? { 'zh-CN': '会没有任何情绪，已跳过', en: 'would be left without an emotion; skipped' }
          : {
              'zh-CN': '修改后不合格（标签过多或过长），已跳过',
              en: 'would become invalid (too many or too long tags); skipped',
            },
      });
      continue;
    }
    next = upsertEntry(next, parsed.data);
    changed.push(entry.id);
  }
  return { state: next, changed, skipped };
}

export function resetToDefaults(): LibraryState {
  return defaultLibraryState();
}

export interface ChangeSummary {
  added: string[];
  changed: string[];
  removed: string[];
  hidden: string[];
  unhidden: string[];
  reordered: boolean;
  /** Avoid items added, changed or removed (the editor lists entries; imports may bring avoid items). */
  avoidChanged: number;
}

/** What one save changed, for the history list. */
export function summarizeChange(before: LibraryState, after: LibraryState): ChangeSummary {
  const old = new Map(before.mine.entries.map((e) => [e.id, canonicalJson(e)]));
  const now = new Map(after.mine.entries.map((e) => [e.id, canonicalJson(e)]));
  const added = [...now.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !now.has(id));
  const changed = [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id));
  const keptOrder = (ids: string[]) => ids.filter((id) => old.has(id) && now.has(id));
  const reordered =
    keptOrder(before.mine.entries.map((e) => e.id)).join('\n') !==
    keptOrder(after.mine.entries.map((e) => e.id)).join('\n');
  const oldAvoid = new Map(before.mine.avoid.map((a) => [a.id, canonicalJson(a)]));
  const newAvoid = new Map(after.mine.avoid.map((a) => [a.id, canonicalJson(a)]));
  const avoidIds = new Set([...oldAvoid.keys(), ...newAvoid.keys()]);
  const avoidChanged = [...avoidIds].filter((id) => oldAvoid.get(id) !== newAvoid.get(id)).length;
  return {
    added,
    changed,
    removed,
    hidden: after.hidden.filter((id) => !before.hidden.includes(id)),
    unhidden: before.hidden.filter((id) => !after.hidden.includes(id)),
    reordered,
    avoidChanged,
  };
}

/** Ids of the lead's entries one change touched, for telling whether two tabs' edits overlap. */
export function touchedIds(summary: ChangeSummary): string[] {
  return [...summary.added, ...summary.changed, ...summary.removed, ...summary.hidden, ...summary.unhidden];
}
