import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, malformedPlaceholders, placeholdersIn } from '../../../src/phrasebook/placeholders';

/** Hundreds of runs per property on a two-core machine that may be busy building: 5 s is too tight a hang guard. */
const PROPERTY_TIMEOUT = 30_000;

const NAMES = ['customer', 'agent', 'eta', 'ticket', 'order_id', 'x', 'constructor', '__proto__', 'to_string'] as const;

/** Texts that are mostly placeholders, Mustache-style doubles, stray braces and replacement patterns. */
const textPiece = fc.oneof(
  fc.constantFrom(...NAMES).map((name) => `{${name}}`),
  fc.constantFrom(...NAMES).map((name) => `{{${name}}}`),
  fc.constantFrom('{', '}', '{{', '}}', '{ eta }', '{Customer}', '{order-id}', '{}', '$&', '$1', "$'", '\n', ' '),
  fc.constantFrom(...NAMES),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('您好', '😡', '\u200b', '\u202e'),
);
const text = fc.array(textPiece, { maxLength: 12 }).map((pieces) => pieces.join(''));

/** Values with braces, placeholders of their own, line breaks, control characters and blank ones. */
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('{eta}', '{customer}', '}{', '{', '}', 'ticket}', '{order', '  ', '\n\t', '$&', '王女士', 'A-1024'),
  fc
    .array(fc.constantFrom('{', '}', 'eta', ' ', '\n', '\u0000', '\u2028', 'a'), { maxLength: 8 })
    .map((c) => c.join('')),
);
const values = fc.dictionary(fc.constantFrom(...NAMES), value, { maxKeys: NAMES.length });

/** Any UTF-16 code unit, lone surrogates included (fc's 'binary' unit never gives those). */
const anyUtf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const countOf = (haystack: string, needle: string) => haystack.split(needle).length - 1;
/** A value counts as given when it has something visible once line breaks and control characters are spaces. */
const hasVisibleText = (v: unknown) => typeof v === 'string' && /[^\p{Cc}\p{Zl}\p{Zp}\s]/u.test(v);

describe('fillPlaceholders on any text and values', { timeout: PROPERTY_TIMEOUT }, () => {
  it('leaves no placeholder in the result when nothing is missing', () => {
    fc.assert(
      fc.property(text, values, (t, v) => {
        const result = fillPlaceholders(t, v);
        if (result.missing.length === 0) expect(placeholdersIn(result.text)).toEqual([]);
      }),
      { seed: 1101, numRuns: 3000 },
    );
  });

  it('leaves only the missing placeholders, and lists each missing name once', () => {
    fc.assert(
      fc.property(text, values, (t, v) => {
        const result = fillPlaceholders(t, v);
        expect(new Set(result.missing).size).toBe(result.missing.length);
        for (const name of placeholdersIn(result.text)) expect(result.missing).toContain(name);
        for (const name of result.missing) expect(result.text).toContain(`{${name}}`);
      }),
      { seed: 1102, numRuns: 3000 },
    );
  });

  it('fills every placeholder that has a visible value and lists every other one as missing', () => {
    fc.assert(
      fc.property(text, values, (t, v) => {
        const result = fillPlaceholders(t, v);
        const given = (name: string) => Object.hasOwn(v, name) && hasVisibleText(v[name]);
        for (const name of placeholdersIn(t)) expect(result.missing.includes(name)).toBe(!given(name));
        for (const name of result.missing) expect(placeholdersIn(t)).toContain(name);
      }),
      { seed: 1103, numRuns: 3000 },
    );
  });

  it('inserts values as plain text: no brace, line break or control character comes from a value', () => {
    fc.assert(
      fc.property(text, values, (t, v) => {
        const out = fillPlaceholders(t, v).text;
        for (const mark of ['{', '}', '\n', '\t', '\u0000', '\u2028']) {
          expect(countOf(out, mark)).toBeLessThanOrEqual(countOf(t, mark));
        }
      }),
      { seed: 1104, numRuns: 3000 },
    );
  });

  it('gives the text with each placeholder replaced by its value, for plain values', () => {
    const literal = fc.stringMatching(/^[^{}]{0,8}$/);
    const word = "[A-Za-z0-9\\u4e00-\\u4e20$&'.-]{1,4}";
    const plainValue = fc.stringMatching(new RegExp(`^${word}( ${word}){0,2}$`));
    const segments = fc.array(fc.tuple(literal, fc.constantFrom(...NAMES)), { maxLength: 6 });
    fc.assert(
      fc.property(segments, literal, fc.dictionary(fc.constantFrom(...NAMES), plainValue), (parts, tail, v) => {
        const t = parts.map(([lit, name]) => `${lit}{${name}}`).join('') + tail;
        const expected = parts.map(([lit, name]) => lit + (Object.hasOwn(v, name) ? v[name] : `{${name}}`)).join('');
        expect(fillPlaceholders(t, v).text).toBe(expected + tail);
      }),
      { seed: 1105, numRuns: 2000 },
    );
  });

  it('never resolves a name from Object.prototype', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(fillPlaceholders(t, {}).missing).toEqual(placeholdersIn(t));
      }),
      { seed: 1106, numRuns: 1000 },
    );
  });
});

describe('placeholdersIn and malformedPlaceholders on any text', { timeout: PROPERTY_TIMEOUT }, () => {
  it('reports a malformed fragment whenever a brace is not part of a well-formed placeholder', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: anyUtf16Unit, maxLength: 80 })), (t) => {
        const names = placeholdersIn(t);
        expect(new Set(names).size).toBe(names.length);
        const bracesLeft = /[{}]/.test(t.replace(/\{[a-z_]+\}/g, ''));
        expect(malformedPlaceholders(t).length > 0).toBe(bracesLeft);
      }),
      { seed: 1107, numRuns: 3000 },
    );
  });
});
