/**
 * Letters that continue an English word. Chinese next to an English word is still a boundary, and so is a digit,
 * so "24h" and "2hrs" read as a number and a unit.
 */
const LATIN_LETTER = String.raw`\p{Script=Latin}`;
const STARTS_LATIN = /^\p{Script=Latin}/u;
const ENDS_LATIN = /\p{Script=Latin}$/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/**
 * A regular-expression alternation of words, longest first so "within the next" wins over "within"; spaces match
 * any run of whitespace. Words that start or end with a Latin letter only match as whole words.
 */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => {
      const body = escapeRegExp(word).replace(/ +/g, String.raw`\s+`);
      const before = STARTS_LATIN.test(word) ? `(?<!${LATIN_LETTER})` : '';
      const after = ENDS_LATIN.test(word) ? `(?!${LATIN_LETTER})` : '';
      return `${before}${body}${after}`;
    })
    .join('|');
}

/** The words a data record is keyed by. */
export const wordsOf = (record: object): string[] => Object.keys(record);

export const isOneOf = (list: readonly string[], word: string | undefined): boolean =>
  word !== undefined && list.includes(word);

/** A non-capturing group of `alternation(words)`, for a slot in a larger pattern. */
export const alt = (words: Iterable<string>) => `(?:${alternation(words)})`;

/** Patterns are written as a list of pieces, one grammatical slot each, so each can be read on its own. */
export const pattern = (pieces: readonly string[], flags: string) => new RegExp(pieces.join(''), flags);

/** A syllable said twice or more ("haha", "hehehe", 哈哈哈), as a whole word. */
export function repeatedSyllablePattern(syllables: Iterable<string>, flags = 'iu'): RegExp {
  const repeats = [...syllables].map((syllable) => `(?:${escapeRegExp(syllable)}){2,}`);
  return new RegExp(`(?<!${LATIN_LETTER})(?:${repeats.join('|')})(?!${LATIN_LETTER})`, flags);
}

/** One case-insensitive pattern for a word list in both languages. */
export function wordPattern(words: Iterable<string>, flags = 'iu'): RegExp {
  return new RegExp(`(?:${alternation(words)})`, flags);
}

/** Keyboards and helpdesk editors mix ' and ’; both are one UTF-16 unit, so offsets survive. */
export function straightenApostrophes(text: string): string {
  return text.replace(/[’‘]/g, "'");
}
