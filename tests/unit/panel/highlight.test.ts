import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/emotion/types';
import { segmentsOf } from '../../../src/panel/HighlightedText';

const ev = (start: number, end: number, text: string): Evidence => ({
  start,
  end,
  text,
  kind: 'term',
  contribution: 1,
  rule: 'lexicon',
});

describe('evidence highlighting', () => {
  it('splits the text at the evidence spans, keeping every character', () => {
    const text = 'so angry 😡 now';
    const segments = segmentsOf(text, [ev(9, 11, '😡'), ev(3, 8, 'angry')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.evidence).map((s) => s.text)).toEqual(['angry', '😡']);
  });

  it('drops overlapping and out-of-range spans instead of garbling the text', () => {
    const text = '太气人了';
    const segments = segmentsOf(text, [ev(0, 3, '太气人'), ev(1, 3, '气人'), ev(2, 40, 'x')]);
    expect(segments.map((s) => s.text)).toEqual(['太气人', '了']);
  });
});
