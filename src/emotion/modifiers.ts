import { endsClause } from './clauses.ts';
import type { BoosterRole, EmotionWeights, ScoredEmotion } from './lexicon.ts';
import type { Match } from './match.ts';

/** VADER looks three words back for a negator; Chinese negators sit closer (不太满意, 没有让我满意). */
export const NEGATION_SCOPE = { token: 3, char: 4 } as const;
/** "I hope this can be solved", "was supposed to be fixed by now": a wish reaches the outcome words of its clause. */
export const WISH_SCOPE = { token: 12, char: 12 } as const;
/** "不会出事吧", "该不会又扣钱了吧": a guess at something feared is worry enough to name. */
export const WORRY_FRAME_POINTS = 1.5;
/** The particle that closes a worried guess (吧) or a rhetorical question (吗) at the end of its clause. */
const WORRY_FRAME_CLOSER = 0x5427;
const RHETORICAL_CLOSER = 0x5417;

/**
 * Where a worried guess opened at `from` closes: the end of 吧 when it is the last character of the clause and at least
 * one character stands between (不会…吧; a bare 不会吧 is its own phrase), else -1.
 */
export function worryFrameEnd(text: string, from: number): number {
  return frameEnd(text, from, WORRY_FRAME_CLOSER);
}

/** "这不是欺负老年人吗": a 不是 whose clause ends in 吗 asserts what it seems to deny (see `worryFrameEnd`). */
export function rhetoricalFrameEnd(text: string, from: number): number {
  return frameEnd(text, from, RHETORICAL_CLOSER);
}

/** "说好的今天上门呢", "不是说三天到账吗": a promise thrown back at the company is a let-down. */
export const PROMISE_FRAME_POINTS = 1.5;
const PROMISE_FRAME_CLOSERS = [0x5462, RHETORICAL_CLOSER];

/** Where a promise quoted back (说好的…呢, 不是说…吗) closes, as `worryFrameEnd` says it. */
export function promiseFrameEnd(text: string, from: number): number {
  for (const closer of PROMISE_FRAME_CLOSERS) {
    const end = frameEnd(text, from, closer);
    if (end > 0) return end;
  }
  return -1;
}

function frameEnd(text: string, from: number, closer: number): number {
  let i = from;
  while (i < text.length && !endsClause(text, i)) i++;
  let last = i - 1;
  while (last >= from && text.charCodeAt(last) === 0x20) last--;
  return last > from && text.charCodeAt(last) === closer ? last + 1 : -1;
}

/** Degree words qualify the next word or two ("so very angry", 非常非常生气, 太让人失望). */
export const BOOSTER_SCOPE = { token: 2, char: 3 } as const;
/** A post-posed degree word (急死了, 差透了) must follow its term directly. */
export const POST_BOOSTER_GAP = 1;
/** "not happy" is a let-down rather than plain anger: a negated positive term counts this share as disappointed. */
export const NEGATED_POSITIVE_SHARE = 0.8;
/** "not worried", "不着急": a negated negative term is cancelled, not turned into praise. */
export const NEGATED_NEGATIVE_FACTOR = 0;
/** VADER's contrast rule: the clause after "but" carries the speaker's point, the one before it less. */
export const CONTRAST_BEFORE_WEIGHT = 0.5;
export const CONTRAST_AFTER_WEIGHT = 1.5;
/** VADER's C_INCR is 0.733 on a -4..4 scale; a capitalised term in a mixed-case message gets half again. */
export const CAPS_EMPHASIS = 0.5;
/** Shouting: at least this many letters, and at least this share of them upper-case. */
export const SHOUT_MIN_LETTERS = 8;
export const SHOUT_MIN_UPPER_SHARE = 0.7;
/** Points a shouted message adds to anger on top of its words. */
export const SHOUT_POINTS = 1.5;
/** VADER adds 0.292 per "!" up to 4; on our point scale each "!" boosts the leading emotion by this share. */
export const EXCLAMATION_BOOST = 0.15;
export const EXCLAMATION_MAX_COUNT = 4;
/** "!!" with no emotional word at all still reads as raised voice. */
export const BARE_EXCLAMATION_POINTS = 0.8;
/** "???" / "？？？": pressing for an answer. */
export const QUESTION_RUN_POINTS = 1.2;
/** "?!" / "！？": indignant disbelief. */
export const INTERROBANG_POINTS = 1.5;
/** Three separate questions in one message read as anxious pressing. */
export const REPEATED_QUESTION_MIN = 3;
export const REPEATED_QUESTION_POINTS = 1;
/** "still", "again", 又, 还是 next to a complaint: impatience, which reads as anger. */
export const IMPATIENCE_POINTS = 1;
/** "still waiting?" with no complaint word: impatience reads as anxious pressing. */
export const IMPATIENCE_QUESTION_POINTS = 0.8;
/** A complaint this strong (anger and let-down) makes a bare thanks next to it manners, asked or not. */
export const COURTESY_COMPLAINT_MIN_POINTS = 1.5;
/** "I was worried at first", "本来急坏了": a feeling the customer says is over counts half. */
export const RETROSPECTIVE_WEIGHT = 0.5;
/** One-word sentences in a row that read as raised voice ("Stop. Telling. Me. To. Restart."). */
export const STACCATO_MIN_WORDS = 4;
/** Thanks or relief this strong make a fright told in the message one that is over. */
export const SCARE_RELIEF_MIN_POSITIVE = 2;
/** A let-down told as two facts, what was claimed and what was found ("详情页写的实木，收到是颗粒板"). */
export const EXPECTATION_GAP_POINTS = 2;
/** Folded hands that thank count as much as their WeChat twin [合十]. */
export const PLEA_THANKS_POINTS = 1.5;
/** What the problem words in the clause of a resolution ("has been fixed", 已经处理了) keep of their points. */
export const RESOLVED_WEIGHT = 0.25;
/** A sarcastic cue counts only when the complaint around it weighs at least this much. */
export const SARCASM_MIN_NEGATIVE = 1;
/** Points sarcasm adds to anger once the praise has been moved there. */
export const SARCASM_POINTS = 1;
/** An unmistakable sarcastic phrase ("thanks for nothing", 好一个) is anger on its own. */
export const SARCASM_SURE_POINTS = 2;

/** "you"/"your" and a harm verb within this many words: "your app deleted", "you just cut off". */
export const BLAME_WINDOW = 3;
/** Blame on its own is a clear sign of anger. */
export const BLAME_POINTS = 1.5;
/** A bare thanks closing a request ("…? Thanks.") keeps this share of its points: manners, below the bar. */
export const COURTESY_FACTOR = 0.4;
/** However boosted ("…but which is quicker? Thanks."), courtesy thanks add up to at most this: below the bar. */
export const COURTESY_MAX_POINTS = 1;
/** A vulnerable person or a medical need next to a problem: worry for them. */
export const CONTEXT_FLAG_POINTS = 0.8;
/** Quoting the company's promise back is an expectation gap; not enough alone to name an emotion. */
export const SCARE_QUOTE_POINTS = 1;
/** Quoted words longer than this are a quotation, not a scare quote. */
export const SCARE_QUOTE_MAX_CHARS = 32;
/** A message trailing off in "..." sighs; not enough alone to name an emotion. */
export const ELLIPSIS_POINTS = 1;
/** A reply this short that trails off ("ok...", "哦。。。") is a cold one: enough to name a let-down. */
export const BARE_REPLY_MAX_CHARS = 8;
export const BARE_ELLIPSIS_POINTS = 1.5;

export interface ModifierState {
  clause: number;
  unit: Match['unit'];
  posEnd: number;
  match: Match;
}

export interface BoosterState extends ModifierState {
  role: BoosterRole;
  scale: number;
}

/** The modifier reaches the term: same clause, same script, and near enough before it. */
export function inScope(
  modifier: ModifierState | undefined,
  term: Match,
  clause: number,
  scope: Record<Match['unit'], number>,
): boolean {
  if (!modifier || modifier.clause !== clause || modifier.unit !== term.unit) return false;
  const gap = term.pos - modifier.posEnd;
  return gap >= 0 && gap < scope[term.unit];
}

export function negateWeights(weights: EmotionWeights): EmotionWeights {
  const out: EmotionWeights = {};
  for (const [emotion, weight] of Object.entries(weights) as [ScoredEmotion, number][]) {
    if (emotion === 'positive') out.disappointed = (out.disappointed ?? 0) + weight * NEGATED_POSITIVE_SHARE;
    else if (NEGATED_NEGATIVE_FACTOR > 0) out[emotion] = (out[emotion] ?? 0) + weight * NEGATED_NEGATIVE_FACTOR;
  }
  return out;
}

export function boosterFactor(booster: Pick<BoosterState, 'role' | 'scale'>): number {
  return booster.role === 'diminisher' ? booster.scale : 1 + booster.scale;
}

/** Weight of a term by where it stands relative to the last "but"/但是 in the message. */
export function contrastWeight(start: number, contrastAt: number): number {
  if (contrastAt < 0) return 1;
  return start < contrastAt ? CONTRAST_BEFORE_WEIGHT : CONTRAST_AFTER_WEIGHT;
}

export function isShouting(letters: number, upperLetters: number): boolean {
  return letters >= SHOUT_MIN_LETTERS && upperLetters / letters >= SHOUT_MIN_UPPER_SHARE;
}

export interface PunctuationSignal {
  start: number;
  end: number;
  rule: 'exclamation' | 'question_marks' | 'interrobang' | 'repeated_questions';
  count: number;
}

const PUNCTUATION_RUN = /[!?\uff01\uff1f]+/g;

/** Runs of "!", "?" and their full-width forms, found by one native scan per message. */
export function punctuationSignals(text: string): PunctuationSignal[] {
  const signals: PunctuationSignal[] = [];
  let bangs = 0;
  let firstBang = -1;
  let questions = 0;
  let firstQuestion = -1;
  PUNCTUATION_RUN.lastIndex = 0;
  for (let run = PUNCTUATION_RUN.exec(text); run; run = PUNCTUATION_RUN.exec(text)) {
    const start = run.index;
    const end = start + run[0].length;
    let b = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x21 || c === 0xff01) b++;
    }
    const q = end - start - b;
    if (b > 0 && q > 0) signals.push({ start, end, rule: 'interrobang', count: b + q });
    else if (q >= 2) signals.push({ start, end, rule: 'question_marks', count: q });
    if (b > 0) {
      bangs += b;
      if (firstBang < 0) firstBang = start;
    }
    if (q > 0) {
      questions++;
      if (firstQuestion < 0) firstQuestion = start;
    }
  }
  if (bangs >= 1) signals.push({ start: firstBang, end: firstBang + 1, rule: 'exclamation', count: bangs });
  if (questions >= REPEATED_QUESTION_MIN) {
    signals.push({ start: firstQuestion, end: firstQuestion + 1, rule: 'repeated_questions', count: questions });
  }
  return signals;
}

/** The closing mark for an opening quote mark: "…", “…”, 「…」, ‘…’. */
function closingQuote(c: number): number {
  switch (c) {
    case 0x22:
      return 0x22;
    case 0x201c:
      return 0x201d;
    case 0x300c:
      return 0x300d;
    case 0x2018:
      return 0x2019;
    default:
      return -1;
  }
}

const APOSTROPHE = 0x27;

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
}

/** Where a quote opened at `i` closes; a straight ' closes only after a word, not inside one ("'we're'"). */
function closingAt(text: string, i: number, close: number): number {
  let end = i + 1;
  for (; end < text.length; end++) {
    if (text.charCodeAt(end) !== close) continue;
    if (close !== APOSTROPHE) return end;
    if (isWordChar(text.charCodeAt(end - 1)) && !isWordChar(text.charCodeAt(end + 1))) return end;
  }
  return end;
}

/** Quoted spans up to `maxChars` long ("express", 'express', “极速退款”), with the quote marks. */
export function scareQuotes(text: string, maxChars = SCARE_QUOTE_MAX_CHARS): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const close = c === APOSTROPHE ? (i > 0 && isWordChar(text.charCodeAt(i - 1)) ? -1 : APOSTROPHE) : closingQuote(c);
    if (close < 0) continue;
    const end = closingAt(text, i, close);
    if (end >= text.length) {
      // An unclosed ' is an apostrophe ("'cause"); look on for other quotes.
      if (close === APOSTROPHE) continue;
      break;
    }
    if (end - i - 1 >= 1 && end - i - 1 <= maxChars) spans.push({ start: i, end: end + 1 });
    i = end;
  }
  return spans;
}

/** How long a run of each ending character must be to read as trailing off: "...", "…", "。。。". */
const ELLIPSIS_MIN_RUN: Readonly<Record<number, number>> = { 46: 3, 8230: 1, 12290: 3 };

export function trailingEllipsis(text: string): { start: number; end: number } | undefined {
  let end = text.length - 1;
  while (end >= 0 && text.charCodeAt(end) <= 0x20) end--;
  const last = text.charCodeAt(end);
  const minRun = ELLIPSIS_MIN_RUN[last];
  if (minRun === undefined) return undefined;
  // One walk back over the run: linear however many dots a customer types.
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) === last) start--;
  return end - start + 1 >= minRun ? { start, end: end + 1 } : undefined;
}
