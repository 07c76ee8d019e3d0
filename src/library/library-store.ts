import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { PhrasebookError } from '../phrasebook/errors';
import type { Bilingual } from '../phrasebook/schema';
import { parsePhrasebook } from '../phrasebook/validate';
import { type ChangeSummary, summarizeChange } from './edits';
import {
  type ChangeAction,
  type History,
  historyItem,
  prunedHistory,
  readHistory,
  stateAt,
  type VersionSummary,
  versionSummary,
  withVersion,
} from './history';
import { defaultLibraryState, type LibraryState, MINE_ID } from './library-state';
import { type StorageFailure, withLock, writeTogether } from './storage-write';

/**
 * The stored library, version 1. `revision` goes up by one with every save: an options tab that saves on top of a
 * revision other than the one it loaded has missed another tab's save.
 */
const storedLibrarySchema = z.object({
  revision: z.number().int().min(0),
  savedAt: z.number(),
  mine: z.unknown(),
  hidden: z.array(z.string()),
});
type StoredLibrary = z.infer<typeof storedLibrarySchema>;

export const libraryItem = storage.defineItem<StoredLibrary>('local:library', {
  version: 1,
  // Version 1 is the first stored shape; a later shape adds its step here.
  migrations: {},
});

/** Content hashes of the lead's items as last exported or imported (see merge.ts), kept apart from the revisions. */
export const syncBaseItem = storage.defineItem<Record<string, string>>('local:library.syncBase', {
  fallback: {},
  version: 1,
  migrations: {},
});

export interface LibrarySnapshot {
  revision: number;
  savedAt: number;
  state: LibraryState;
  /** Set when the stored library could not be read; `state` then comes from the newest readable history version. */
  damaged?: { errors: PhrasebookError[] };
}

const LIBRARY_LOCK = 'calmdesk-library';

function fromHistory(history: History): LibraryState {
  for (const version of [...history.versions].reverse()) {
    const at = stateAt(history, version.revision);
    if (at?.ok) return at.state;
  }
  return defaultLibraryState();
}

/** Reads and validates the stored library; never throws, never hands out an invalid phrasebook. */
export async function readLibrary(): Promise<LibrarySnapshot> {
  const raw = await libraryItem.getValue();
  if (raw === null || raw === undefined) return { revision: 0, savedAt: 0, state: defaultLibraryState() };
  const envelope = storedLibrarySchema.safeParse(raw);
  const mine = parsePhrasebook(envelope.success ? envelope.data.mine : raw, MINE_ID);
  if (envelope.success && mine.ok && mine.phrasebook.kind === 'mine') {
    const { revision, savedAt, hidden } = envelope.data;
    return { revision, savedAt, state: { mine: mine.phrasebook, hidden: [...new Set(hidden)] } };
  }
  const errors: PhrasebookError[] = mine.ok
    ? [{ file: MINE_ID, path: '', message: { 'zh-CN': '存储格式无法识别', en: 'unrecognised storage format' } }]
    : mine.errors;
  const revision = envelope.success ? envelope.data.revision : 0;
  return { revision, savedAt: 0, state: fromHistory(await readHistory()), damaged: { errors } };
}

export function watchLibrary(onChange: (snapshot: LibrarySnapshot) => void): () => void {
  return libraryItem.watch(() => void readLibrary().then(onChange));
}

export interface SaveRequest {
  /** The revision the change was made on; null saves whatever is stored now (a restore the lead confirmed). */
  baseRevision: number | null;
  state: LibraryState;
  action: ChangeAction;
}

export type SaveOutcome =
  | { ok: true; snapshot: LibrarySnapshot; change: ChangeSummary }
  | { ok: false; reason: 'stale'; current: LibrarySnapshot }
  | { ok: false; reason: 'invalid'; errors: PhrasebookError[] }
  | ({ ok: false } & StorageFailure);

/**
 * Saves the library and its history version in one write. Refuses (reason "stale") when another tab saved since
 * `baseRevision`, so the caller can offer to merge or reload instead of overwriting that save.
 */
export function saveLibrary(request: SaveRequest, now = Date.now()): Promise<SaveOutcome> {
  return withLock(LIBRARY_LOCK, async () => {
    const current = await readLibrary();
    if (request.baseRevision !== null && request.baseRevision !== current.revision) {
      return { ok: false, reason: 'stale', current };
    }
    const parsed = parsePhrasebook({ ...request.state.mine, id: MINE_ID, kind: 'mine' }, MINE_ID);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
    const state: LibraryState = { mine: parsed.phrasebook, hidden: [...new Set(request.state.hidden)] };
    let history = await readHistory();
    // The newest version is always the state being replaced, so every save (a reset above all) can be undone.
    if (history.versions.at(-1)?.revision !== current.revision) {
      const action = current.revision === 0 ? 'initial' : 'snapshot';
      const empty = versionSummary(summarizeChange(current.state, current.state));
      history = withVersion(history, current.state, {
        revision: current.revision,
        savedAt: current.savedAt || now,
        action,
        summary: empty,
      });
    }
    const change = summarizeChange(current.state, state);
    const revision = current.revision + 1;
    history = withVersion(history, state, {
      revision,
      savedAt: now,
      action: request.action,
      summary: versionSummary(change),
    });
    const stored: StoredLibrary = { revision, savedAt: now, mine: state.mine, hidden: state.hidden };
    const failure = await writeTogether([
      { item: libraryItem, value: stored },
      { item: historyItem, value: history },
    ]);
    if (failure) return { ok: false, ...failure };
    return { ok: true, snapshot: { revision, savedAt: now, state }, change };
  });
}

/** Frees storage by dropping old versions; the current phrasebook is untouched. */
export async function pruneHistory(keep: number): Promise<StorageFailure | null> {
  return withLock(LIBRARY_LOCK, async () =>
    writeTogether([{ item: historyItem, value: prunedHistory(await readHistory(), keep) }]),
  );
}

export async function readSyncBase(): Promise<Record<string, string>> {
  const parsed = z.record(z.string(), z.string()).safeParse(await syncBaseItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function rememberSyncBase(base: Record<string, string>): Promise<StorageFailure | null> {
  return writeTogether([{ item: syncBaseItem, value: base }]);
}

/** One line for the history list and the save status: "added 1, changed 2". */
export function describeChange(summary: VersionSummary): Bilingual {
  const { counts } = summary;
  const parts: [number, string, string][] = [
    [counts.added, '新增', 'added'],
    [counts.changed, '修改', 'changed'],
    [counts.removed, '删除', 'removed'],
    [counts.hidden, '隐藏', 'hidden'],
    [counts.unhidden, '恢复显示', 'shown again'],
    [summary.avoidChanged, '禁用语变更', 'avoid items changed'],
  ];
  const used = parts.filter(([n]) => n > 0);
  const zh = used.map(([n, word]) => `${word} ${n}`);
  const en = used.map(([n, , word]) => `${word} ${n}`);
  if (summary.reordered) {
    zh.push('调整顺序');
    en.push('reordered');
  }
  return { 'zh-CN': zh.join('，') || '无变化', en: en.join(', ') || 'no change' };
}
