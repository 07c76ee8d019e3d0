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

  it('gives a key with a contraction its long forms ("doesn\'t work" → "does not work") unless one is written', () => {
    const data = language({});
    data.lexicon.disappointed = { "doesn't work": 1.8, "it's been weeks": 2, "why don't you": 2, "i'll wait then": 2 };
    data.lexicon.neutral = ['i will wait then'];
    data.modifiers.negators = ["don't"];
    data.contractions = {
      "doesn't": ['does not'],
      "don't": ['do not'],
      "it's": ['it is', 'it has'],
      "i'll": ['i will'],
    };
    const { entries } = collectEntries({ languages: [data], emoji: NO_EMOJI, valence: new Map() }, []);
    const entry = (key: string) => entries.find((e) => e.key === key)?.entry;
    expect(entry('does not work')?.weights?.disappointed).toBe(1.8);
    expect(entry('it has been weeks')?.weights?.disappointed).toBe(2);
    // Written by hand as neutral: the long form is not the contraction's copy.
    expect(entry('i will wait then')?.weights).toBeUndefined();
    // A negator stays one word; "why do not you" is nobody's English.
    expect(entry('do not')).toBeUndefined();
    expect(entry('why do not you')).toBeUndefined();
  });

  it('gives a marker-only phrase no weight from a character inside a neutral word (麻烦帮 is not 烦)', () => {
    const data = language({});
    data.lexicon.angry = { 烦: 2, 烦死: 3 };
    data.lexicon.neutral = ['麻烦'];
    data.modifiers.requests = ['麻烦帮', '烦死了帮'];
    const { entries } = collectEntries({ languages: [data], emoji: NO_EMOJI, valence: new Map() }, []);
    const entry = (key: string) => entries.find((e) => e.key === key)?.entry;
    expect(entry('麻烦帮')?.weights).toBeUndefined();
    expect(entry('烦死了帮')?.weights?.angry).toBe(3);
  });
});
