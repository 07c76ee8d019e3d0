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

const DIGIT = /[0-9]/;
const DIGIT_RUN = /[0-9]+/g;
/** Counts written as words are numbers too ("for two hours" is "for 0 hours"); "one" is left out for its idioms. */
const NUMBER_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'hundred',
  'several',
  'couple',
]);
/**
 * Letters (ASCII, Latin-1 and Latin Extended, not × and ÷) and digits, joined by an apostrophe or hyphen only between
 * two of them. `scanWords` does the same scan as a loop; the expression stays for the rare text whose lower case
 * changes length (İ), where spans must be found in the original.
 */
const LETTERS = 'a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const WORD_SOURCE = `[${LETTERS}]+(?:['\\u2019-][${LETTERS}]+)*`;
const WORD = new RegExp(WORD_SOURCE, 'g');
const WORD_ANY_CASE = new RegExp(WORD_SOURCE, 'gi');
const UPPER = /[A-Z\u00c0-\u00d6\u00d8-\u00de]/g;
const LOWER = /[a-z\u00df-\u00f6\u00f8-\u00ff]/;

/** Written in capitals: two upper-case letters or more, none lower-case ("NOT", "WTF"; not "I", not "Ok"). */
function isCaps(original: string): boolean {
  if (LOWER.test(original)) return false;
  return (original.match(UPPER)?.length ?? 0) >= 2;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lowered = text.toLowerCase();
  // Lower-casing can change the length of a few letters (İ); then match the original text and lower-case per token.
  const aligned = lowered.length === text.length;
  const pattern = aligned ? WORD : WORD_ANY_CASE;
  const source = aligned ? lowered : text;
  const hasUpper = aligned && lowered !== text;
  if (aligned) {
    scanWords(text, lowered, hasUpper, tokens);
    return tokens;
  }
  pattern.lastIndex = 0;
  for (let found = pattern.exec(source); found; found = pattern.exec(source)) {
    const start = found.index;
    const end = start + found[0].length;
    let word = aligned ? found[0] : found[0].toLowerCase();
    if (word.includes('\u2019')) word = word.replaceAll('\u2019', "'");
    const key = DIGIT.test(word) ? word.replace(DIGIT_RUN, '0') : NUMBER_WORDS.has(word) ? '0' : word;
    const capital = hasUpper && text.charCodeAt(start) !== source.charCodeAt(start);
    tokens.push({ text: word, key, start, end, caps: capital && isCaps(text.slice(start, end)) });
  }
  return tokens;
}

/** A letter or digit of `WORD`: a-z, 0-9 and the Latin-1 and Latin Extended letters (not × and ÷), lower-cased. */
function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d;
}

/**
 * The `WORD` scan as a loop over the lower-cased text (same tokens, no match arrays): the tokenizer is a quarter of
 * English classification time.
 */
function scanWords(text: string, lowered: string, hasUpper: boolean, tokens: Token[]): void {
  const n = lowered.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(lowered.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hasDigit = false;
    let hasCurly = false;
    for (;;) {
      while (i < n) {
        const c = lowered.charCodeAt(i);
        if (!isWordUnit(c)) break;
        if (c <= 0x39) hasDigit = true;
        i++;
      }
      const j = lowered.charCodeAt(i);
      if (i + 1 < n && isJoiner(j) && isWordUnit(lowered.charCodeAt(i + 1))) {
        if (j === 0x2019) hasCurly = true;
        i++;
        continue;
      }
      break;
    }
    let word = lowered.slice(start, i);
    if (hasCurly) word = word.replaceAll('\u2019', "'");
    const key = hasDigit ? word.replace(DIGIT_RUN, '0') : NUMBER_WORDS.has(word) ? '0' : word;
    const capital = hasUpper && text.charCodeAt(start) !== lowered.charCodeAt(start);
    tokens.push({ text: word, key, start, end: i, caps: capital && isCaps(text.slice(start, i)) });
  }
}

/** The key a lexicon phrase is stored under: its token keys joined by single spaces ("for # days" → "for 0 days"). */
export function tokenKeyOf(phrase: string): string {
  return tokenize(phrase.replaceAll('#', '0'))
    .map((t) => t.key)
    .join(' ');
}

/**
 * The mark right after a word, as lexicon keys write it ("hello?", "finally!"): "?" and "!" in either width, or
 * undefined. Tokens carry no punctuation, so a phrase ending in one is matched on the text after its last token.
 */
export function punctuationKeyAt(text: string, index: number): '?' | '!' | undefined {
  const c = text.charCodeAt(index);
  if (c === 0x3f || c === 0xff1f) return '?';
  if (c === 0x21 || c === 0xff01) return '!';
  return undefined;
}

/** Where the run of marks starting at `index` ends ("hello???" is "hello?" with its whole run highlighted). */
export function punctuationRunEnd(text: string, index: number): number {
  const key = punctuationKeyAt(text, index);
  let end = index;
  while (end < text.length && punctuationKeyAt(text, end) === key) end++;
  return end;
}
