import type { Bilingual } from './schema';

/** Excel opens a UTF-8 file as the system code page (GBK on Chinese Windows) unless it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';
/** RFC 4180 line break; Excel and LibreOffice both write it. */
const CRLF = '\r\n';
/**
 * A cell starting with one of these is run as a formula by Excel and LibreOffice ("CSV injection"); such cells are
 * written with a leading apostrophe, which spreadsheets hide and the reader strips again.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** Bounds the work a hostile file can cause; far above any real phrasebook export. */
export const MAX_CSV_CHARS = 4_000_000;
export const MAX_CSV_ROWS = 20_000;
export const MAX_CSV_COLUMNS = 100;

export interface CsvProblem {
  /** 1-based row as a spreadsheet numbers it (a quoted cell may span several lines of the file). */
  row: number;
  message: Bilingual;
}

export interface CsvRow {
  /** 1-based, counting blank rows, as a spreadsheet shows it. */
  number: number;
  cells: string[];
}

export type CsvTable = { ok: true; rows: CsvRow[] } | { ok: false; problem: CsvProblem };

function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  const guarded = guardFormula(cell);
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One UTF-8 CSV text with BOM and CRLF, every cell quoted when it needs to be. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(quote).join(',')).join(CRLF) + CRLF;
}

/** Undoes the formula guard of `writeCsv`. */
export function unguardCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

const tooBig = (what: Bilingual): CsvTable => ({ ok: false, problem: { row: 0, message: what } });

/**
 * Reads RFC 4180 CSV (comma, double quotes, CRLF or LF), with or without BOM. Never throws: a malformed file gives one
 * located problem. Rows that are entirely empty are dropped; cells are returned as written, formula guard removed.
 */
export function readCsv(text: string): CsvTable {
  if (text.length > MAX_CSV_CHARS) {
    return tooBig({
      'zh-CN': `文件过大（${text.length} 字符，上限 ${MAX_CSV_CHARS}），未读取`,
      en: `file too large (${text.length} characters, max ${MAX_CSV_CHARS}); not read`,
    });
  }
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let rowNumber = 1;
  const endCell = () => {
    row.push(unguardCell(cell));
    cell = '';
    afterQuote = false;
  };
  const endRow = (): CsvProblem | undefined => {
    endCell();
    if (row.some((value) => value !== '')) rows.push({ number: rowNumber, cells: row });
    if (row.length > MAX_CSV_COLUMNS) {
      return {
        row: rowNumber,
        message: { 'zh-CN': `列数超过 ${MAX_CSV_COLUMNS}`, en: `more than ${MAX_CSV_COLUMNS} columns` },
      };
    }
    if (rows.length > MAX_CSV_ROWS) {
      return { row: rowNumber, message: { 'zh-CN': `行数超过 ${MAX_CSV_ROWS}`, en: `more than ${MAX_CSV_ROWS} rows` } };
    }
    row = [];
    rowNumber++;
    return undefined;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (body[i + 1] === '"') {
        cell += '"';
        i++;
      } else {
        quoted = false;
        afterQuote = true;
      }
      continue;
    }
    if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      const problem = endRow();
      if (problem) return { ok: false, problem };
    } else if (afterQuote) {
      return {
        ok: false,
        problem: {
          row: rowNumber,
          message: {
            'zh-CN': '引号结束后还有文字；单元格里的引号要写成两个（""）',
            en: 'text after a closing quote; a quote inside a cell is written as two ("")',
          },
        },
      };
    } else if (c === '"' && cell === '') quoted = true;
    else cell += c;
  }
  if (quoted) {
    return {
      ok: false,
      problem: {
        row: rowNumber,
        message: { 'zh-CN': '引号没有结束（缺少右引号）', en: 'a quoted cell is never closed (missing closing quote)' },
      },
    };
  }
  if (cell !== '' || row.length > 0 || afterQuote) {
    const problem = endRow();
    if (problem) return { ok: false, problem };
  }
  return { ok: true, rows };
}
