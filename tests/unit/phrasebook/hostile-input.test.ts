import { describe, expect, it } from 'vitest';
import {
  MAX_ERRORS,
  MAX_JSON_DEPTH,
  MAX_PHRASEBOOK_CHARS,
  type ParseResult,
  parsePhrasebook,
} from '../../../src/phrasebook/validate';
import { miniPhrasebook } from './fixtures/mini';

const mini = miniPhrasebook;

function rejected(result: ParseResult) {
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty('phrasebook');
  return result.ok ? [] : result.errors;
}

describe('parsePhrasebook on hostile input', () => {
  it('rejects __proto__ keys without polluting Object.prototype', () => {
    const text = JSON.stringify(mini())
      .replace('"schemaVersion"', '"__proto__":{"polluted":"yes"},"schemaVersion"')
      .replace('"step"', '"constructor":{"prototype":{"polluted":"yes"}},"__proto__":{"isAdmin":true},"step"');
    const errors = rejected(parsePhrasebook(text, 'evil.json'));
    expect(errors.map((e) => [e.entryId, e.message.en])).toEqual([
      ['ack-angry-1', 'unknown field "constructor", "__proto__"'],
      [undefined, 'unknown field "__proto__"'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses deeply nested JSON before parsing it', () => {
    const depth = 200_000;
    const errors = rejected(parsePhrasebook(`${'['.repeat(depth)}${']'.repeat(depth)}`, 'deep.json'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message.en).toBe(`nested more than ${MAX_JSON_DEPTH} levels deep; not a phrasebook`);
  });

  it('does not count brackets inside strings as nesting', () => {
    const book = mini();
    book.entries[0].note.en = `Own the wait first. ${'['.repeat(100)}`;
    expect(parsePhrasebook(JSON.stringify(book), 'brackets.json').ok).toBe(true);
  });

  it('survives a deeply nested value handed over already parsed', () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 100_000; i++) nested = { en: nested };
    const book = mini();
    book.entries[0].text.en = nested;
    const errors = rejected(parsePhrasebook(book, 'deep.json'));
    expect(errors[0]).toMatchObject({ entryId: 'ack-angry-1', path: 'text.en' });
  });

  it('refuses a 20 MB string with a size error, without parsing it', () => {
    const huge = `{"schemaVersion":1,"pad":"${'x'.repeat(20 * 1024 * 1024)}"}`;
    const started = performance.now();
    const errors = rejected(parsePhrasebook(huge, 'huge.json'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toHaveLength(1);
    const size = huge.length.toLocaleString('en');
    expect(errors[0]?.message.en).toBe(`file too large (${size} characters, max 2,000,000); not read`);
    expect(huge.length).toBeGreaterThan(MAX_PHRASEBOOK_CHARS);
  });

  it('caps the number of errors for a file full of mistakes', () => {
    const book = mini();
    book.entries = Array.from({ length: 3000 }, (_, i) => ({ id: `e-${i}`, step: 'nope' }));
    const errors = rejected(parsePhrasebook(book, 'many.json'));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors.at(-1)?.message.en).toMatch(/^\d+ more errors not shown$/);
  });

  it('turns a throwing getter or proxy into an error instead of throwing', () => {
    const getter = mini();
    Object.defineProperty(getter, 'entries', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
    for (const input of [getter, proxy]) {
      const errors = rejected(parsePhrasebook(input, 'trap.json'));
      expect(errors[0]?.message.en).toMatch(/^could not be read: /);
    }
  });

  it('shows at most a short excerpt of a hostile value in messages', () => {
    const book = mini();
    book.entries[0].step = 'x'.repeat(100_000);
    book.entries[1].id = 'y'.repeat(100_000);
    const errors = rejected(parsePhrasebook(book, 'long.json'));
    for (const error of errors) {
      expect(error.message.en.length).toBeLessThan(300);
      expect((error.entryId ?? '').length).toBeLessThan(50);
    }
  });

  it('rejects a cyclic value without looping', () => {
    const book = mini();
    book.entries[0].text = book;
    expect(rejected(parsePhrasebook(book, 'cycle.json')).length).toBeGreaterThan(0);
  });
});
