import { isHan } from './clauses.ts';
import type { CompiledLexicon, LexiconEntry, TrieNode, WordNode } from './lexicon.ts';
import { punctuationKeyAt, punctuationRunEnd, type Token } from './tokenize.ts';
import { isStandaloneWord } from './zh/words.ts';

/** A lexicon entry found in the text. Positions are token indices (words) or UTF-16 offsets (characters). */
export interface Match {
  start: number;
  end: number;
  entry: LexiconEntry;
  unit: 'token' | 'char';
  pos: number;
  posEnd: number;
  caps: boolean;
  /** Numbered by the scorer: clause and sentence of the message the match stands in. */
  clause: number;
  sentence: number;
}

/** Marks a phrase does not reach across: "…until they do. I need it" holds no "do i need". */
const PHRASE_BREAKS = new Set([0x21, 0x3f, 0x0a, 0x3b, 0x3002, 0xff01, 0xff1f, 0xff1b]);
const FULL_STOP = 0x2e;

/**
 * A full stop ends a sentence when a capital follows it; in lower-case chat it is often a pause inside one phrase
 * ("oh. ok then."). Chinese between two English words ends the phrase too: "ok了，thx" is no "ok thx".
 */
function breaksPhrase(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (PHRASE_BREAKS.has(c) || isHan(c)) return true;
    if (c === FULL_STOP) {
      const next = text.charCodeAt(to);
      if (next >= 0x41 && next <= 0x5a) return true;
    }
  }
  return false;
}

/** The longest entry found so far from one starting token: its entry, its end token and its end character. */
interface Longest {
  entry: LexiconEntry | undefined;
  end: number;
  charEnd: number;
}

/**
 * Longest entry first: "not working" wins over "not" + "working". A phrase may skip one filler word between its own
 * words ("doesn't really help" matches "doesn't help"), and may end in the "?" or "!" right after its last word
 * ("hello?" wins over "hello").
 */
export function matchWords(tokens: readonly Token[], lexicon: CompiledLexicon, text: string): Match[] {
  const matches: Match[] = [];
  const n = tokens.length;
  let i = 0;
  const best: Longest = { entry: undefined, end: 0, charEnd: 0 };
  while (i < n) {
    const node = lexicon.words.get((tokens[i] as Token).key);
    if (!node) {
      i++;
      continue;
    }
    best.entry = node.entry;
    best.end = i + 1;
    best.charEnd = (tokens[i] as Token).end;
    walkPhrase(tokens, lexicon, text, node, i + 1, best);
    const { entry, end, charEnd } = best;
    if (entry) {
      let caps = true;
      for (let k = i; k < end; k++) caps &&= (tokens[k] as Token).caps;
      const start = (tokens[i] as Token).start;
      matches.push({ start, end: charEnd, entry, unit: 'token', pos: i, posEnd: end, caps, clause: 0, sentence: 0 });
    }
    i = end;
  }
  return matches;
}

/**
 * Follows the phrase trie from `node` at token `j`, keeping the longest entry in `best`. At a filler word both ways
 * are tried: a key that holds the filler ("don't even know what to say") must not hide one that skips it ("don't even
 * know why I bother" as "don't know why i bother").
 */
function walkPhrase(
  tokens: readonly Token[],
  lexicon: CompiledLexicon,
  text: string,
  start: WordNode,
  from: number,
  best: Longest,
): void {
  const n = tokens.length;
  let node = start;
  let j = from;
  for (;;) {
    const after = (tokens[j - 1] as Token).end;
    const mark = node.next && punctuationKeyAt(text, after);
    const marked = mark ? node.next?.get(mark) : undefined;
    if (marked?.entry && j >= best.end) {
      best.entry = marked.entry;
      best.end = j;
      best.charEnd = punctuationRunEnd(text, after);
    }
    if (!node.next || j >= n) return;
    if (breaksPhrase(text, after, (tokens[j] as Token).start)) return;
    const key = (tokens[j] as Token).key;
    let child = node.next.get(key);
    let step = 1;
    if (j + 1 < n && lexicon.fillers.has(key)) {
      const skipped = node.next.get((tokens[j + 1] as Token).key);
      // Skipping is tried first, so that at equal length the key that spells the filler out wins.
      if (skipped && child) walkPhrase(tokens, lexicon, text, skipped, j + 2, reached(best, skipped, j + 2, tokens));
      else if (skipped) {
        child = skipped;
        step = 2;
      }
    }
    if (!child) return;
    node = child;
    j += step;
    reached(best, node, j, tokens);
  }
}

/** Records the entry at `node` (ending before token `j`) when it is at least as long as the best so far. */
function reached(best: Longest, node: WordNode, j: number, tokens: readonly Token[]): Longest {
  if (node.entry && j >= best.end) {
    best.entry = node.entry;
    best.end = j;
    best.charEnd = (tokens[j - 1] as Token).end;
  }
  return best;
}

const VARIATION_SELECTOR = 0xfe0f;
const ZERO_WIDTH_JOINER = 0x200d;
const HIGH_SURROGATE_OF_SKIN_TONES = 0xd83c;

function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Emoji are written with optional variation selectors and skin tones; the highlight should cover them. */
function extendOverEmojiTail(text: string, end: number): number {
  let i = end;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === VARIATION_SELECTOR) i++;
    else if (c === HIGH_SURROGATE_OF_SKIN_TONES) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdffb && low <= 0xdfff) i += 2;
      else return i;
    } else if (c === ZERO_WIDTH_JOINER && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      const isHigh = next >= 0xd800 && next <= 0xdbff;
      const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
      // Joined only to a whole character: a joiner before a lone surrogate ends the emoji where the joiner is.
      if (isHigh && !isLow(text.charCodeAt(i + 2))) return i;
      if (!isHigh && next >= 0xdc00 && next <= 0xdfff) return i;
      i += isHigh ? 3 : 2;
    } else return i;
  }
}

function fitsBoundaries(text: string, start: number, end: number, entry: LexiconEntry): boolean {
  if (entry.asciiStart && start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) return false;
  if (entry.asciiEnd && end < text.length && isAsciiAlnum(text.charCodeAt(end))) return false;
  if (entry.wordCheck && !isStandaloneWord(text, start)) return false;
  return true;
}

const NUMBER_WILDCARD = 0x23;
/** Digits and Chinese numerals, which a "#" in a character-side key stands for (第#次, 才#度). */
const NUMERAL_CHARACTERS = new Set('零〇一二两三四五六七八九十百千几半'.split('').map((c) => c.charCodeAt(0)));

function isNumeral(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || NUMERAL_CHARACTERS.has(c);
}

interface Found {
  entry: LexiconEntry;
  end: number;
}

/**
 * The longest entry starting at `start`, walking from `node` at `at`. A "#" edge consumes a whole run of numerals and
 * is tried beside the literal edge (numerals are rare, so the recursion is too).
 */
function longestAt(
  text: string,
  start: number,
  node: TrieNode,
  at: number,
  best: Found | undefined,
): Found | undefined {
  let current: TrieNode | undefined = node;
  let i = at;
  while (current) {
    // ">=": a literal entry ("第一次") found after a "#" one of the same length ("第#次") wins.
    if (i > start && current.entry && (!best || i >= best.end) && fitsBoundaries(text, start, i, current.entry)) {
      best = { entry: current.entry, end: i };
    }
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    if (c === VARIATION_SELECTOR && i > start) {
      i++;
      continue;
    }
    if (isNumeral(c)) {
      const wildcard = current.next.get(NUMBER_WILDCARD);
      if (wildcard) {
        let runEnd = i + 1;
        while (runEnd < text.length && isNumeral(text.charCodeAt(runEnd))) runEnd++;
        best = longestAt(text, start, wildcard, runEnd, best);
      }
    }
    current = current.next.get(lowerAscii(c));
    i++;
  }
  return best;
}

/** Forward maximum matching over the character trie (Chinese words, emoji, emoticons). */
export function matchChars(text: string, lexicon: CompiledLexicon): Match[] {
  const matches: Match[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const found =
      lexicon.chars.next.has(lowerAscii(c)) || isNumeral(c)
        ? longestAt(text, i, lexicon.chars, i, undefined)
        : undefined;
    if (found) {
      const end = found.entry.kind === 'emoji' ? extendOverEmojiTail(text, found.end) : found.end;
      matches.push({
        start: i,
        end,
        entry: found.entry,
        unit: 'char',
        pos: i,
        posEnd: end,
        caps: false,
        clause: 0,
        sentence: 0,
      });
      i = end;
    } else {
      i++;
    }
  }
  return matches;
}
