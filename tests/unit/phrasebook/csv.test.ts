import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasebookToCsv, readPhrasebookCsv, readTextList, writeTextList } from '../../../src/phrasebook/csv';
import { MAX_CSV_COLUMNS, readCsv, UTF8_BOM, writeCsv } from '../../../src/phrasebook/csv-table';
import { type Phrasebook, type PhraseEntry, PhraseEntrySchema } from '../../../src/phrasebook/schema';
import { SHIPPED_PHRASEBOOKS } from '../../../src/phrasebook/shipped';
import { parsePhrasebook } from '../../../src/phrasebook/validate';
import { miniPhrasebook } from './fixtures/mini';

function mini(): Phrasebook {
  const result = parsePhrasebook(miniPhrasebook(), 'mini.json');
  if (!result.ok) throw new Error('fixture invalid');
  return result.phrasebook;
}

const entry = (overrides: Partial<PhraseEntry> = {}): PhraseEntry =>
  PhraseEntrySchema.parse({
    id: 'my-entry',
    step: 'apologise',
    emotions: ['angry', 'disappointed'],
    intensity: { min: 'mild', max: 'severe' },
    text: { 'zh-CN': '真的很抱歉，{customer}。', en: 'I am so sorry, {customer}.' },
    ...overrides,
  });

/** A CSV text as a spreadsheet would give it back: header plus rows, written with writeCsv. */
const csvOf = (rows: string[][]) => writeCsv(rows);
const HEADER = ['type', 'id', 'locale', 'step', 'emotions', 'intensity_min', 'intensity_max', 'text'];

describe('phrasebook CSV export', () => {
  it('writes UTF-8 with a BOM and CRLF, one row per entry and locale, Chinese intact', () => {
    const csv = phrasebookToCsv(mini());
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^type,id,locale,step,emotions,intensity_min,intensity_max,flags,stage,tags,text,note/);
    const ackRows = lines.filter((line) => line.startsWith('entry,ack-angry-1,'));
    expect(ackRows).toHaveLength(2);
    expect(ackRows[0]).toContain(',zh-CN,');
    expect(ackRows[0]).toContain('{customer}您好，让您久等了，这是我们的问题。');
    expect(ackRows[1]).toContain(',en,');
    expect(lines.filter((line) => line.startsWith('avoid,avoid-calm-down,'))).toHaveLength(2);
  });

  it('round-trips the shipped default phrasebook and every industry pack exactly', () => {
    for (const book of SHIPPED_PHRASEBOOKS) {
      const back = readPhrasebookCsv(phrasebookToCsv(book));
      expect(back.invalid, book.id).toEqual([]);
      expect(back.notices, book.id).toEqual([]);
      expect(back.entries, book.id).toEqual(book.entries);
      expect(back.avoid, book.id).toEqual(book.avoid);
    }
  });

  it('round-trips cells with commas, quotes, line breaks, leading formula characters and spaces', () => {
    const tricky = entry({
      tags: ['a,b', 'say "hi"', ' padded ', 'x|y', '[vip]', '=cmd'],
      text: { 'zh-CN': '=SUM(A1)，"引号"\n第二行，{customer}', en: '-first, "quoted"\r\nsecond {customer}' },
      nextSteps: [
        { 'zh-CN': '@提醒', en: '+follow up' },
        { 'zh-CN': "'=已转义", en: "'=already quoted" },
      ],
      note: { 'zh-CN': ' 前后空格 ', en: '\ttab first' },
    });
    const back = readPhrasebookCsv(phrasebookToCsv({ entries: [tricky], avoid: [] }));
    expect(back.invalid).toEqual([]);
    expect(back.entries).toEqual([tricky]);
  });

  it('guards cells that a spreadsheet would run as a formula', () => {
    const csv = phrasebookToCsv({
      entries: [entry({ text: { 'zh-CN': '=1+1 {customer}', en: '=1+1 {customer}' } })],
      avoid: [],
    });
    expect(csv).toContain(",'=1+1 {customer},");
    expect(csv).not.toMatch(/,=1\+1/);
  });

  it('round-trips any valid entry (property)', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 60 })
      .filter((s) => PhraseEntrySchema.shape.note.safeParse({ 'zh-CN': s, en: s }).success);
    const tag = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !/[<>&]/.test(s));
    const arbitraryEntry = fc
      .record({
        text,
        other: text,
        tags: fc.uniqueArray(tag, { maxLength: 4 }),
        steps: fc.array(fc.tuple(text, text), { maxLength: 3 }),
        note: fc.option(fc.tuple(text, text), { nil: undefined }),
      })
      .map(({ text: zh, other, tags, steps, note }) => {
        const candidate = {
          id: 'prop-entry',
          step: 'solve',
          emotions: ['anxious'],
          intensity: { min: 'calm', max: 'strong' },
          tags,
          text: { 'zh-CN': zh, en: other },
          nextSteps: steps.map(([a, b]) => ({ 'zh-CN': a, en: b })),
          ...(note ? { note: { 'zh-CN': note[0], en: note[1] } } : {}),
        };
        return PhraseEntrySchema.safeParse(candidate);
      })
      .filter((parsed) => parsed.success)
      .map((parsed) => parsed.data as PhraseEntry);
    fc.assert(
      fc.property(arbitraryEntry, (value) => {
        const back = readPhrasebookCsv(phrasebookToCsv({ entries: [value], avoid: [] }));
        expect(back.invalid).toEqual([]);
        expect(back.entries).toEqual([value]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('phrasebook CSV import', () => {
  it('accepts shared fields written on only one of the two rows, and hand-typed value lists', () => {
    const back = readPhrasebookCsv(
      csvOf([
        HEADER,
        ['entry', 'hand-1', 'zh-CN', 'solve', 'angry, anxious', 'mild', 'strong', '我来处理'],
        ['', 'hand-1', 'en', '', '', '', '', "I'll handle it"],
      ]),
    );
    expect(back.invalid).toEqual([]);
    expect(back.entries[0]).toMatchObject({
      id: 'hand-1',
      emotions: ['angry', 'anxious'],
      text: { en: "I'll handle it" },
    });
  });

  it('lists an entry whose rows disagree, naming both rows', () => {
    const back = readPhrasebookCsv(
      csvOf([
        HEADER,
        ['entry', 'clash', 'zh-CN', 'solve', 'angry', 'mild', 'strong', '好的'],
        ['entry', 'clash', 'en', 'apologise', 'angry', 'mild', 'strong', 'OK'],
      ]),
    );
    expect(back.entries).toEqual([]);
    expect(back.invalid).toHaveLength(1);
    expect(back.invalid[0]?.where.en).toBe('rows 2, 3');
    expect(back.invalid[0]?.reasons[0]?.en).toBe('step: row 2 says "solve" but row 3 says "apologise"');
  });

  it('locates a bad value at its row and column, in both languages', () => {
    const back = readPhrasebookCsv(
      csvOf([
        HEADER,
        ['entry', 'ok-1', 'zh-CN', 'solve', 'angry', 'mild', 'strong', '好的'],
        ['entry', 'ok-1', 'en', 'solve', 'angry', 'mild', 'strong', 'OK'],
        ['entry', 'bad-1', 'zh-CN', 'solve', 'angy', 'mild', 'strong', '好的'],
        ['entry', 'bad-1', 'en', 'solve', 'angy', 'mild', 'strong', ''],
      ]),
    );
    expect(back.entries.map((e) => e.id)).toEqual(['ok-1']);
    const [bad] = back.invalid;
    expect(bad?.id).toBe('bad-1');
    expect(bad?.where).toEqual({ 'zh-CN': '第 4, 5 行', en: 'rows 4, 5' });
    const reasons = bad?.reasons.map((r) => r.en) ?? [];
    expect(reasons).toContain(
      'emotions: unknown emotion "angy"; use one of: angry, anxious, disappointed, neutral, positive',
    );
    expect(reasons.some((r) => r.startsWith('row 5, text:'))).toBe(true);
    expect(bad?.reasons.some((r) => r['zh-CN'].startsWith('第 5 行 text：'))).toBe(true);
  });

  it('reports a missing locale row, a repeated one and an unknown locale', () => {
    const back = readPhrasebookCsv(
      csvOf([
        HEADER,
        ['entry', 'only-zh', 'zh-CN', 'solve', 'angry', 'mild', 'strong', '好的'],
        ['entry', 'twice', 'zh-CN', 'solve', 'angry', 'mild', 'strong', '好的'],
        ['entry', 'twice', 'en', 'solve', 'angry', 'mild', 'strong', 'OK'],
        ['entry', 'twice', 'en', 'solve', 'angry', 'mild', 'strong', 'OK again'],
        ['entry', 'klingon', 'tlh', 'solve', 'angry', 'mild', 'strong', 'Qapla'],
      ]),
    );
    expect(back.entries).toEqual([]);
    const byId = Object.fromEntries(back.invalid.map((item) => [item.id, item.reasons.map((r) => r.en)]));
    expect(byId['only-zh']).toEqual(['no en row (each entry needs one zh-CN and one en row)']);
    expect(byId.twice).toEqual(['row 5 repeats the en row of this entry (row 4)']);
    expect(byId.klingon).toEqual(['unknown locale "tlh" (use zh-CN or en)']);
  });

  it('refuses a file without the needed header, and names ignored columns', () => {
    expect(readPhrasebookCsv('a,b\r\n1,2\r\n').notices[0]?.en).toBe(
      'row 1 should be the header; missing column(s): id, locale, text',
    );
    const back = readPhrasebookCsv(
      csvOf([
        [...HEADER, 'comment'],
        ['entry', 'c-1', 'zh-CN', 'solve', 'angry', 'mild', 'strong', '好的', 'x'],
        ['entry', 'c-1', 'en', 'solve', 'angry', 'mild', 'strong', 'OK', ''],
      ]),
    );
    expect(back.entries).toHaveLength(1);
    expect(back.notices[0]?.en).toBe('ignored unknown column(s): comment');
  });

  it('locates an unclosed quote and text after a closing quote, and never throws on garbage', () => {
    expect(readPhrasebookCsv('id,locale,text\r\nx,en,"never closed\r\n').notices[0]?.en).toBe(
      'row 2: a quoted cell is never closed (missing closing quote)',
    );
    expect(readPhrasebookCsv('id,locale,text\r\nx,en,"a"b\r\n').notices[0]?.en).toMatch(
      /^row 2: text after a closing quote/,
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const result = readPhrasebookCsv(`id,locale,text,step\r\n${junk}`);
        expect(Array.isArray(result.invalid)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses hostile sizes before doing the work', () => {
    expect(readCsv(`${'a,'.repeat(MAX_CSV_COLUMNS + 1)}a\r\n`)).toMatchObject({ ok: false, problem: { row: 1 } });
    expect(readCsv('x'.repeat(4_000_001))).toMatchObject({ ok: false, problem: { row: 0 } });
  });

  it('keeps text lists exact and readable', () => {
    expect(writeTextList(['wait', 'chat'])).toBe('wait|chat');
    expect(readTextList(' wait | chat ')).toEqual(['wait', 'chat']);
    for (const list of [['a|b'], [' x'], ['[vip]'], ['["x"]'], [], ['供暖', '退款']]) {
      expect(readTextList(writeTextList(list))).toEqual(list);
    }
  });
});
