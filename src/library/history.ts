import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { canonicalJson, contentHash } from '../phrasebook/content-hash';
import type { PhrasebookError } from '../phrasebook/errors';
import { parsePhrasebook } from '../phrasebook/validate';
import type { ChangeSummary } from './edits';
import { emptyMine, type LibraryState } from './library-state';

/** The issue asks for at least the last 50 saves. */
export const MAX_VERSIONS = 50;
/** A summary names this many ids per kind of change; the counts are always complete. */
const SUMMARY_IDS = 20;

export const CHANGE_ACTIONS = [
  'initial',
  'snapshot',
  'create',
  'edit',
  'duplicate',
  'delete',
  'unhide',
  'reorder',
  'bulk',
  'import',
  'restore',
  'reset',
  'merge',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

const idList = z.array(z.string());
const summarySchema = z.object({
  added: idList,
  changed: idList,
  removed: idList,
  hidden: idList,
  unhidden: idList,
  reordered: z.boolean(),
  avoidChanged: z.number().int().min(0),
  counts: z.object({
    added: z.number(),
    changed: z.number(),
    removed: z.number(),
    hidden: z.number(),
    unhidden: z.number(),
  }),
});
export type VersionSummary = z.infer<typeof summarySchema>;

const versionSchema = z.object({
  revision: z.number().int().min(0),
  savedAt: z.number(),
  action: z.enum(CHANGE_ACTIONS),
  summary: summarySchema,
  /** Content hashes of the lead's entries and avoid items, in order; the content is in `blobs`. */
  entries: idList,
  avoid: idList,
  hidden: idList,
  name: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
export type HistoryVersion = z.infer<typeof versionSchema>;

/**
 * Every save, stored once per distinct entry: a version lists hashes and `blobs` holds each entry text once, so fifty
 * versions of a 300-entry phrasebook where each save touches one entry cost about one copy, not fifty.
 */
const historySchema = z.object({ versions: z.array(versionSchema), blobs: z.record(z.string(), z.unknown()) });
export type History = z.infer<typeof historySchema>;

const EMPTY_HISTORY: History = { versions: [], blobs: {} };

export const historyItem = storage.defineItem<History>('local:library.history', {
  fallback: EMPTY_HISTORY,
  version: 1,
  // Version 1 is the first stored shape; a later shape adds its step here.
  migrations: {},
});

/** A history that fails validation is ignored rather than trusted; the current phrasebook is stored apart from it. */
export function parseHistory(value: unknown): History {
  const parsed = historySchema.safeParse(value);
  return parsed.success ? parsed.data : { versions: [], blobs: {} };
}

export async function readHistory(): Promise<History> {
  return parseHistory(await historyItem.getValue());
}

export function watchHistory(onChange: (history: History) => void): () => void {
  return historyItem.watch((value) => onChange(parseHistory(value)));
}

const capped = (ids: string[]) => ids.slice(0, SUMMARY_IDS);

export function versionSummary(change: ChangeSummary): VersionSummary {
  return {
    added: capped(change.added),
    changed: capped(change.changed),
    removed: capped(change.removed),
    hidden: capped(change.hidden),
    unhidden: capped(change.unhidden),
    reordered: change.reordered,
    avoidChanged: change.avoidChanged,
    counts: {
      added: change.added.length,
      changed: change.changed.length,
      removed: change.removed.length,
      hidden: change.hidden.length,
      unhidden: change.unhidden.length,
    },
  };
}

function store(blobs: Record<string, unknown>, value: unknown): string {
  const hash = contentHash(value);
  const text = canonicalJson(value);
  // A hash already taken by other content gets a suffix: the history must never hand back the wrong entry.
  for (let n = 0; ; n++) {
    const key = n === 0 ? hash : `${hash}-${n}`;
    const existing = blobs[key];
    if (existing === undefined) {
      blobs[key] = value;
      return key;
    }
    if (canonicalJson(existing) === text) return key;
  }
}

/** Drops blobs no version refers to any more. */
function collect(versions: HistoryVersion[], blobs: Record<string, unknown>): Record<string, unknown> {
  const used = new Set(versions.flatMap((v) => [...v.entries, ...v.avoid]));
  return Object.fromEntries(Object.entries(blobs).filter(([key]) => used.has(key)));
}

export interface VersionInfo {
  revision: number;
  savedAt: number;
  action: ChangeAction;
  summary: VersionSummary;
}

/** The history with one more version, the oldest ones beyond MAX_VERSIONS dropped. */
export function withVersion(history: History, state: LibraryState, info: VersionInfo): History {
  const blobs = { ...history.blobs };
  const version: HistoryVersion = {
    ...info,
    entries: state.mine.entries.map((entry) => store(blobs, entry)),
    avoid: state.mine.avoid.map((item) => store(blobs, item)),
    hidden: [...state.hidden],
    name: { ...state.mine.name },
  };
  const versions = [...history.versions.filter((v) => v.revision !== info.revision), version].slice(-MAX_VERSIONS);
  return { versions, blobs: collect(versions, blobs) };
}

/** Keeps only the newest `keep` versions: what the lead can do when browser storage is full. */
export function prunedHistory(history: History, keep: number): History {
  const versions = history.versions.slice(-Math.max(1, keep));
  return { versions, blobs: collect(versions, history.blobs) };
}

export type VersionState = { ok: true; state: LibraryState } | { ok: false; errors: PhrasebookError[] };

/** The phrasebook as it was at a version, validated like any other phrasebook before it can be shown or restored. */
export function stateAt(history: History, revision: number): VersionState | undefined {
  const version = history.versions.find((v) => v.revision === revision);
  if (!version) return undefined;
  const raw = {
    ...emptyMine(),
    name: version.name,
    entries: version.entries.map((key) => history.blobs[key]),
    avoid: version.avoid.map((key) => history.blobs[key]),
  };
  const parsed = parsePhrasebook(raw, `history v${revision}`);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return { ok: true, state: { mine: parsed.phrasebook, hidden: [...version.hidden] } };
}
