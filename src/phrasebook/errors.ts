import type { z } from 'zod';
import type { Bilingual, BilingualIssueParams, Locale } from './schema';

/** One problem in a phrasebook file, located well enough for a team lead to fix it without reading the code. */
export interface PhrasebookError {
  file: string;
  /** The id of the entry (or avoid item, see `section`) the problem is in, when it has one. */
  entryId?: string;
  section?: 'entries' | 'avoid';
  /** Field path inside the entry when `entryId` is set, else from the top of the file ("entries[3].text.en"); "" for the whole file. */
  path: string;
  /** 1-based, for JSON syntax errors. */
  line?: number;
  column?: number;
  message: Bilingual;
}

/** Enough to find the value; more would let one hostile value flood the error list. */
const MAX_SHOWN_CHARS = 40;

const FIELD_NAMES: Record<string, Bilingual> = {
  step: { 'zh-CN': '步骤', en: 'step' },
  emotions: { 'zh-CN': '情绪', en: 'emotion' },
  flags: { 'zh-CN': '标记', en: 'flag' },
  min: { 'zh-CN': '强度', en: 'intensity' },
  max: { 'zh-CN': '强度', en: 'intensity' },
  stage: { 'zh-CN': '阶段', en: 'stage' },
  kind: { 'zh-CN': '类型', en: 'kind' },
  industry: { 'zh-CN': '行业', en: 'industry' },
};

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  boolean: { 'zh-CN': '布尔值', en: 'true/false' },
  array: { 'zh-CN': '列表', en: 'a list' },
  object: { 'zh-CN': '对象', en: 'an object' },
  null: { 'zh-CN': 'null', en: 'null' },
  undefined: { 'zh-CN': '空', en: 'nothing' },
};

const LOCALE_NAMES: Record<Locale, Bilingual> = {
  'zh-CN': { 'zh-CN': '中文（zh-CN）', en: 'Chinese (zh-CN)' },
  en: { 'zh-CN': '英文（en）', en: 'English' },
};

const both = (text: string): Bilingual => ({ 'zh-CN': text, en: text });

/** Reads along a path using own properties only, so a hostile `__proto__` or getter-free lookup stays inert. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || typeof key === 'symbol') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function shown(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
    return `"${cut}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeName(value);
}

function pathString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The last named segment: for `emotions[2]` that is "emotions". */
function fieldOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string') return key;
  }
  return '';
}

function typeMessage(issue: z.core.$ZodIssueInvalidType, raw: unknown, path: readonly PropertyKey[]): Bilingual {
  const field = fieldOf(path);
  if (raw === undefined) {
    const last = path[path.length - 1];
    if (last === 'zh-CN' || last === 'en') {
      const lang = LOCALE_NAMES[last];
      return { 'zh-CN': `缺少${lang['zh-CN']}文本`, en: `missing ${lang.en} text` };
    }
    return { 'zh-CN': `缺少字段“${field}”`, en: `missing field "${field}"` };
  }
  const expected = TYPE_NAMES[issue.expected] ?? both(issue.expected);
  const found = TYPE_NAMES[typeName(raw)] ?? both(typeName(raw));
  return {
    'zh-CN': `应为${expected['zh-CN']}，实际是${found['zh-CN']} ${shown(raw)}`,
    en: `expected ${expected.en}, found ${found.en} ${shown(raw)}`,
  };
}

function valueMessage(issue: z.core.$ZodIssueInvalidValue, raw: unknown, path: readonly PropertyKey[]): Bilingual {
  const field = fieldOf(path);
  const allowed = issue.values.map((value) => String(value)).join(', ');
  if (field === 'schemaVersion') {
    return {
      'zh-CN': `不支持的 schemaVersion ${shown(raw)}（本版本读取 ${allowed}）`,
      en: `unsupported schemaVersion ${shown(raw)} (this version reads ${allowed})`,
    };
  }
  const name = FIELD_NAMES[field] ?? both(field);
  return {
    'zh-CN': `未知的${name['zh-CN']} ${shown(raw)}，可选：${allowed}`,
    en: `unknown ${name.en} ${shown(raw)}; use one of: ${allowed}`,
  };
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Bilingual {
  const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const isList = issue.origin === 'array';
  if (issue.code === 'too_small') {
    return isList
      ? { 'zh-CN': `至少需要 ${limit} 项`, en: `needs at least ${limit} item(s)` }
      : { 'zh-CN': '不能为空', en: 'must not be empty' };
  }
  return isList
    ? { 'zh-CN': `最多 ${limit} 项`, en: `at most ${limit} items` }
    : { 'zh-CN': `最多 ${limit} 个字符`, en: `at most ${limit} characters` };
}

/** Turns one zod issue into a message in both languages, reading the offending value from the raw input. */
export function issueMessage(issue: z.core.$ZodIssue, raw: unknown): Bilingual {
  const value = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue, value, issue.path);
    case 'invalid_value':
      return valueMessage(issue, value, issue.path);
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => shown(key)).join(', ');
      return { 'zh-CN': `未知字段 ${keys}`, en: `unknown field ${keys}` };
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_format':
      return {
        'zh-CN': `id ${shown(value)} 只能用小写字母、数字和单个连字符（a-z 0-9 -）`,
        en: `id ${shown(value)} may use only lower-case letters, digits and single hyphens (a-z 0-9 -)`,
      };
    case 'custom': {
      const params = issue.params as Partial<BilingualIssueParams> | undefined;
      return params?.calmdesk ?? both(issue.message);
    }
    default:
      return both(issue.message);
  }
}

/** Splits a top-level path into the entry (or avoid item) it is in and the path inside it. */
export function locate(
  path: readonly PropertyKey[],
  raw: unknown,
): Pick<PhrasebookError, 'entryId' | 'section' | 'path'> {
  const [section, index] = path;
  if ((section === 'entries' || section === 'avoid') && typeof index === 'number') {
    const id = valueAt(raw, [section, index, 'id']);
    if (typeof id === 'string' && id !== '') {
      const entryId = id.length > MAX_SHOWN_CHARS ? `${id.slice(0, MAX_SHOWN_CHARS)}…` : id;
      return { entryId, section, path: pathString(path.slice(2)) };
    }
  }
  return { path: pathString(path) };
}

/** One line, e.g. `default.json · entry "ack-angry-1" · text.en: missing English text`. */
export function formatPhrasebookError(error: PhrasebookError, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const parts = [error.file];
  if (error.entryId !== undefined) {
    const what = error.section === 'avoid' ? (zh ? '禁用语' : 'avoid') : zh ? '条目' : 'entry';
    parts.push(zh ? `${what}“${error.entryId}”` : `${what} "${error.entryId}"`);
  }
  const message = error.message[locale];
  const located = error.path === '' ? message : `${error.path}${zh ? '：' : ': '}${message}`;
  return [...parts, located].join(' · ');
}
