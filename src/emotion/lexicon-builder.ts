import { CONCERN_CUES, type ConcernCue } from './concern.ts';
import type {
  BoosterRole,
  CompiledThankedHarm,
  EmojiData,
  ExtraEntry,
  LanguageData,
  LexiconEntry,
  LexiconSources,
  ModifierRole,
} from './lexicon.ts';
import { tokenKeyOf } from './tokenize.ts';
import { type Flag, SCORED_EMOTIONS, type ScoredEmotion } from './types.ts';

/** Markers a data list switches on for its terms. */
type BooleanMarker =
  | 'worryFrame'
  | 'rhetorical'
  | 'courtesy'
  | 'request'
  | 'impatience'
  | 'screenQuote'
  | 'conditional'
  | 'surprise'
  | 'promiseFrame'
  | 'calm'
  | 'resolved'
  | 'scare'
  | 'claimed'
  | 'found';

interface Draft extends Omit<LexiconEntry, 'kind'> {
  neutral?: boolean;
  side: 'word' | 'char';
}

const VARIATION_SELECTOR = /\uFE0F/g;
/** Keys made of ASCII words are matched on tokens; anything else (Han, emoji, emoticons, bare numbers) on characters. */
const ASCII_WORD = /^[a-z0-9#' -]*[a-z][a-z0-9#' -]*$/;
/** Words ending in "?" or "!" ("hello?", "finally!"): the mark is the last step of a word phrase ("hello" → "?"). */
const PUNCTUATED_WORD = /^([a-z0-9#' -]*[a-z][a-z0-9#' -]*?)\s*([?!])\2*$/;
const HAN_SINGLE = /^[\u3400-\u9fff]$/;
const ASCII_ALNUM = /[a-z0-9]/;

/** Drafts keyed by side and normalized key, so the same term from different files merges into one entry. */
class LexiconBuilder {
  readonly drafts = new Map<string, Draft>();
  readonly fillers = new Set<string>();
  readonly blameSubjects = new Set<string>();
  readonly blameVerbs = new Set<string>();
  readonly blameStops = new Set<string>();
  readonly coldReplies = new Set<string>();
  readonly thankedHarms: CompiledThankedHarm[] = [];
  readonly contractions = new Map<string, readonly string[]>();

  draft(raw: string): Draft | undefined {
    const lowered = raw.replace(VARIATION_SELECTOR, '').toLowerCase();
    const punctuated = PUNCTUATED_WORD.exec(lowered);
    const side = punctuated || ASCII_WORD.test(lowered) ? 'word' : 'char';
    const key = punctuated
      ? `${tokenKeyOf(punctuated[1] as string)} ${punctuated[2]}`
      : side === 'word'
        ? tokenKeyOf(lowered)
        : lowered;
    if (key === '') return undefined;
    const id = `${side}:${key}`;
    let found = this.drafts.get(id);
    if (!found) {
      found = { key, side };
      this.drafts.set(id, found);
    }
    return found;
  }

  /**
   * Different keys can fall on one entry ("five stars" and "5 stars" are both "0 stars", "hello?" and "hello??" are one):
   * the entry keeps the larger weight, it does not add them up.
   */
  addWeights(raw: string, emotion: ScoredEmotion, weight: number): void {
    const d = this.draft(raw);
    if (!d) return;
    d.weights ??= {};
    d.weights[emotion] = Math.max(d.weights[emotion] ?? 0, weight);
  }

  addFlag(raw: string, flag: Flag): void {
    const d = this.draft(raw);
    if (d && !d.flags?.includes(flag)) d.flags = [...(d.flags ?? []), flag];
  }

  addLanguage(data: LanguageData): void {
    for (const emotion of SCORED_EMOTIONS) {
      for (const [term, weight] of Object.entries(data.lexicon[emotion])) this.addWeights(term, emotion, weight);
    }
    for (const term of data.lexicon.neutral) {
      const d = this.draft(term);
      if (d) d.neutral = true;
    }
    for (const [short, long] of Object.entries(data.contractions ?? {})) this.contractions.set(tokenKeyOf(short), long);
    const m = data.modifiers;
    this.setModifier(m.negators, 'negator');
    this.setModifier(m.contrast, 'contrast');
    this.setModifier(m.inquiry ?? [], 'inquiry');
    this.setModifier(m.retrospective ?? [], 'retrospective');
    this.setModifier(m.wish ?? [], 'wish');
    this.mark(m.worryFrames, 'worryFrame');
    this.mark(m.promiseFrames, 'promiseFrame');
    this.mark(m.rhetoricalFrames, 'rhetorical');
    for (const filler of m.phraseFillers ?? []) this.fillers.add(tokenKeyOf(filler));
    for (const subject of m.blameSubjects ?? []) this.blameSubjects.add(tokenKeyOf(subject));
    for (const verb of m.blameVerbs ?? []) this.blameVerbs.add(tokenKeyOf(verb));
    for (const stop of m.blameStops ?? []) this.blameStops.add(tokenKeyOf(stop));
    for (const word of m.coldReplies ?? []) this.coldReplies.add(word.toLowerCase());
    if (m.thankedHarm) {
      const harms = m.thankedHarm.harms ? new Set(m.thankedHarm.harms.map((h) => h.toLowerCase())) : undefined;
      for (const link of m.thankedHarm.links) this.thankedHarms.push({ link: link.toLowerCase(), harms });
    }
    this.setBoosters(m.intensifiers, 'intensifier');
    this.setBoosters(m.diminishers, 'diminisher');
    this.setBoosters(m.postIntensifiers ?? {}, 'postIntensifier');
    this.mark(m.courtesy, 'courtesy');
    this.mark(m.requests, 'request');
    this.mark(m.screenQuotes, 'screenQuote');
    this.mark(m.conditionals, 'conditional');
    this.mark(m.surprises, 'surprise');
    this.mark(m.calm, 'calm');
    this.mark(m.resolved, 'resolved');
    this.mark(m.scares, 'scare');
    this.mark(m.expectationGap?.claimed, 'claimed');
    this.mark(m.expectationGap?.found, 'found');
    // "already blocked it", 已经挂失了 say the problem is over: without weights of their own, they must not take
    // "blocked"'s worry or "already"'s impatience.
    for (const term of m.resolved ?? []) {
      const d = this.draft(term);
      if (d && !d.weights && d.valence === undefined) d.neutral = true;
    }
    // "不着急", "not urgent" carry no feeling of their own: they must not take 着急's or urgent's.
    for (const term of m.calm ?? []) {
      const d = this.draft(term);
      if (d) d.neutral = true;
    }
    this.mark(m.impatience, 'impatience');
    for (const term of m.sarcasm) {
      const d = this.draft(term);
      if (d) d.sarcasm ??= 'cue';
    }
    for (const term of m.sarcasmOnly) {
      const d = this.draft(term);
      if (d) d.sarcasm = 'sure';
    }
    for (const [cue, terms] of Object.entries(data.concern ?? {}) as [ConcernCue, string[]][]) {
      for (const term of terms) {
        const d = this.draft(term);
        if (d) d.concern = (d.concern ?? 0) | CONCERN_CUES[cue];
      }
    }
    const { context, ...flags } = data.flags;
    for (const [flag, terms] of Object.entries(flags) as [Flag, string[]][]) {
      for (const term of terms) this.addFlag(term, flag);
    }
    for (const [flag, terms] of Object.entries(context ?? {}) as [Flag, string[]][]) {
      for (const term of terms) {
        const d = this.draft(term);
        if (d && !d.contextFlags?.includes(flag)) d.contextFlags = [...(d.contextFlags ?? []), flag];
      }
    }
  }

  addEmoji(data: EmojiData): void {
    for (const emotion of SCORED_EMOTIONS) {
      for (const [emoji, weight] of Object.entries(data[emotion])) this.addWeights(emoji, emotion, weight);
    }
    for (const cue of data.sarcasmCues) {
      const d = this.draft(cue);
      if (d) d.sarcasm ??= 'cue';
    }
    for (const cue of data.tearCues ?? []) {
      const d = this.draft(cue);
      if (d) d.tears = true;
    }
    for (const cue of data.pleaCues ?? []) {
      const d = this.draft(cue);
      if (d) d.plea = true;
    }
    for (const cue of data.closingSarcasmCues ?? []) {
      const d = this.draft(cue);
      if (d) {
        d.sarcasm ??= 'cue';
        d.closingSarcasm = true;
      }
    }
  }

  /** AFINN-165 valence for words our lexicon does not cover; multi-word AFINN entries become phrases. */
  addValence(table: ReadonlyMap<string, number>): void {
    for (const [term, valence] of table) {
      const d = this.draft(term);
      if (d && d.side === 'word') d.valence = valence;
    }
  }

  addExtras(extras: readonly ExtraEntry[]): void {
    for (const extra of extras) {
      const d = this.draft(extra.term);
      if (!d) continue;
      d.neutral = false;
      d.valence = undefined;
      if (extra.weights) d.weights = { ...extra.weights };
      for (const flag of extra.flags ?? []) this.addFlag(extra.term, flag);
    }
  }

  /** Sets a yes/no marker on every term of a list. */
  private mark(terms: readonly string[] | undefined, marker: BooleanMarker): void {
    for (const term of terms ?? []) {
      const d = this.draft(term);
      if (d) d[marker] = true;
    }
  }

  private setModifier(terms: string[], role: ModifierRole): void {
    for (const term of terms) {
      const d = this.draft(term);
      if (d) d.modifier = role;
    }
  }

  private setBoosters(table: Record<string, number>, role: BoosterRole): void {
    for (const [term, scale] of Object.entries(table)) {
      const d = this.draft(term);
      if (d) {
        d.modifier = role;
        d.scale = scale;
      }
    }
  }
}

/**
 * Max-match would hide a flag, impatience, worry or sarcasm marker inside a longer entry ("急死了" hides "急",
 * "still waiting" hides "still"), so longer entries inherit the markers of the entries they contain.
 * Entries marked neutral exist to mask a misreading ("account manager") and inherit nothing.
 */
function inheritMarkers(drafts: Map<string, Draft>): void {
  // Only the few entries that carry a marker can pass one on: look phrases up in those alone, no longer than the
  // longest of them (loading the lexicon is on the path to the panel's first suggestions).
  const carriers = { word: new Map<string, Draft>(), char: new Map<string, Draft>() };
  const longest = { word: 0, char: 0 };
  for (const d of drafts.values()) {
    if (!(d.flags || d.contextFlags || d.impatience || d.concern || d.sarcasm)) continue;
    carriers[d.side].set(d.key, d);
    longest[d.side] = Math.max(longest[d.side], unitsOf(d).length);
  }
  for (const d of drafts.values()) {
    if (d.neutral || d.modifier || !isPhraseKey(d)) continue;
    const units = unitsOf(d);
    const joiner = d.side === 'word' ? ' ' : '';
    const found = carriers[d.side];
    for (let i = 0; i < units.length; i++) {
      const most = Math.min(longest[d.side], units.length - i - (i === 0 ? 1 : 0));
      for (let length = 1; length <= most; length++) {
        const m = found.get(length === 1 ? (units[i] as string) : units.slice(i, i + length).join(joiner));
        if (m && m !== d) inheritFrom(d, m);
      }
    }
  }
}

function inheritFrom(d: Draft, m: Draft): void {
  for (const flag of m.flags ?? []) if (!d.flags?.includes(flag)) d.flags = [...(d.flags ?? []), flag];
  for (const flag of m.contextFlags ?? []) {
    if (!d.contextFlags?.includes(flag)) d.contextFlags = [...(d.contextFlags ?? []), flag];
  }
  // "thanks again", "好评again": praise that repeats itself is not impatience.
  if (m.impatience && !praises(d)) d.impatience = true;
  // A how-to opener inside "when can i" does not make the longer phrase a how-to question.
  if (m.concern) d.concern = (d.concern ?? 0) | (m.concern & ~CONCERN_CUES.procedural);
  if (m.sarcasm && !d.sarcasm) d.sarcasm = 'cue';
}

function unitsOf(d: Draft): string[] {
  return d.side === 'word' ? d.key.split(' ') : [...d.key];
}

/**
 * "doesn't work" also matches "does not work": every word-side entry with a contraction gets a copy under each long
 * form that no entry has yet. Negators are left alone ("not" is one already), and so is a contraction followed by its
 * subject ("why don't you" is "why do you not", which no customer types that way round).
 */
function expandContractions(drafts: Map<string, Draft>, contractions: ReadonlyMap<string, readonly string[]>): void {
  if (contractions.size === 0) return;
  const copies: Draft[] = [];
  for (const d of drafts.values()) {
    if (d.side !== 'word' || d.modifier === 'negator' || !d.key.includes("'")) continue;
    const words = d.key.split(' ');
    if (words.some((w, i) => w.endsWith("n't") && SUBJECTS.has(words[i + 1] ?? ''))) continue;
    let forms = [''];
    for (const word of words) {
      const long = contractions.get(word) ?? [word];
      forms = forms.flatMap((form) => long.map((l) => (form ? `${form} ${l}` : l)));
    }
    for (const key of forms) {
      if (key !== d.key && !drafts.has(`word:${key}`))
        copies.push({ ...d, key, weights: d.weights && { ...d.weights } });
    }
  }
  for (const copy of copies) if (!drafts.has(`word:${copy.key}`)) drafts.set(`word:${copy.key}`, copy);
}

const SUBJECTS = new Set(['i', 'you', 'we', 'they', 'it', 'he', 'she']);

/** Chinese negators a phrase may end in and still negate what follows (还没, 一直没有, 从来不); 别 forbids, it does not negate a fact. */
const TRAILING_CHAR_NEGATORS = ['没', '没有', '不'];

/** Marks phrases whose last word is a negator ("still not", 还没): max-match would otherwise swallow the negation. */
function markTrailingNegators(drafts: Map<string, Draft>): void {
  const wordNegators = new Set<string>();
  for (const d of drafts.values()) if (d.modifier === 'negator' && d.side === 'word') wordNegators.add(d.key);
  for (const d of drafts.values()) {
    if (d.modifier || d.neutral || !isPhraseKey(d)) continue;
    const trailing =
      d.side === 'word'
        ? wordNegators.has(d.key.slice(d.key.lastIndexOf(' ') + 1))
        : TRAILING_CHAR_NEGATORS.some((negator) => d.key.endsWith(negator));
    if (trailing) d.negatesNext = true;
  }
}

/** True when the draft's strongest weight is praise. */
function praises(d: Draft): boolean {
  const positive = d.weights?.positive ?? 0;
  if (positive <= 0) return false;
  for (const emotion of SCORED_EMOTIONS) if ((d.weights?.[emotion] ?? 0) > positive) return false;
  return true;
}

function isPhraseKey(d: Draft): boolean {
  return d.side === 'word' ? d.key.includes(' ') : d.key.length > 1;
}

function hasScore(d: Draft | undefined): boolean {
  return d !== undefined && !d.neutral && (d.weights !== undefined || d.valence !== undefined);
}

/**
 * A phrase listed only as a marker ("so helpful" as a sarcasm cue, "fuck you" as abuse) would hide the words inside
 * it from max-match; it scores what its words score, found by max-match over the scored entries.
 */
function inheritWeights(drafts: Map<string, Draft>): void {
  for (const d of drafts.values()) {
    if (hasScore(d) || d.neutral || d.modifier || !isPhraseKey(d)) continue;
    const units = unitsOf(d);
    const joiner = d.side === 'word' ? ' ' : '';
    let i = 0;
    while (i < units.length) {
      let found: Draft | undefined;
      let length = units.length - i;
      for (; length > 0 && !found; length--) {
        const part = drafts.get(`${d.side}:${units.slice(i, i + length).join(joiner)}`);
        // A neutral word inside the phrase (麻烦 in 麻烦帮) keeps its characters from scoring (烦).
        if (part && part !== d && (hasScore(part) || part.neutral)) found = part;
      }
      i += found ? length + 1 : 1;
      if (!found || found.neutral) continue;
      if (found.valence !== undefined) d.valence = (d.valence ?? 0) + found.valence;
      for (const [emotion, weight] of Object.entries(found.weights ?? {}) as [ScoredEmotion, number][]) {
        d.weights ??= {};
        d.weights[emotion] = (d.weights[emotion] ?? 0) + weight;
      }
    }
  }
}

function finish(d: Draft): LexiconEntry | undefined {
  if (d.neutral) {
    d.weights = undefined;
    d.valence = undefined;
  } else if (d.weights) {
    d.valence = undefined;
  }
  const marked =
    d.flags ||
    d.contextFlags ||
    d.modifier ||
    d.impatience ||
    d.sarcasm ||
    d.concern ||
    d.worryFrame ||
    d.promiseFrame ||
    d.closingSarcasm ||
    d.tears ||
    d.plea ||
    d.request ||
    d.screenQuote ||
    d.conditional ||
    d.surprise ||
    d.calm ||
    d.resolved ||
    d.scare ||
    d.claimed ||
    d.found ||
    d.negatesNext ||
    d.rhetorical;
  if (!d.weights && d.valence === undefined && !marked && !d.neutral) return undefined;
  const kind = d.side === 'char' && isEmojiKey(d.key) ? 'emoji' : isPhraseKey(d) ? 'phrase' : 'term';
  const { neutral: _neutral, side: _side, ...entry } = d;
  const out: LexiconEntry = { ...entry, kind };
  if (d.side === 'char') {
    if (HAN_SINGLE.test(d.key) && !d.modifier) out.wordCheck = true;
    if (ASCII_ALNUM.test(d.key[0] ?? '')) out.asciiStart = true;
    if (ASCII_ALNUM.test(d.key[d.key.length - 1] ?? '')) out.asciiEnd = true;
  }
  return out;
}

function isEmojiKey(key: string): boolean {
  return key.startsWith('[') || !/[\u3400-\u9fff0-9]/.test(key);
}

export interface CollectedEntry {
  side: 'word' | 'char';
  key: string;
  entry: LexiconEntry;
}

/** Merges every source into one entry per term, ready to be put into the lookup structures. */
export function collectEntries(sources: LexiconSources, extras: readonly ExtraEntry[]) {
  const builder = new LexiconBuilder();
  builder.addValence(sources.valence);
  for (const language of sources.languages) builder.addLanguage(language);
  builder.addEmoji(sources.emoji);
  builder.addExtras(extras);
  expandContractions(builder.drafts, builder.contractions);
  inheritWeights(builder.drafts);
  inheritMarkers(builder.drafts);
  markTrailingNegators(builder.drafts);
  const entries: CollectedEntry[] = [];
  for (const d of builder.drafts.values()) {
    const entry = finish(d);
    if (entry) entries.push({ side: d.side, key: d.key, entry });
  }
  const { fillers, blameSubjects, blameVerbs, blameStops, coldReplies, thankedHarms } = builder;
  return { entries, fillers, blameSubjects, blameVerbs, blameStops, coldReplies, thankedHarms };
}
