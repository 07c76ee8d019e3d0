import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTIONS, FLAGS, INTENSITIES } from '../../../src/emotion/types';
import { phrasebookToCsv, readPhrasebookCsv } from '../../../src/phrasebook/csv';
import { MAX_CSV_CHARS, readCsv, UTF8_BOM, writeCsv } from '../../../src/phrasebook/csv-table';
import type { IncomingItems } from '../../../src/phrasebook/merge';
import {
  type AvoidItem,
  AvoidItemSchema,
  type Bilingual,
  type PhraseEntry,
  PhraseEntrySchema,
  STAGES,
  STEPS,
} from '../../../src/phrasebook/schema';

/** Hundreds of runs per property on a two-core machine that may be busy building: 5 s is too tight a hang guard. */
const PROPERTY_TIMEOUT = 30_000;

/** Any UTF-16 code unit, lone surrogates included (fc's 'binary' unit never gives those). */
const anyUtf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/**
 * What spreadsheets and CSV parsers trip over: separators, quotes, line breaks of every kind, formula starts
 * (= + - @ tab), list separators, brackets that look like JSON, Chinese, emoji with modifiers, invisible characters.
 * No ">" or ";", so no piece combination is HTML, which the schema refuses.
 */
const PIECES = [
  'hello',
  'sorry',
  '您好',
  '抱歉，',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '😡',
  '👍🏽',
  "'",
  '=',
  '+',
  '-',
  '@',
  '|',
  '[',
  ']',
  '["x"]',
  '\t',
  '<',
  '&',
  'é',
  '\u200b',
  '=SUM(A1:A9)',
  '=HYPERLINK("http://x")',
  '-5%',
  '@here',
] as const;
const LEADS = ['', '=', '+', '-', '@', '\t', "'=", "''+", "'", ' ', '"', '|', '['] as const;
const FIRST_WORDS = ['hello', '您好', 'ok', '😡', '2 hours'] as const;

const textOf = (maxPieces: number) =>
  fc
    .tuple(
      fc.constantFrom(...LEADS),
      fc.constantFrom(...FIRST_WORDS),
      fc.array(fc.constantFrom(...PIECES), { maxLength: maxPieces }),
    )
    .map(([lead, word, rest]) => lead + word + rest.join(''));

const localized: fc.Arbitrary<Bilingual> = fc
  .tuple(textOf(8), textOf(8), fc.subarray(['customer', 'eta', 'order_id']))
  .map(([zh, en, names]) => ({
    'zh-CN': zh + names.map((name) => `{${name}}`).join(''),
    en: names.map((name) => `{${name}}`).join(' ') + en,
  }));

const idArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));
const rank = (intensity: string) => INTENSITIES.indexOf(intensity as (typeof INTENSITIES)[number]);

const entryArb: fc.Arbitrary<PhraseEntry> = fc
  .record(
    {
      id: idArb,
      step: fc.constantFrom(...STEPS),
      emotions: fc.uniqueArray(fc.constantFrom(...EMOTIONS), { minLength: 1 }),
      intensity: fc
        .tuple(fc.constantFrom(...INTENSITIES), fc.constantFrom(...INTENSITIES))
        .map(([a, b]) => (rank(a) <= rank(b) ? { min: a, max: b } : { min: b, max: a })),
      flags: fc.uniqueArray(fc.constantFrom(...FLAGS)),
      stage: fc.constantFrom(...STAGES),
      tags: fc.array(
        textOf(3).filter((tag) => tag.length <= 40),
        { maxLength: 3 },
      ),
      text: localized,
      nextSteps: fc.array(localized, { maxLength: 3 }),
      note: localized,
    },
    { requiredKeys: ['id', 'step', 'emotions', 'intensity', 'flags', 'stage', 'tags', 'text', 'nextSteps'] },
  )
  .map((entry) => PhraseEntrySchema.parse(entry));

const avoidArb: fc.Arbitrary<AvoidItem> = fc
  .record({
    id: idArb,
    phrases: fc.record({
      'zh-CN': fc.array(textOf(4), { minLength: 1, maxLength: 3 }),
      en: fc.array(textOf(4), { minLength: 1, maxLength: 3 }),
    }),
    better: localized,
    why: localized,
  })
  .map((item) => AvoidItemSchema.parse(item));

const bookArb = fc.record({
  entries: fc.uniqueArray(entryArb, { selector: (entry) => entry.id, maxLength: 6 }),
  avoid: fc.uniqueArray(avoidArb, { selector: (item) => item.id, maxLength: 3 }),
});

const ROWS_LABEL_EN = /^rows? \d+(, \d+)*$/;
const ROWS_LABEL_ZH = /^第 \d+(, \d+)* 行$/;

/** Whatever the input: only whole, valid items come back, and every refused item says which rows it came from. */
function expectWellFormed(result: IncomingItems): void {
  for (const entry of result.entries) expect(PhraseEntrySchema.parse(entry)).toEqual(entry);
  for (const item of result.avoid) expect(AvoidItemSchema.parse(item)).toEqual(item);
  expect(new Set(result.entries.map((e) => e.id)).size).toBe(result.entries.length);
  expect(new Set(result.avoid.map((a) => a.id)).size).toBe(result.avoid.length);
  for (const invalid of result.invalid) {
    expect(invalid.where.en).toMatch(ROWS_LABEL_EN);
    expect(invalid.where['zh-CN']).toMatch(ROWS_LABEL_ZH);
    expect(invalid.reasons.length).toBeGreaterThan(0);
    for (const reason of invalid.reasons) {
      expect(reason.en.trim()).not.toBe('');
      expect(reason['zh-CN'].trim()).not.toBe('');
    }
  }
  for (const notice of result.notices) {
    expect(notice.en.trim()).not.toBe('');
    expect(notice['zh-CN'].trim()).not.toBe('');
  }
}

describe('phrasebook CSV round trip', { timeout: PROPERTY_TIMEOUT }, () => {
  it('gives back every entry and avoid item exactly, whatever their texts hold', () => {
    fc.assert(
      fc.property(bookArb, fc.boolean(), (book, keepBom) => {
        const csv = phrasebookToCsv(book);
        const result = readPhrasebookCsv(keepBom ? csv : csv.slice(UTF8_BOM.length));
        expect(result).toEqual({ entries: book.entries, avoid: book.avoid, invalid: [], notices: [] });
      }),
      { seed: 4101, numRuns: 400 },
    );
  });

  it('writes no cell that a spreadsheet would run as a formula, and reads every cell back as it was', () => {
    const cell = fc.oneof(
      fc.array(fc.constantFrom(...PIECES, ...LEADS), { maxLength: 6 }).map((pieces) => pieces.join('')),
      fc.string({ unit: anyUtf16Unit, maxLength: 20 }),
    );
    const rows = fc.array(
      fc.array(cell, { minLength: 1, maxLength: 5 }).filter((row) => row.some((c) => c !== '')),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(rows, (table) => {
        for (const row of table) {
          for (const c of row)
            expect(
              writeCsv([[c]])
                .slice(UTF8_BOM.length, -2)
                .replace(/^"/, ''),
            ).not.toMatch(/^[=+\-@\t\r]/);
        }
        const read = readCsv(writeCsv(table));
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.rows.map((row) => row.cells)).toEqual(table);
      }),
      { seed: 4102, numRuns: 1500 },
    );
  });
});

describe('phrasebook CSV import of any input', { timeout: PROPERTY_TIMEOUT }, () => {
  it('gives whole valid items or row-located reasons for any string or bytes', () => {
    const bytesAsText = fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder().decode(bytes));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: anyUtf16Unit, maxLength: 300 }), fc.string(), bytesAsText), (text) => {
        expectWellFormed(readPhrasebookCsv(text));
      }),
      { seed: 4201, numRuns: 1500 },
    );
  });

  it('gives whole valid items or row-located reasons for hand-edited spreadsheets', () => {
    const SHARED = ['step', 'emotions', 'intensity_min', 'intensity_max'];
    const OPTIONAL_COLUMNS = [
      'flags',
      'stage',
      'tags',
      'note',
      'avoid_phrases',
      'next_step_1',
      'next_step_2',
      'next_step_10',
      'Type',
      ' ID ',
      'extra',
      '',
    ];
    /** Per column: what a person would type, with a typo now and then. */
    const usually = (valid: fc.Arbitrary<string>, ...typos: string[]) =>
      fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: fc.constantFrom(...typos), weight: 1 });
    const typed: Record<string, fc.Arbitrary<string>> = {
      type: usually(fc.constantFrom('entry', 'avoid', 'Entry', ' avoid '), '', 'note'),
      step: usually(fc.constantFrom(...STEPS), '', 'bored'),
      emotions: usually(
        fc.uniqueArray(fc.constantFrom(...EMOTIONS), { minLength: 1 }).map((list) => list.join('|')),
        'angry，anxious',
        'angry; sad',
        'angry angry',
        '',
      ),
      intensity_min: usually(fc.constantFrom('calm', 'mild'), '', 'Mild', 'severe'),
      intensity_max: usually(fc.constantFrom('strong', 'severe'), '', 'max', 'calm'),
      flags: usually(
        fc.subarray([...FLAGS]).map((list) => list.join('、')),
        'vip',
      ),
      stage: usually(fc.constantFrom(...STAGES, ''), 'later'),
      tags: usually(fc.constantFrom('', 'chat', 'a|b', '["x|y"," z"]', '[', '[1,2]'), '<b>tag</b>'),
    };
    const textCell = fc.oneof(
      { arbitrary: textOf(4), weight: 10 },
      { arbitrary: fc.constantFrom('', ' ', '{Customer}', '<b>x</b>', '{customer}'), weight: 1 },
    );
    const sharedCells = fc.record(
      Object.fromEntries(Object.entries(typed).map(([column, arb]) => [column, arb])) as Record<
        string,
        fc.Arbitrary<string>
      >,
    );
    const group = fc.record({
      id: usually(fc.constantFrom('a', 'b', 'a-b', 'c1'), '', 'A B'),
      locales: fc.oneof(
        { arbitrary: fc.constantFrom(['zh-CN', 'en'], ['en', 'zh'], ['中文', 'english']), weight: 5 },
        { arbitrary: fc.constantFrom(['zh-CN'], ['zh-CN', 'en', 'en'], ['fr', 'en']), weight: 1 },
      ),
      shared: sharedCells,
      /** The text cells of row i, column c. */
      texts: fc.func(textCell),
      blankShared: fc.boolean(),
    });
    const quoted = (c: string) => `"${c.replace(/"/g, '""')}"`;
    const csvLike = fc
      .tuple(
        fc
          .shuffledSubarray(OPTIONAL_COLUMNS)
          .map((columns) => [...new Set(['type', 'id', 'locale', 'text', ...SHARED, ...columns])]),
        fc.array(group, { maxLength: 6 }),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([header, groups, eol, bom, quoteAll]) => {
        const rows = groups.flatMap((g) =>
          g.locales.map((locale, i) =>
            header.map((column) => {
              if (column === 'id') return g.id;
              if (column === 'locale') return locale;
              const shared = g.shared[column];
              if (shared === undefined) return g.texts(i, column);
              return g.blankShared && i > 0 ? '' : shared;
            }),
          ),
        );
        const lines = [header, ...rows].map((cells) =>
          cells.map((c) => (quoteAll || /[",\r\n]/.test(c) ? quoted(c) : c)),
        );
        return (bom ? UTF8_BOM : '') + lines.map((line) => line.join(',')).join(eol);
      });
    const outcomes = { items: 0, invalid: 0 };
    fc.assert(
      fc.property(csvLike, (text) => {
        const result = readPhrasebookCsv(text);
        expectWellFormed(result);
        if (result.entries.length + result.avoid.length > 0) outcomes.items++;
        if (result.invalid.length > 0) outcomes.invalid++;
      }),
      { seed: 4202, numRuns: 500 },
    );
    // Both kinds of outcome were reached, so the checks above ran on each.
    expect(Math.min(outcomes.items, outcomes.invalid)).toBeGreaterThan(25);
  });

  it('gives whole valid items or row-located reasons for damaged exports', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 12 }),
      insert: fc.constantFrom('', '"', ',', '\n', '\r\n', '""', 'x', ',,,,', '\u0000', '\ufeff', '"\n"'),
    });
    fc.assert(
      fc.property(bookArb, fc.array(edit, { minLength: 1, maxLength: 4 }), (book, edits) => {
        let csv = phrasebookToCsv(book);
        for (const { at, remove, insert } of edits) {
          const i = at % (csv.length + 1);
          csv = csv.slice(0, i) + insert + csv.slice(i + remove);
        }
        expectWellFormed(readPhrasebookCsv(csv));
      }),
      { seed: 4203, numRuns: 500 },
    );
  });

  it('refuses an entry with one wrong shared cell, naming its rows and the column', () => {
    const SHARED = ['step', 'emotions', 'intensity_min', 'intensity_max', 'flags', 'stage'] as const;
    fc.assert(
      fc.property(
        fc.uniqueArray(entryArb, { selector: (entry) => entry.id, minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.constantFrom(...SHARED),
        fc.constantFrom('bored', 'ANGRY', '<b>', 'x|y', '=1+1'),
        (entries, pick, column, wrong) => {
          const rows = readCsv(phrasebookToCsv({ entries, avoid: [] }));
          if (!rows.ok) throw new Error('an export should read back as a table');
          const [header, ...body] = rows.rows.map((row) => row.cells);
          const col = (header as string[]).indexOf(column);
          const target = entries[pick % entries.length] as PhraseEntry;
          for (const cells of body) if (cells[1] === target.id) cells[col] = wrong;
          const result = readPhrasebookCsv(writeCsv([header as string[], ...body]));
          expectWellFormed(result);
          expect(result.entries.map((e) => e.id)).toEqual(entries.filter((e) => e !== target).map((e) => e.id));
          const refused = result.invalid.find((item) => item.id === target.id);
          const index = entries.indexOf(target);
          expect(refused?.where.en).toBe(`rows ${2 * index + 2}, ${2 * index + 3}`);
          expect(refused?.reasons.some((reason) => reason.en.startsWith(column))).toBe(true);
        },
      ),
      { seed: 4204, numRuns: 300 },
    );
  });

  it('refuses a file over the size cap with one notice and no items', () => {
    const result = readPhrasebookCsv(`type,id,locale,text\r\n${'x'.repeat(MAX_CSV_CHARS)}`);
    expect(result.entries).toEqual([]);
    expect(result.avoid).toEqual([]);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]?.en).toMatch(/file too large/);
  });
});
