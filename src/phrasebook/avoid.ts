import type { AvoidItem, Locale, Phrasebook } from './schema';

export interface AvoidMatch {
  item: AvoidItem;
  /** UTF-16 offsets into the draft. */
  start: number;
  end: number;
  locale: Locale;
}

interface Pattern {
  item: AvoidItem;
  locale: Locale;
  regex: RegExp;
}

/** Letters that continue an English word; Chinese next to an English phrase ("请calm down") is still a boundary. */
const WORD_CHAR = String.raw`[\p{Script=Latin}\p{N}_]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** Spacing and the two common apostrophes vary between keyboards and helpdesk editors; the phrase does not. */
function flexible(phrase: string): string {
  return escapeRegExp(phrase.trim()).replace(/\s+/g, String.raw`\s+`).replace(/['’]/g, "['’]");
}

function patternFor(phrase: string, locale: Locale): RegExp {
  const body = flexible(phrase);
  const source = locale === 'en' ? `(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})` : body;
  return new RegExp(source, 'giu');
}

/** Drafts are checked on every keystroke; compile each phrasebook's patterns once. */
const compiled = new WeakMap<Phrasebook, Pattern[]>();

function patternsOf(book: Phrasebook): Pattern[] {
  const cached = compiled.get(book);
  if (cached) return cached;
  const patterns: Pattern[] = [];
  for (const item of book.avoid) {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const phrase of item.phrases[locale]) {
        patterns.push({ item, locale, regex: patternFor(phrase, locale) });
      }
    }
  }
  compiled.set(book, patterns);
  return patterns;
}

/**
 * Phrases to avoid found in the agent's draft, in order of position. Where two matches overlap (e.g. "你冷静一点"
 * inside "你冷静一点好吗" listed by two items), only the one that starts first, or the longer one, is kept.
 */
export function findAvoidPhrases(draft: string, phrasebooks: readonly Phrasebook[]): AvoidMatch[] {
  const matches: AvoidMatch[] = [];
  for (const book of phrasebooks) {
    for (const { item, locale, regex } of patternsOf(book)) {
      for (const found of draft.matchAll(regex)) {
        matches.push({ item, locale, start: found.index, end: found.index + found[0].length });
      }
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end || a.item.id.localeCompare(b.item.id, 'en'));
  const kept: AvoidMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last === undefined || match.start >= last.end) kept.push(match);
  }
  return kept;
}
