import { canonicalJson, contentHash } from './content-hash';
import type { AvoidItem, Bilingual, Phrasebook, PhraseEntry } from './schema';

export type Section = 'entries' | 'avoid';
type Item = PhraseEntry | AvoidItem;

/** An entry or avoid item of an imported file that could not be read, with where it is and why. */
export interface InvalidItem {
  where: Bilingual;
  id?: string;
  reasons: Bilingual[];
}

/** What an import file holds, each item validated on its own so one bad row does not block the rest. */
export interface IncomingItems {
  entries: PhraseEntry[];
  avoid: AvoidItem[];
  invalid: InvalidItem[];
  /** Problems with the file as a whole that did not stop its items from being read (or did, when nothing was read). */
  notices: Bilingual[];
}

/**
 * new: not in the phrasebook yet. changed: the file has a newer version of an entry left untouched here since the last
 * export or import. conflicting: both differ and the file is not simply newer. unchanged: identical. only-here: in the
 * phrasebook but not in the file.
 */
export type MergeStatus = 'new' | 'changed' | 'conflicting' | 'unchanged' | 'only-here';

export interface MergeRow {
  key: string;
  section: Section;
  id: string;
  status: MergeStatus;
  incoming?: Item;
  current?: Item;
  /** Top-level fields that differ between the two versions. */
  fields: string[];
  note?: Bilingual;
  /** What happens when the lead does not decide: take the file's version (or, for only-here, remove the entry). */
  acceptByDefault: boolean;
}

export interface MergePreview {
  rows: MergeRow[];
  invalid: InvalidItem[];
  notices: Bilingual[];
}

export interface MergeContext {
  /** Content hash of each item as last exported or imported, by `itemKey`. */
  base: Readonly<Record<string, string>>;
  /** Ids of read-only team entries: an import may not take them over. */
  readOnlyIds: ReadonlySet<string>;
  /** Ids of shipped entries: an imported entry with one of them replaces the shipped phrase. */
  shippedIds: ReadonlySet<string>;
}

export const itemKey = (section: Section, id: string) => `${section}:${id}`;

const NOTE_BOTH_CHANGED: Bilingual = {
  'zh-CN': '上次导出/导入后，这里和文件里都改过这一条',
  en: 'changed both here and in the file since the last export or import',
};
const NOTE_FILE_OLDER: Bilingual = {
  'zh-CN': '文件里是你上次修改之前的旧版本',
  en: 'the file has the version from before your last change here',
};
const NOTE_NO_BASE: Bilingual = {
  'zh-CN': '这里已有同 id 的条目，内容不同，无法判断哪个更新',
  en: 'an entry with this id exists here with different content; which is newer is unknown',
};
const NOTE_REPLACES_SHIPPED: Bilingual = {
  'zh-CN': '将替换内置话术中同 id 的条目',
  en: 'replaces the shipped phrase with this id',
};

function differingFields(a: Item, b: Item): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const record = (item: Item) => item as unknown as Record<string, unknown>;
  return [...keys].filter((key) => canonicalJson(record(a)[key]) !== canonicalJson(record(b)[key]));
}

function compare(
  current: Item,
  incoming: Item,
  base: string | undefined,
): Pick<MergeRow, 'status' | 'note' | 'acceptByDefault' | 'fields'> {
  const fields = differingFields(current, incoming);
  if (fields.length === 0) return { status: 'unchanged', fields, acceptByDefault: false };
  const here = contentHash(current);
  const there = contentHash(incoming);
  if (base === undefined) return { status: 'conflicting', fields, note: NOTE_NO_BASE, acceptByDefault: false };
  if (here === base) return { status: 'changed', fields, acceptByDefault: true };
  if (there === base) return { status: 'conflicting', fields, note: NOTE_FILE_OLDER, acceptByDefault: false };
  return { status: 'conflicting', fields, note: NOTE_BOTH_CHANGED, acceptByDefault: false };
}

function readOnlyInvalid(id: string): InvalidItem {
  return {
    where: { 'zh-CN': `条目“${id}”`, en: `entry "${id}"` },
    id,
    reasons: [
      {
        'zh-CN': '团队话术库已有这个 id，团队条目只读；请改用其他 id',
        en: 'the team phrasebook already has this id and team entries are read-only; use another id',
      },
    ],
  };
}

function sectionRows(
  section: Section,
  current: readonly Item[],
  incoming: readonly Item[],
  context: MergeContext,
  invalid: InvalidItem[],
): MergeRow[] {
  const here = new Map(current.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const rows: MergeRow[] = [];
  for (const item of incoming) {
    const key = itemKey(section, item.id);
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    if (section === 'entries' && context.readOnlyIds.has(item.id)) {
      invalid.push(readOnlyInvalid(item.id));
      continue;
    }
    const existing = here.get(item.id);
    if (!existing) {
      const replaces = section === 'entries' && context.shippedIds.has(item.id);
      rows.push({
        key,
        section,
        id: item.id,
        status: 'new',
        incoming: item,
        fields: [],
        acceptByDefault: true,
        ...(replaces ? { note: NOTE_REPLACES_SHIPPED } : {}),
      });
      continue;
    }
    rows.push({
      key,
      section,
      id: item.id,
      incoming: item,
      current: existing,
      ...compare(existing, item, context.base[key]),
    });
  }
  // An entry the file has but could not read is not missing from it; and a file none of whose items could be read
  // says nothing about what to delete.
  const unreadable = new Set(invalid.flatMap((item) => (item.id ? [item.id] : [])));
  if (incoming.length === 0 && invalid.length > 0) return rows;
  for (const item of current) {
    if (seen.has(item.id) || unreadable.has(item.id)) continue;
    rows.push({
      key: itemKey(section, item.id),
      section,
      id: item.id,
      status: 'only-here',
      current: item,
      fields: [],
      acceptByDefault: false,
    });
  }
  return rows;
}

/** Sorts an import against the phrasebook it would go into; nothing changes until `applyMerge`. */
export function previewMerge(
  current: Pick<Phrasebook, 'entries' | 'avoid'>,
  incoming: IncomingItems,
  context: MergeContext,
): MergePreview {
  const invalid = [...incoming.invalid];
  const rows = [
    ...sectionRows('entries', current.entries, incoming.entries, context, invalid),
    ...sectionRows('avoid', current.avoid, incoming.avoid, context, invalid),
  ];
  return { rows, invalid, notices: incoming.notices };
}

/** The keys a preview applies when the lead accepts its defaults. */
export function defaultAccepted(preview: MergePreview): Set<string> {
  return new Set(preview.rows.filter((row) => row.acceptByDefault).map((row) => row.key));
}

function applySection<T extends Item>(
  section: Section,
  current: readonly T[],
  rows: MergeRow[],
  accepted: ReadonlySet<string>,
): T[] {
  const byKey = new Map(rows.filter((row) => row.section === section).map((row) => [row.key, row]));
  const result: T[] = [];
  for (const item of current) {
    const row = byKey.get(itemKey(section, item.id));
    const take = row !== undefined && accepted.has(row.key);
    if (take && row.status === 'only-here') continue;
    result.push(
      take && row.incoming && (row.status === 'changed' || row.status === 'conflicting') ? (row.incoming as T) : item,
    );
  }
  for (const row of byKey.values()) {
    if (row.status === 'new' && accepted.has(row.key) && row.incoming) result.push(row.incoming as T);
  }
  return result;
}

/**
 * The phrasebook with the accepted rows applied: accepted changes replace their entry in place, accepted new entries
 * follow in the file's order, accepted only-here entries are removed; everything else stays as it was.
 */
export function applyMerge<T extends Pick<Phrasebook, 'entries' | 'avoid'>>(
  current: T,
  preview: MergePreview,
  accepted: ReadonlySet<string>,
): T {
  return {
    ...current,
    entries: applySection('entries', current.entries, preview.rows, accepted),
    avoid: applySection('avoid', current.avoid, preview.rows, accepted),
  };
}

/** The content hashes to remember after an export or import, so the next import can tell newer from conflicting. */
export function syncBaseOf(items: Pick<Phrasebook, 'entries' | 'avoid'>): Record<string, string> {
  const base: Record<string, string> = {};
  for (const entry of items.entries) base[itemKey('entries', entry.id)] = contentHash(entry);
  for (const item of items.avoid) base[itemKey('avoid', item.id)] = contentHash(item);
  return base;
}
