/**
 * English (and any Latin-script) tokens with their UTF-16 spans.
 *
 * Compatible with the `sentiment` package where it matters for AFINN-165 lookups: tokens are lower-cased and keep
 * inner apostrophes and hyphens ("don't", "well-being"), so every single-word AFINN entry matches as it would there.
 * Unlike `sentiment`, punctuation and non-Latin text split tokens ("great!!" → "great", "好great" → "great"), and
 * curly apostrophes are read as straight ones, so "don’t" is "don't".
 */
export interface Token {
  /** Lower-cased token text. */
  text: string;
  /** The text with each run of digits written as one "0", so lexicon phrases can say "for 0 days". */
  key: string;
  start: number;
  end: number;
  /** Written in capitals (two letters or more, none lower-case). */
  caps: boolean;
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const DIGIT_RUN = /[0-9]+/g;

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

function isUpperCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isLowerCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isJoiner(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE || c === HYPHEN;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lower = 0;
    let curly = false;
    let digits = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        if (c >= 0x30 && c <= 0x39) digits = true;
        else if (isUpperCode(c)) upper++;
        else if (isLowerCode(c)) lower++;
      } else if (!(isJoiner(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1)))) {
        break;
      } else if (c === RIGHT_SINGLE_QUOTE) {
        curly = true;
      }
      i++;
    }
    let word = text.slice(start, i).toLowerCase();
    if (curly) word = word.replaceAll('\u2019', "'");
    const key = digits ? word.replace(DIGIT_RUN, '0') : word;
    tokens.push({ text: word, key, start, end: i, caps: upper >= 2 && lower === 0 });
  }
  return tokens;
}

/** The key a lexicon phrase is stored under: its token keys joined by single spaces ("for # days" → "for 0 days"). */
export function tokenKeyOf(phrase: string): string {
  return tokenize(phrase.replaceAll('#', '0'))
    .map((t) => t.key)
    .join(' ');
}
