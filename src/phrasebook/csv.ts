import type { z } from 'zod';
import { readCsv, writeCsv } from './csv-table';
import { issueMessage } from './errors';
import type { IncomingItems, InvalidItem } from './merge';
import { AvoidItemSchema, type Bilingual, LOCALES, type Locale, type Phrasebook, PhraseEntrySchema } from './schema';

/**
 * One row per entry (or avoid item) and locale. Fields that do not depend on the locale are repeated on both rows;
 * on import either row may leave them empty. `text` is an avoid item's better phrase and `note` its reason.
 */
const BASE_COLUMNS = [
  'type',
  'id',
  'locale',
  'step',
  'emotions',
  'intensity_min',
  'intensity_max',
  'flags',
  'stage',
  'tags',
  'text',
  'note',
  'avoid_phrases',
] as const;
type BaseColumn = (typeof BASE_COLUMNS)[number];
const SHARED_COLUMNS = ['step', 'emotions', 'intensity_min', 'intensity_max', 'flags', 'stage', 'tags'] as const;
type SharedColumn = (typeof SHARED_COLUMNS)[number];
const NEXT_STEP = /^next_step_(\d{1,2})$/;
const LIST_SEPARATOR = '|';
/** Value lists (emotions, flags) are typed by hand too; any of these separators is understood. */
const VALUE_LIST_SEPARATORS = /[|,;，、；\s]+/;

const LOCALE_ALIASES: Record<string, Locale> = {
  'zh-cn': 'zh-CN',
  zh_cn: 'zh-CN',
  zh: 'zh-CN',
  cn: 'zh-CN',
  中文: 'zh-CN',
  en: 'en',
  'en-us': 'en',
  'en-gb': 'en',
  english: 'en',
  英文: 'en',
};

/**
 * Free-text lists (tags, avoid phrases) are written `a|b|c`, which reads well in a spreadsheet. A list that this
 * would not give back exactly (an item with "|", surrounding spaces, an empty item, or a leading "[") is written as
 * a JSON array instead.
 */
export function writeTextList(items: readonly string[]): string {
  const simple = items.join(LIST_SEPARATOR);
  const exact =
    !simple.startsWith('[') &&
    items.every((item) => item !== '' && item === item.trim() && !item.includes(LIST_SEPARATOR));
  return exact ? simple : JSON.stringify(items);
}

export function readTextList(cell: string): string[] {
  const trimmed = cell.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
    } catch {
      // Not JSON: a tag that merely starts with "[", read as a plain list.
    }
  }
  return trimmed
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function readValueList(cell: string): string[] {
  return cell.split(VALUE_LIST_SEPARATORS).filter((value) => value !== '');
}

/** The phrasebook's entries and avoid items as CSV text (UTF-8 with BOM, CRLF), ready for Excel or WPS. */
export function phrasebookToCsv(book: Pick<Phrasebook, 'entries' | 'avoid'>): string {
  const steps = Math.max(1, ...book.entries.map((entry) => entry.nextSteps.length));
  const stepColumns = Array.from({ length: steps }, (_, i) => `next_step_${i + 1}`);
  const rows: string[][] = [[...BASE_COLUMNS, ...stepColumns]];
  for (const entry of book.entries) {
    for (const locale of LOCALES) {
      const cells: Record<BaseColumn, string> = {
        type: 'entry',
        id: entry.id,
        locale,
        step: entry.step,
        emotions: entry.emotions.join(LIST_SEPARATOR),
        intensity_min: entry.intensity.min,
        intensity_max: entry.intensity.max,
        flags: entry.flags.join(LIST_SEPARATOR),
        stage: entry.stage,
        tags: writeTextList(entry.tags),
        text: entry.text[locale],
        note: entry.note?.[locale] ?? '',
        avoid_phrases: '',
      };
      const nextSteps = stepColumns.map((_, i) => entry.nextSteps[i]?.[locale] ?? '');
      rows.push([...BASE_COLUMNS.map((column) => cells[column]), ...nextSteps]);
    }
  }
  for (const item of book.avoid) {
    for (const locale of LOCALES) {
      const cells: Partial<Record<BaseColumn, string>> = {
        type: 'avoid',
        id: item.id,
        locale,
        text: item.better[locale],
        note: item.why[locale],
        avoid_phrases: writeTextList(item.phrases[locale]),
      };
      rows.push([...BASE_COLUMNS.map((column) => cells[column] ?? ''), ...stepColumns.map(() => '')]);
    }
  }
  return writeCsv(rows);
}

interface Header {
  index: Map<string, number>;
  /** next_step_N columns in N order. */
  nextSteps: { column: string; index: number }[];
  ignored: string[];
}

interface SourceRow {
  number: number;
  cells: string[];
}

interface Group {
  type: 'entry' | 'avoid';
  id: string;
  rows: Partial<Record<Locale, SourceRow>>;
  firstRow: number;
  problems: Bilingual[];
}

const rowsLabel = (numbers: number[]): Bilingual => {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const list = sorted.join(', ');
  return sorted.length === 1
    ? { 'zh-CN': `第 ${list} 行`, en: `row ${list}` }
    : { 'zh-CN': `第 ${list} 行`, en: `rows ${list}` };
};

function readHeader(cells: string[]): { ok: true; header: Header } | { ok: false; problem: Bilingual } {
  const index = new Map<string, number>();
  const nextSteps: Header['nextSteps'] = [];
  const ignored: string[] = [];
  cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    if (index.has(name)) {
      ignored.push(raw);
      return;
    }
    if ((BASE_COLUMNS as readonly string[]).includes(name)) index.set(name, i);
    else if (NEXT_STEP.test(name)) {
      index.set(name, i);
      nextSteps.push({ column: name, index: i });
    } else ignored.push(raw);
  });
  const missing = (['id', 'locale', 'text'] as const).filter((name) => !index.has(name));
  if (missing.length > 0) {
    return {
      ok: false,
      problem: {
        'zh-CN': `第 1 行应为表头，缺少列：${missing.join('、')}`,
        en: `row 1 should be the header; missing column(s): ${missing.join(', ')}`,
      },
    };
  }
  nextSteps.sort((a, b) => Number(NEXT_STEP.exec(a.column)?.[1]) - Number(NEXT_STEP.exec(b.column)?.[1]));
  return { ok: true, header: { index, nextSteps, ignored } };
}

function cellOf(header: Header, row: SourceRow, column: string): string {
  const i = header.index.get(column);
  return i === undefined ? '' : (row.cells[i] ?? '');
}

function groupRows(header: Header, rows: SourceRow[], invalid: InvalidItem[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const typeCell = cellOf(header, row, 'type').trim().toLowerCase() || 'entry';
    const id = cellOf(header, row, 'id').trim();
    const localeCell = cellOf(header, row, 'locale').trim();
    const locale = LOCALE_ALIASES[localeCell.toLowerCase()];
    const reasons: Bilingual[] = [];
    if (typeCell !== 'entry' && typeCell !== 'avoid') {
      reasons.push({
        'zh-CN': `未知的类型“${typeCell}”（应为 entry 或 avoid）`,
        en: `unknown type "${typeCell}" (use entry or avoid)`,
      });
    }
    if (id === '') reasons.push({ 'zh-CN': 'id 为空', en: 'id is empty' });
    if (!locale) {
      reasons.push({
        'zh-CN': `未知的语言“${localeCell}”（应为 zh-CN 或 en）`,
        en: `unknown locale "${localeCell}" (use zh-CN or en)`,
      });
    }
    if (reasons.length > 0 || !locale) {
      invalid.push({ where: rowsLabel([row.number]), ...(id ? { id } : {}), reasons });
      continue;
    }
    const type = typeCell as Group['type'];
    const key = `${type}:${id}`;
    const group = groups.get(key) ?? { type, id, rows: {}, firstRow: row.number, problems: [] };
    groups.set(key, group);
    const other = group.rows[locale];
    if (other) {
      group.problems.push({
        'zh-CN': `第 ${row.number} 行与第 ${other.number} 行是同一条目的同一语言（${locale}）`,
        en: `row ${row.number} repeats the ${locale} row of this entry (row ${other.number})`,
      });
    } else group.rows[locale] = row;
  }
  return [...groups.values()];
}

type Located = { column: string; locale?: Locale };

/** The value both rows give for a shared field: one row may leave it empty, but they may not disagree. */
function sharedValue(header: Header, group: Group, column: SharedColumn): string {
  const values = LOCALES.flatMap((locale) => {
    const row = group.rows[locale];
    const cell = row ? cellOf(header, row, column).trim() : '';
    return cell === '' || !row ? [] : [{ cell, row: row.number }];
  });
  const [first, second] = values;
  if (!first) return '';
  const same = (a: string, b: string) =>
    column === 'tags'
      ? JSON.stringify(readTextList(a)) === JSON.stringify(readTextList(b))
      : readValueList(a).join() === readValueList(b).join();
  if (second && !same(first.cell, second.cell)) {
    group.problems.push({
      'zh-CN': `${column}：第 ${first.row} 行“${first.cell}”与第 ${second.row} 行“${second.cell}”不一致`,
      en: `${column}: row ${first.row} says "${first.cell}" but row ${second.row} says "${second.cell}"`,
    });
  }
  return first.cell;
}

function localized(header: Header, group: Group, column: string): Record<Locale, string> {
  return {
    'zh-CN': group.rows['zh-CN'] ? cellOf(header, group.rows['zh-CN'], column) : '',
    en: group.rows.en ? cellOf(header, group.rows.en, column) : '',
  };
}

const bothEmpty = (text: Record<Locale, string>) => text['zh-CN'] === '' && text.en === '';

function rawEntry(header: Header, group: Group): Record<string, unknown> {
  const shared = (column: SharedColumn) => sharedValue(header, group, column);
  const raw: Record<string, unknown> = {
    id: group.id,
    step: shared('step') || undefined,
    emotions: readValueList(shared('emotions')),
    intensity: { min: shared('intensity_min') || undefined, max: shared('intensity_max') || undefined },
    flags: readValueList(shared('flags')),
    stage: shared('stage') || undefined,
    tags: readTextList(shared('tags')),
    text: localized(header, group, 'text'),
    nextSteps: header.nextSteps.map((step) => localized(header, group, step.column)).filter((step) => !bothEmpty(step)),
  };
  const note = localized(header, group, 'note');
  if (!bothEmpty(note)) raw.note = note;
  return raw;
}

function rawAvoid(header: Header, group: Group): Record<string, unknown> {
  const phrases = localized(header, group, 'avoid_phrases');
  return {
    id: group.id,
    phrases: { 'zh-CN': readTextList(phrases['zh-CN']), en: readTextList(phrases.en) },
    better: localized(header, group, 'text'),
    why: localized(header, group, 'note'),
  };
}

/** Which column (and locale row) a schema path points at, in the terms of the CSV. */
function locateEntryPath(path: readonly PropertyKey[], header: Header): Located {
  const [field, second, third] = path;
  const locale = [second, third].find((key): key is Locale => key === 'zh-CN' || key === 'en');
  switch (field) {
    case 'intensity':
      return { column: second === 'max' ? 'intensity_max' : 'intensity_min' };
    case 'nextSteps':
      return {
        column: header.nextSteps[typeof second === 'number' ? second : 0]?.column ?? 'next_step_1',
        ...(locale ? { locale } : {}),
      };
    case 'text':
    case 'note':
      return { column: field, ...(locale ? { locale } : {}) };
    default:
      return { column: typeof field === 'string' ? field : 'id' };
  }
}

function locateAvoidPath(path: readonly PropertyKey[]): Located {
  const [field, second] = path;
  const locale = second === 'zh-CN' || second === 'en' ? second : undefined;
  const column = field === 'phrases' ? 'avoid_phrases' : field === 'why' ? 'note' : field === 'better' ? 'text' : 'id';
  return { column, ...(locale ? { locale } : {}) };
}

function reasonsFor(issues: readonly z.core.$ZodIssue[], raw: unknown, group: Group, header: Header): Bilingual[] {
  return issues.map((issue) => {
    const at = group.type === 'entry' ? locateEntryPath(issue.path, header) : locateAvoidPath(issue.path);
    const row = at.locale ? group.rows[at.locale]?.number : undefined;
    const where =
      row !== undefined
        ? { 'zh-CN': `第 ${row} 行 ${at.column}`, en: `row ${row}, ${at.column}` }
        : { 'zh-CN': at.column, en: at.column };
    const message = issueMessage(issue, raw);
    return { 'zh-CN': `${where['zh-CN']}：${message['zh-CN']}`, en: `${where.en}: ${message.en}` };
  });
}

function missingLocaleProblems(group: Group): Bilingual[] {
  return LOCALES.filter((locale) => !group.rows[locale]).map((locale) => ({
    'zh-CN': `缺少 ${locale} 行（每个条目需要 zh-CN 和 en 各一行）`,
    en: `no ${locale} row (each entry needs one zh-CN and one en row)`,
  }));
}

/**
 * Reads a phrasebook CSV (as written by `phrasebookToCsv`, or edited in a spreadsheet) into validated items. Never
 * throws: an unreadable file gives a notice, a bad entry is listed as invalid with its rows and reasons.
 */
export function readPhrasebookCsv(text: string): IncomingItems {
  const result: IncomingItems = { entries: [], avoid: [], invalid: [], notices: [] };
  const table = readCsv(text);
  if (!table.ok) {
    const where = table.problem.row > 0 ? rowsLabel([table.problem.row]) : { 'zh-CN': '文件', en: 'file' };
    result.notices.push({
      'zh-CN': `${where['zh-CN']}：${table.problem.message['zh-CN']}`,
      en: `${where.en}: ${table.problem.message.en}`,
    });
    return result;
  }
  const [headerRow, ...rows] = table.rows;
  if (!headerRow) {
    result.notices.push({ 'zh-CN': '文件是空的', en: 'the file is empty' });
    return result;
  }
  const header = readHeader(headerRow.cells);
  if (!header.ok) {
    result.notices.push(header.problem);
    return result;
  }
  if (header.header.ignored.length > 0) {
    const names = header.header.ignored.join(', ');
    result.notices.push({ 'zh-CN': `已忽略未知的列：${names}`, en: `ignored unknown column(s): ${names}` });
  }
  for (const group of groupRows(header.header, rows, result.invalid)) {
    const numbers = LOCALES.flatMap((locale) => (group.rows[locale] ? [group.rows[locale].number] : []));
    const raw = group.type === 'entry' ? rawEntry(header.header, group) : rawAvoid(header.header, group);
    const parsed = group.type === 'entry' ? PhraseEntrySchema.safeParse(raw) : AvoidItemSchema.safeParse(raw);
    const missing = missingLocaleProblems(group);
    // With a whole row missing, every field of that locale would be reported empty as well: say it once.
    const schemaReasons =
      parsed.success || missing.length > 0 ? [] : reasonsFor(parsed.error.issues, raw, group, header.header);
    const reasons = [...missing, ...group.problems, ...schemaReasons];
    if (reasons.length > 0 || !parsed.success) {
      result.invalid.push({ where: rowsLabel(numbers.length > 0 ? numbers : [group.firstRow]), id: group.id, reasons });
    } else if (group.type === 'entry') result.entries.push(parsed.data as (typeof result.entries)[number]);
    else result.avoid.push(parsed.data as (typeof result.avoid)[number]);
  }
  return result;
}
