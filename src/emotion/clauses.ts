/**
 * Where the sentences and clauses of a chat message end. Negation and degree words do not reach past a clause end,
 * worried guesses and questions close there, and worry cues are counted per sentence.
 */

/** . ! ? and a line break in either width: the end of a sentence. */
export function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0x3f || c === 0xff1f;
}

/** , ; 、 … ～ in either width end a clause inside a sentence. */
function isClauseMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0xff0c || c === 0xff1b || c === 0x3001 || c === 0x2026 || c === 0xff5e;
}

/** A Chinese character: the CJK Unified Ideographs and Extension A. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * True when the character at `i` ends a clause. Chinese chat and voice typing often put a space where a comma belongs
 * ("退款到账了没 急用"), so a space between two Chinese characters ends one too (the first of a run of spaces).
 */
export function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x20) return isSentenceEnd(c) || isClauseMark(c);
  if (!isHan(text.charCodeAt(i - 1))) return false;
  let next = i + 1;
  while (text.charCodeAt(next) === 0x20) next++;
  return isHan(text.charCodeAt(next));
}

/** True when a clause ends anywhere in `from`…`to` ("you, it was debited": the comma ends the clause of "you"). */
export function clauseEndsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (endsClause(text, i)) return true;
  return false;
}

/** True when a sentence ends somewhere in [from, to). */
export function sentenceEndsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceEnd(text.charCodeAt(i))) return true;
  return false;
}

/** What may follow a closing emoji: ". ! ? ~ …" in either width, and variation selectors. */
const CLOSING_MARKS = new Set([0x2e, 0x21, 0x3f, 0x7e, 0x3002, 0xff01, 0xff1f, 0xff5e, 0x2026, 0xfe0f]);

/** Nothing but spaces and punctuation after `end`. */
export function closesText(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && !CLOSING_MARKS.has(c)) return false;
  }
  return true;
}

/** True when only spaces stand between `end` and the end of its clause. */
export function endsClauseAt(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 0x20) i++;
  return i >= text.length || endsClause(text, i);
}

/** Question marks, and the Chinese question words a spoken question keeps without one (吗, 怎么, 哪, 什么). */
const ASKING_CHARS = new Set([0x3f, 0xff1f, 0x5417, 0x600e, 0x54ea, 0x4ec0]);

/** True when the sentence around `from`…`to` asks something. */
export function sentenceAsks(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (ASKING_CHARS.has(c)) return true;
    if (i >= to && isSentenceEnd(c)) return false;
  }
  return false;
}
