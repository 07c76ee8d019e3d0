import { describe, expect, it } from 'vitest';
import type { Phrasebook } from '../../../src/phrasebook/schema';
import {
  formatPhrasebookError,
  type PhrasebookError,
  parsePhrasebook,
  replacePhrasebook,
} from '../../../src/phrasebook/validate';
import { miniPhrasebook } from './fixtures/mini';

const FILE = 'mini.json';
const mini = miniPhrasebook;

function errorsOf(input: unknown): PhrasebookError[] {
  const result = parsePhrasebook(typeof input === 'string' ? input : JSON.stringify(input), FILE);
  if (result.ok) throw new Error('expected the phrasebook to be rejected');
  return result.errors;
}

function only(input: unknown): PhrasebookError {
  const errors = errorsOf(input);
  expect(errors).toHaveLength(1);
  return errors[0] as PhrasebookError;
}

function good(): Phrasebook {
  const result = parsePhrasebook(mini(), FILE);
  if (!result.ok) throw new Error(result.errors.map((e) => formatPhrasebookError(e, 'en')).join('\n'));
  return result.phrasebook;
}

describe('parsePhrasebook', () => {
  it('accepts a valid phrasebook given as text or as a parsed value, filling the optional fields', () => {
    const fromText = parsePhrasebook(JSON.stringify(mini()), FILE);
    const fromValue = parsePhrasebook(mini(), FILE);
    expect(fromText).toEqual(fromValue);
    expect(fromText.ok).toBe(true);
    const book = good();
    const boundary = book.entries.find((entry) => entry.id === 'bound-abusive-1');
    expect(boundary).toMatchObject({ stage: 'any', tags: [], nextSteps: [], flags: ['abusive'] });
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parsePhrasebook(`\uFEFF${JSON.stringify(mini())}`, FILE).ok).toBe(true);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const error = only('{\n  "schemaVersion": 1,\n  "id": "mini",,\n  "kind": "team"\n}');
    expect(error).toMatchObject({ file: FILE, path: '', line: 3 });
    expect(error.column).toBeGreaterThan(10);
    expect(error.message.en).toMatch(/^not valid JSON at line 3, column \d+/);
    expect(error.message['zh-CN']).toMatch(/^JSON 格式错误（第 3 行第 \d+ 列）/);
  });

  it('places a truncated file at its end', () => {
    const text = JSON.stringify(mini(), null, 2);
    const cut = text.slice(0, 200);
    const error = only(cut);
    expect(error.line).toBe(cut.split('\n').length);
  });

  it('names the entry and field of a wrong type', () => {
    const book = mini();
    book.entries[0].emotions = 'angry';
    const error = only(book);
    expect(error).toMatchObject({ entryId: 'ack-angry-1', section: 'entries', path: 'emotions' });
    expect(error.message.en).toBe('expected a list, found text "angry"');
    expect(error.message['zh-CN']).toBe('应为列表，实际是文本 "angry"');
  });

  it('reports an unknown step with the allowed values', () => {
    const book = mini();
    book.entries[1].step = 'solv';
    const error = only(book);
    expect(error).toMatchObject({ entryId: 'exp-anxious-1', path: 'step' });
    expect(error.message.en).toContain('unknown step "solv"; use one of: acknowledge, empathise');
    expect(error.message['zh-CN']).toContain('未知的步骤 "solv"');
  });

  it('reports an unknown emotion, flag and intensity inside lists', () => {
    const book = mini();
    book.entries[0].emotions = ['angry', 'furious'];
    book.entries[1].flags = ['urgnt'];
    book.entries[2].intensity.max = 'extreme';
    const errors = errorsOf(book);
    expect(errors.map((e) => [e.entryId, e.path])).toEqual([
      ['ack-angry-1', 'emotions[1]'],
      ['exp-anxious-1', 'flags[0]'],
      ['bound-abusive-1', 'intensity.max'],
    ]);
    expect(errors[0]?.message.en).toContain('unknown emotion "furious"');
    expect(errors[1]?.message.en).toContain('unknown flag "urgnt"');
    expect(errors[2]?.message.en).toContain('unknown intensity "extreme"');
  });

  it('reports a missing locale as one line a team lead can act on', () => {
    const book = mini();
    delete book.entries[0].text.en;
    const error = only(book);
    expect(formatPhrasebookError(error, 'en')).toBe('mini.json · entry "ack-angry-1" · text.en: missing English text');
    expect(formatPhrasebookError(error, 'zh-CN')).toBe('mini.json · 条目“ack-angry-1” · text.en：缺少英文（en）文本');
  });

  it('reports a missing locale in next steps, notes and avoid items', () => {
    const book = mini();
    delete book.entries[0].nextSteps[0]['zh-CN'];
    delete book.entries[0].note.en;
    delete book.avoid[0].better['zh-CN'];
    const errors = errorsOf(book);
    expect(errors.map((e) => formatPhrasebookError(e, 'en'))).toEqual([
      'mini.json · entry "ack-angry-1" · nextSteps[0].zh-CN: missing Chinese (zh-CN) text',
      'mini.json · entry "ack-angry-1" · note.en: missing English text',
      'mini.json · avoid "avoid-calm-down" · better.zh-CN: missing Chinese (zh-CN) text',
    ]);
  });

  it('reports duplicate ids, even when another entry has errors too', () => {
    const book = mini();
    book.entries[2].id = 'ack-angry-1';
    book.entries[3].step = 'goodbye';
    const errors = errorsOf(book);
    const duplicate = errors.find((e) => e.message.en.startsWith('duplicate id'));
    expect(duplicate).toMatchObject({ entryId: 'ack-angry-1', path: 'id' });
    expect(duplicate?.message.en).toBe('duplicate id "ack-angry-1" (already used by entries[0])');
    expect(duplicate?.message['zh-CN']).toContain('重复');
    expect(errors.some((e) => e.path === 'step')).toBe(true);
  });

  it('treats entry and avoid ids as one namespace', () => {
    const book = mini();
    book.avoid[0].id = 'close-positive-1';
    expect(only(book)).toMatchObject({ section: 'avoid', entryId: 'close-positive-1', path: 'id' });
  });

  it('reports placeholders that differ between the two locales', () => {
    const book = mini();
    book.entries[1].text.en = 'A technician will be with you {eta}.';
    const error = only(book);
    expect(error).toMatchObject({ entryId: 'exp-anxious-1', path: 'text' });
    expect(error.message.en).toBe('placeholders differ between locales: only zh-CN has {ticket}, only en has —');
  });

  it('reports malformed placeholders', () => {
    const book = mini();
    book.entries[0].text.en = 'Hi {Customer}, sorry.';
    book.entries[0].text['zh-CN'] = '{ customer }您好';
    const errors = errorsOf(book);
    expect(errors.map((e) => e.path)).toEqual(['text.zh-CN', 'text.en']);
    expect(errors[1]?.message.en).toContain('malformed placeholder "{Customer}"');
  });

  it('reports intensity min above max', () => {
    const book = mini();
    book.entries[2].intensity = { min: 'severe', max: 'mild' };
    const error = only(book);
    expect(error).toMatchObject({ entryId: 'bound-abusive-1', path: 'intensity.min' });
    expect(error.message.en).toBe('intensity min "severe" is above max "mild"');
  });

  it('rejects HTML in any text', () => {
    const book = mini();
    book.entries[0].text.en = 'Hi {customer}, <b>sorry</b>!';
    book.avoid[0].why['zh-CN'] = '<script>alert(1)</script>';
    book.name.en = 'Fish &amp; chips';
    const errors = errorsOf(book);
    expect(errors.map((e) => formatPhrasebookError(e, 'en'))).toEqual([
      'mini.json · name.en: contains HTML "&amp;"; use plain text',
      'mini.json · entry "ack-angry-1" · text.en: contains HTML "<b>"; use plain text',
      'mini.json · avoid "avoid-calm-down" · why.zh-CN: contains HTML "<script>"; use plain text',
    ]);
  });

  it('allows a plain "<" that is not a tag', () => {
    const book = mini();
    book.entries[0].text.en = 'Hi {customer}, it will take <2 hours.';
    book.entries[0].text['zh-CN'] = '{customer}您好，预计 <2 小时。';
    expect(parsePhrasebook(book, FILE).ok).toBe(true);
  });

  it('rejects empty and overlong text', () => {
    const book = mini();
    book.entries[0].note.en = '   ';
    book.entries[1].text['zh-CN'] = `{eta}{ticket}${'长'.repeat(600)}`;
    const errors = errorsOf(book);
    expect(errors.map((e) => [e.path, e.message.en])).toEqual([
      ['note.en', 'text is empty'],
      ['text.zh-CN', 'too long (613 characters, max 500)'],
    ]);
  });

  it('reports unknown fields so typos are not silently ignored', () => {
    const book = mini();
    book.entries[0].nextstep = [];
    expect(only(book)).toMatchObject({ entryId: 'ack-angry-1', path: '', message: { en: 'unknown field "nextstep"' } });
  });

  it('locates an entry without an id by its index', () => {
    const book = mini();
    delete book.entries[3].id;
    const error = only(book);
    expect(error.entryId).toBeUndefined();
    expect(formatPhrasebookError(error, 'en')).toBe('mini.json · entries[3].id: missing field "id"');
  });

  it('reports an id with characters outside a-z 0-9 -', () => {
    const book = mini();
    book.entries[0].id = 'Ack Angry';
    expect(only(book).message.en).toContain('may use only lower-case letters, digits and single hyphens');
  });

  it('gives one clear message for a newer schemaVersion', () => {
    const book = mini();
    book.schemaVersion = 2;
    book.entries[0].step = 'something-new';
    expect(only(book)).toMatchObject({
      path: 'schemaVersion',
      message: { en: 'schemaVersion is 2; this version of Calmdesk reads 1' },
    });
  });

  it('requires a pack to name its industry', () => {
    const book = mini();
    book.kind = 'pack';
    expect(only(book)).toMatchObject({ path: 'industry', message: { en: 'a pack must name its industry' } });
  });

  it('rejects values that are not phrasebooks at all', () => {
    for (const input of ['[]', 'null', '42', '"text"', '']) {
      expect(errorsOf(input).length).toBeGreaterThan(0);
    }
  });
});

describe('replacePhrasebook', () => {
  it('keeps the current phrasebook, unchanged, when the candidate is invalid', () => {
    const current = good();
    const snapshot = structuredClone(current);
    for (const candidate of ['{ not json', JSON.stringify({ ...mini(), entries: [{ id: 'x' }] })]) {
      const result = replacePhrasebook(current, candidate, 'team.json');
      expect(result.replaced).toBe(false);
      expect(result.phrasebook).toBe(current);
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.every((e) => e.file === 'team.json')).toBe(true);
    }
    expect(current).toEqual(snapshot);
  });

  it('replaces it with a valid candidate', () => {
    const current = good();
    const next = mini();
    next.name.en = 'Renamed';
    const result = replacePhrasebook(current, JSON.stringify(next), 'team.json');
    expect(result).toMatchObject({ replaced: true, errors: [] });
    expect(result.phrasebook.name.en).toBe('Renamed');
  });
});
