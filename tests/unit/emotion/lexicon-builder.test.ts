import { describe, expect, it } from 'vitest';
import type { EmojiData, LanguageData } from '../../../src/emotion/lexicon.ts';
import { collectEntries } from '../../../src/emotion/lexicon-builder.ts';

function language(positive: Record<string, number>): LanguageData {
  return {
    lexicon: { angry: {}, anxious: {}, disappointed: {}, positive, neutral: [] },
    modifiers: {
      negators: [],
      intensifiers: {},
      diminishers: {},
      contrast: [],
      impatience: [],
      sarcasm: [],
      sarcasmOnly: [],
    },
    flags: { abusive: [], escalation_threat: [], churn: [], urgent: [] },
  };
}

const NO_EMOJI: EmojiData = { angry: {}, anxious: {}, disappointed: {}, positive: {}, sarcasmCues: [] };

describe('lexicon builder', () => {
  it('keeps the larger weight when two keys fall on one entry ("five stars" and "5 stars")', () => {
    const { entries } = collectEntries(
      {
        languages: [language({ 'five stars': 2, '5 stars': 3, 'hello?': 1.5, 'hello??': 2 })],
        emoji: NO_EMOJI,
        valence: new Map(),
      },
      [],
    );
    const weightOf = (key: string) => entries.find((e) => e.key === key)?.entry.weights?.positive;
    expect(weightOf('0 stars')).toBe(3);
    expect(weightOf('hello ?')).toBe(2);
  });
});
