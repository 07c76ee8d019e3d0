import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/emotion/tokenize.ts';

/** The tokens as the `WORD` pattern defines them, written the slow, obvious way. */
function reference(text: string) {
  const word =
    /[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+(?:['\u2019-][a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)*/g;
  return [...text.toLowerCase().matchAll(word)].map((m) => ({
    text: m[0].replaceAll('\u2019', "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const pieces = fc.constantFrom(
  ..."aZ9 '\u2019-\u00e9\u00d7\u00f7\u00c0\u00d6\u00f8\u024f_.!?你😀xyzABC\n".split(''),
  'don’t',
  'well-being',
);

describe('tokenize', () => {
  it('finds exactly the words of its pattern, with their spans, in any text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const tokens = tokenize(text).map(({ text: t, start, end }) => ({ text: t, start, end }));
        expect(tokens).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});
