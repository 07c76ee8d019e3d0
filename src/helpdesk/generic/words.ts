import { AGENT_WORDS, CUSTOMER_WORDS, NOTE_WORDS, SIDE_ONLY_WORDS, SYSTEM_WORDS } from './signal-words';

export type WordKind = 'customer' | 'agent' | 'side' | 'note' | 'system';

const KIND = new Map<string, WordKind>();
for (const [kind, words] of [
  ['customer', CUSTOMER_WORDS],
  ['agent', AGENT_WORDS],
  ['side', SIDE_ONLY_WORDS],
  ['note', NOTE_WORDS],
  ['system', SYSTEM_WORDS],
] as const) {
  for (const word of words) KIND.set(word, kind);
}

/** Words that make a class name about a message, so its short "in"/"out" means direction, not an animation. */
const MESSAGE_WORDS = /^(message|messages|msg|bubble|chat|item|row|record|line|entry|reply)$/;
const DIRECTION_ONLY = new Set(['in', 'out']);
/** Generated class names (styled-components, emotion, CSS modules hashes) carry no words. */
const HASHED_PREFIX = /^(sc|css|jsx|svelte|emotion|chakra|mui)-/;
const isHashed = (name: string) =>
  HASHED_PREFIX.test(name) || (/^_?[A-Za-z0-9]{4,10}$/.test(name) && (/[A-Z].*[A-Z]/.test(name) || /\d/.test(name)));
/** Utility classes with a number (my-2, me-3, start-0) are spacing and position, never a side. */
const UTILITY = /\d$|^[a-z]{1,2}-\d/;
const CJK = /[\u3400-\u9fff]/;

const tokenCache = new Map<string, string[]>();

/** Splits one class name or attribute value into lower-case words: kebab, snake, BEM and camelCase. */
export function splitWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u3400-\u9fff]+/)
    .filter(Boolean);
}

/** The words of one class name, or none for generated and utility classes. */
export function classWords(className: string): string[] {
  let words = tokenCache.get(className);
  if (!words) {
    words = isHashed(className) || UTILITY.test(className) ? [] : splitWords(className);
    if (words.some((w) => DIRECTION_ONLY.has(w)) && !words.some((w) => MESSAGE_WORDS.test(w))) {
      words = words.filter((w) => !DIRECTION_ONLY.has(w));
    }
    tokenCache.set(className, words);
  }
  return words;
}

const attributeCache = new Map<string, string[]>();

/** The words of a whole class attribute ("msg msg--in is-first"); pages repeat a few of these thousands of times. */
export function classAttributeWords(value: string | null): string[] {
  if (!value) return [];
  let words = attributeCache.get(value);
  if (!words) {
    words = value.split(/\s+/).flatMap((name) => (name ? classWords(name) : []));
    attributeCache.set(value, words);
  }
  return words;
}

/** The first class of a class attribute, which names what an element is; later ones say which variant. */
export function firstClass(value: string | null): string {
  if (!value) return '';
  const trimmed = value.trimStart();
  const end = trimmed.search(/\s/);
  return end < 0 ? trimmed : trimmed.slice(0, end);
}

export function kindOf(word: string): WordKind | undefined {
  return KIND.get(word);
}

/** Words of a short label beside a message ("访客 张女士", "客服-小王", "You"): CJK words also match as a prefix. */
const labelCache = new Map<string, string[]>();
/** Labels repeat on every message (a sender's name); past this many distinct ones the page is not worth caching. */
const MAX_CACHED_LABELS = 5000;

export function labelWords(label: string): string[] {
  let words = labelCache.get(label);
  if (!words) {
    words = wordsOfLabel(label);
    if (labelCache.size < MAX_CACHED_LABELS) labelCache.set(label, words);
  }
  return words;
}

function wordsOfLabel(label: string): string[] {
  const out: string[] = [];
  for (const part of label.toLowerCase().split(/[\s\-_·:：|/()（）[\]【】<>《》,，.。]+/)) {
    if (!part) continue;
    if (KIND.has(part)) out.push(part);
    else if (CJK.test(part)) {
      const prefix = [part.slice(0, 4), part.slice(0, 3), part.slice(0, 2)].find((p) => p.length > 1 && KIND.has(p));
      if (prefix) out.push(prefix);
    }
  }
  return out;
}
