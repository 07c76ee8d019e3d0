import type { CompiledLexicon, LexiconEntry, TrieNode } from './lexicon.ts';
import type { Token } from './tokenize.ts';
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
}

/** Where a phrase matches at token i, allowing one filler ("doesn't really help") between its words; -1 if not. */
function phraseEnd(tokens: readonly Token[], i: number, phrase: readonly string[], fillers: ReadonlySet<string>): number {
  let j = i + 1;
  for (let k = 1; k < phrase.length; k++) {
    const token = tokens[j];
    if (!token) return -1;
    if (token.key === phrase[k]) {
      j++;
      continue;
    }
    const next = tokens[j + 1];
    if (!fillers.has(token.key) || next?.key !== phrase[k]) return -1;
    j += 2;
  }
  return j;
}

/** Longest phrase first, then the single word: "not working" wins over "not" + "working". */
export function matchWords(tokens: readonly Token[], lexicon: CompiledLexicon): Match[] {
  const matches: Match[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const first = tokens[i] as Token;
    let entry: LexiconEntry | undefined;
    let end = i + 1;
    const phrases = lexicon.phrases.get(first.key);
    if (phrases) {
      for (const phrase of phrases) {
        const found = phraseEnd(tokens, i, phrase.tokens, lexicon.fillers);
        if (found > 0) {
          entry = phrase.entry;
          end = found;
          break;
        }
      }
    }
    entry ??= lexicon.words.get(first.key);
    if (entry) {
      const last = tokens[end - 1] as Token;
      let caps = true;
      for (let k = i; k < end; k++) caps &&= (tokens[k] as Token).caps;
      matches.push({ start: first.start, end: last.end, entry, unit: 'token', pos: i, posEnd: end, caps });
    }
    i = end;
  }
  return matches;
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
      i += next >= 0xd800 && next <= 0xdbff ? 3 : 2;
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

interface Walk {
  node: TrieNode;
  at: number;
}

/** The longest entry starting at i; a "#" edge consumes a whole run of numerals, tried beside the literal edge. */
function longestAt(text: string, i: number, root: TrieNode): { entry: LexiconEntry; end: number } | undefined {
  let best: { entry: LexiconEntry; end: number } | undefined;
  const stack: Walk[] = [{ node: root, at: i }];
  while (stack.length > 0) {
    const { node, at } = stack.pop() as Walk;
    if (at > i && node.entry && (!best || at > best.end) && fitsBoundaries(text, i, at, node.entry)) {
      best = { entry: node.entry, end: at };
    }
    if (at >= text.length) continue;
    const c = text.charCodeAt(at);
    const next = at + 1;
    if (c === VARIATION_SELECTOR && at > i) {
      stack.push({ node, at: next });
      continue;
    }
    const wildcard = node.next.get(NUMBER_WILDCARD);
    if (wildcard && isNumeral(c)) {
      let runEnd = next;
      while (runEnd < text.length && isNumeral(text.charCodeAt(runEnd))) runEnd++;
      stack.push({ node: wildcard, at: runEnd });
    }
    const child = node.next.get(lowerAscii(c));
    if (child) stack.push({ node: child, at: next });
  }
  return best;
}

/** Forward maximum matching over the character trie (Chinese words, emoji, emoticons). */
export function matchChars(text: string, lexicon: CompiledLexicon): Match[] {
  const matches: Match[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const found = lexicon.chars.next.has(lowerAscii(text.charCodeAt(i))) || isNumeral(text.charCodeAt(i))
      ? longestAt(text, i, lexicon.chars)
      : undefined;
    if (found) {
      const end = found.entry.kind === 'emoji' ? extendOverEmojiTail(text, found.end) : found.end;
      matches.push({ start: i, end, entry: found.entry, unit: 'char', pos: i, posEnd: end, caps: false });
      i = end;
    } else {
      i++;
    }
  }
  return matches;
}
