import { issueMessage, locate, type PhrasebookError, valueAt } from './errors';
import { type Bilingual, type Phrasebook, PhrasebookSchema, SCHEMA_VERSION } from './schema';

export { formatPhrasebookError, type PhrasebookError } from './errors';

/**
 * Refused before parsing. The default phrasebook is ~150 KB; 2 million characters leaves room for a very large
 * team phrasebook while keeping a pasted or downloaded monster from freezing the options page.
 */
export const MAX_PHRASEBOOK_CHARS = 2_000_000;
/** The format is five levels deep; anything much deeper is not a phrasebook and is refused before JSON.parse. */
export const MAX_JSON_DEPTH = 32;
/** A file with more problems than this is the wrong file; listing them all helps no one. */
export const MAX_ERRORS = 50;

export type ParseResult = { ok: true; phrasebook: Phrasebook } | { ok: false; errors: PhrasebookError[] };

const fail = (errors: PhrasebookError[]): ParseResult => ({ ok: false, errors });
const fileError = (file: string, message: Bilingual): PhrasebookError => ({ file, path: '', message });

/** Deepest bracket nesting outside strings, stopping as soon as it passes the cap. */
function exceedsDepth(text: string, cap: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > cap) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function syntaxError(text: string, error: unknown, file: string): PhrasebookError {
  const detail = error instanceof Error ? error.message : String(error);
  // V8 reports "… at position N"; without it (e.g. "Unexpected end of JSON input") the problem is at the end.
  const position = /position (\d+)/.exec(detail);
  const offset = position ? Math.min(Number(position[1]), text.length) : text.length;
  const { line, column } = lineAndColumn(text, offset);
  const reason = detail.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
  return {
    file,
    path: '',
    line,
    column,
    message: {
      'zh-CN': `JSON 格式错误（第 ${line} 行第 ${column} 列）：${reason}`,
      en: `not valid JSON at line ${line}, column ${column}: ${reason}`,
    },
  };
}

function readJson(text: string, file: string): { ok: true; value: unknown } | { ok: false; error: PhrasebookError } {
  if (text.length > MAX_PHRASEBOOK_CHARS) {
    const size = text.length.toLocaleString('en');
    const cap = MAX_PHRASEBOOK_CHARS.toLocaleString('en');
    return {
      ok: false,
      error: fileError(file, {
        'zh-CN': `文件过大（${size} 字符，上限 ${cap}），未读取`,
        en: `file too large (${size} characters, max ${cap}); not read`,
      }),
    };
  }
  if (exceedsDepth(text, MAX_JSON_DEPTH)) {
    return {
      ok: false,
      error: fileError(file, {
        'zh-CN': `嵌套层级超过 ${MAX_JSON_DEPTH} 层，不是话术库文件`,
        en: `nested more than ${MAX_JSON_DEPTH} levels deep; not a phrasebook`,
      }),
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, error: syntaxError(body, error, file) };
  }
}

/** A newer file read by an older Calmdesk gets one clear message instead of a screen of field errors. */
function versionError(raw: unknown, file: string): PhrasebookError | undefined {
  const version = valueAt(raw, ['schemaVersion']);
  if (typeof version !== 'number' || version === SCHEMA_VERSION) return undefined;
  return {
    file,
    path: 'schemaVersion',
    message: {
      'zh-CN': `schemaVersion 为 ${version}，本版本 Calmdesk 只读取 ${SCHEMA_VERSION}`,
      en: `schemaVersion is ${version}; this version of Calmdesk reads ${SCHEMA_VERSION}`,
    },
  };
}

function validate(raw: unknown, file: string): ParseResult {
  const early = versionError(raw, file);
  if (early) return fail([early]);
  const result = PhrasebookSchema.safeParse(raw);
  if (result.success) return { ok: true, phrasebook: result.data };
  const issues = result.error.issues;
  const errors = issues.slice(0, MAX_ERRORS).map((issue) => ({
    file,
    ...locate(issue.path, raw),
    message: issueMessage(issue, raw),
  }));
  if (issues.length > MAX_ERRORS) {
    const more = issues.length - MAX_ERRORS;
    errors.push(fileError(file, { 'zh-CN': `另有 ${more} 处错误未列出`, en: `${more} more errors not shown` }));
  }
  return fail(errors);
}

/**
 * Validates a phrasebook given as JSON text or as an already-parsed value (from storage or a message).
 * Never throws and never returns part of a phrasebook: either all of it is valid or only errors come back.
 */
export function parsePhrasebook(input: string | unknown, file: string): ParseResult {
  try {
    if (typeof input !== 'string') return validate(input, file);
    const json = readJson(input, file);
    return json.ok ? validate(json.value, file) : fail([json.error]);
  } catch (error) {
    // A hostile value (a throwing getter or proxy handed over as "already parsed") must not take the caller down.
    const detail = error instanceof Error ? error.message : String(error);
    return fail([fileError(file, { 'zh-CN': `无法读取：${detail}`, en: `could not be read: ${detail}` })]);
  }
}

export interface ReplaceResult {
  phrasebook: Phrasebook;
  replaced: boolean;
  errors: PhrasebookError[];
}

/** An invalid candidate leaves the current phrasebook in place, untouched, and says why. */
export function replacePhrasebook(current: Phrasebook, candidate: string | unknown, file: string): ReplaceResult {
  const parsed = parsePhrasebook(candidate, file);
  if (!parsed.ok) return { phrasebook: current, replaced: false, errors: parsed.errors };
  return { phrasebook: parsed.phrasebook, replaced: true, errors: [] };
}

/** Ids must be unique across a set of phrasebooks used together (the shipped set, or a team set on import). */
export function findIdsSharedAcross(books: readonly { file: string; phrasebook: Phrasebook }[]): PhrasebookError[] {
  const firstFile = new Map<string, string>();
  const errors: PhrasebookError[] = [];
  for (const { file, phrasebook } of books) {
    const items = [
      ...phrasebook.entries.map((entry) => ({ id: entry.id, section: 'entries' as const })),
      ...phrasebook.avoid.map((item) => ({ id: item.id, section: 'avoid' as const })),
    ];
    for (const { id, section } of items) {
      const other = firstFile.get(id);
      if (other === undefined) {
        firstFile.set(id, file);
        continue;
      }
      errors.push({
        file,
        entryId: id,
        section,
        path: 'id',
        message: { 'zh-CN': `id 与 ${other} 中的重复`, en: `id is also used in ${other}` },
      });
    }
  }
  return errors;
}
