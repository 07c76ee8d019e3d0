import { isHan } from './clauses.ts';
import type { Lang } from './types.ts';

/** A message is "mixed" when the smaller language carries at least this share of the words (1 in 4). */
const MIXED_MIN_SHARE = 0.25;
/** One borrowed word ("我的wifi坏了", "ok 好的") does not make a message mixed. */
const MIXED_MIN_WORDS = 2;
/** Chinese words average about 1.5 characters, so Han characters are divided by this to compare with English words. */
const HAN_CHARS_PER_WORD = 1.5;

export interface TextProfile {
  lang: Lang;
  /** Any character outside ASCII (Han, emoji, full-width punctuation): the character scan is needed. */
  hasNonAscii: boolean;
  /** ASCII characters that start emoticons (":)", "T_T", "^_^", "<3"): the character scan is needed. */
  hasEmoticonStart: boolean;
  letters: number;
  upperLetters: number;
  /** Punctuation the message-level rules look for, so they only scan when it is there. */
  hasBang: boolean;
  hasQuestion: boolean;
  hasQuote: boolean;
  /** ASCII full stops and "!" (a run of one-word sentences needs several). */
  stops: number;
}

/** One pass over the text: language, and what the scorer needs to know before it scans. */
export function profileText(text: string): TextProfile {
  let han = 0;
  let latinWords = 0;
  let inWord = false;
  let letters = 0;
  let upperLetters = 0;
  let hasNonAscii = false;
  let hasEmoticonStart = false;
  let hasBang = false;
  let hasQuestion = false;
  let hasQuote = false;
  let stops = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    const letter = upper || (c >= 0x61 && c <= 0x7a);
    if (letter) {
      letters++;
      if (upper) upperLetters++;
      if (!inWord) latinWords++;
      inWord = true;
      continue;
    }
    const afterLetter = inWord;
    inWord = false;
    if (c >= 0x80) {
      hasNonAscii = true;
      if (isHan(c)) han++;
      else if (c === 0xff01) hasBang = true;
      else if (c === 0xff1f) hasQuestion = true;
      else if (c === 0x201c || c === 0x300c || c === 0x2018) hasQuote = true;
    } else if (c === 0x21) {
      hasBang = true;
      stops++;
    } else if (c === 0x2e) {
      stops++;
    } else if (c === 0x3f) {
      hasQuestion = true;
    } else if (c === 0x22 || (c === 0x27 && !afterLetter)) {
      // A straight ' opens a quote only before a word, not inside one ("don't").
      hasQuote = true;
    } else if (c === 0x3a || c === 0x3b || c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e || c === 0x5f) {
      hasEmoticonStart = true;
    }
  }
  return {
    lang: languageOf(han, latinWords),
    hasNonAscii,
    hasEmoticonStart,
    letters,
    upperLetters,
    hasBang,
    hasQuestion,
    hasQuote,
    stops,
  };
}

function languageOf(han: number, latinWords: number): Lang {
  if (han === 0) return 'en';
  if (latinWords === 0) return 'zh';
  const zhWords = han / HAN_CHARS_PER_WORD;
  const smaller = Math.min(zhWords, latinWords);
  const mixed = smaller >= MIXED_MIN_WORDS && smaller / (zhWords + latinWords) >= MIXED_MIN_SHARE;
  return mixed ? 'mixed' : zhWords > latinWords ? 'zh' : 'en';
}

export function detectLanguage(text: string): Lang {
  return profileText(text).lang;
}
