import { endsClause, isHan } from './clauses.ts';
import type { Match } from './match.ts';
import type { Tally } from './tally.ts';
import { EMOTION_MIN_POINTS } from './verdict.ts';

/**
 * Worry without emotion words: "when will my order arrive?", "I need this by Friday", 会不会又扣钱. No single cue is
 * worry ("when", "my order", "Friday" are in plain questions too); two kinds of cue together are. The kinds, one bit
 * each so a phrase can carry several ("when will my" is pending + stake):
 */
export const CONCERN_CUES = {
  /** The outcome has not happened yet: "when will", "any update", "still not received", 什么时候能到, 有没有进展. */
  pending: 1,
  /** A cost the customer fears: "charged twice", "late fee", "expires", "cancelled", 扣钱, 逾期, 冻结. */
  consequence: 2,
  /** A deadline or time pressure: "by Friday", "in time", "asap", 来得及, 急用, 之前. */
  deadline: 4,
  /** The customer's own stake: "my order", "I paid", 我的订单, 我付了. */
  stake: 8,
  /** Hedging, hoping or needing: "I'm not sure", "hopefully", "I really need", "make sure", 万一, 能不能保证. */
  hedge: 16,
  /** An outcome verb ("arrive", "shipped", 发货, 到账): pending when its sentence asks about it. */
  outcome: 32,
  /** A how-to or hypothetical opener ("how do I", "what happens if", 的话, 一般): that sentence asks for information. */
  procedural: 64,
  /** An indirect question ("I would like to know", "can you tell me", 想问一下): its outcome verbs ask too. */
  asking: 128,
} as const;
export type ConcernCue = keyof typeof CONCERN_CUES;

/** A matched term carrying worry cues, as the reader found it. */
export interface ConcernMatch {
  start: number;
  end: number;
  sentence: number;
  /** CONCERN_CUES bits; a negated hedge ("not worried", "don't need") is left out. */
  kinds: number;
}

/** Two kinds of cue together name worry on their own, like one clear word (EMOTION_MIN_POINTS). */
export const CONCERN_POINTS = EMOTION_MIN_POINTS;
/** Each further kind of cue ("my deposit" + "by Friday" + "not sure") makes the worry plainer. */
export const CONCERN_EXTRA_KIND_POINTS = 0.4;

const { pending, consequence, deadline, stake, hedge, outcome, procedural, asking } = CONCERN_CUES;
/** The outcome side of worry: at least one of these must be present, or it is only a customer talking about theirs. */
const OUTCOME_KINDS = pending | consequence | deadline;
/**
 * In a how-to or hypothetical sentence, "my account", "fails" and "arrived" describe the case asked about ("what
 * happens if my payment fails?", "can I return an item that arrived damaged?"); time pressure and hedging still count.
 */
const DESCRIPTIVE_KINDS = stake | consequence | outcome;
/** "I placed the order today": the customer's thing and a date, with nothing pending or feared, is a plain fact. */
const FACT_KINDS = stake | deadline;
/** Kinds that mark a whole sentence rather than count as worry themselves. */
const SENTENCE_KINDS = procedural | asking;
/** Not in the data: asking about something pending ("how long will this take?") is chasing it, a kind of its own. */
const CHASING = 256;

/** 没 (有) closing a clause after a verb asks "has it or not" (修好没, 到账了没有); after these it states "not yet". */
const NOT_YET_BEFORE_MEI = ['还', '也', '都', '并', '从', '就', '又', '再', '可', '根本', '一直'];
/** Particles a spoken question may trail after its 没 ("修好了没啊"). */
const TRAILING_PARTICLES = '啊呀啦哈嘛呐';

/**
 * "暖气修好了没 家里冷" is asked without a question mark, as voice typing and quick chat often are: the clause closes
 * with 没/没有 right after a verb.
 */
function endsInMeiQuestion(text: string, from: number, end: number): boolean {
  let i = end;
  while (i > from && TRAILING_PARTICLES.includes(text.charAt(i - 1))) i--;
  if (text.charAt(i - 1) === '有') i--;
  if (i - 1 < from || text.charAt(i - 1) !== '没' || !isHan(text.charCodeAt(i - 2))) return false;
  const before = text.slice(Math.max(0, i - 3), i - 1);
  return !NOT_YET_BEFORE_MEI.some((word) => before.endsWith(word));
}

/**
 * True when the clause that goes on at `from` is a question ("…arrive?", "发货了吗", "到账了没"). The clause ends at a
 * comma too: "My valve arrived, when can the installer come?" asks about the installer, not the valve.
 */
export function asksFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3f || c === 0xff1f || c === 0x5417) return true;
    if (endsClause(text, i)) return endsInMeiQuestion(text, from, i);
  }
  return endsInMeiQuestion(text, from, text.length);
}

/** The cues a match carries; "not worried", "don't need it" are no hedge, but "don't cancel" still fears a cost. */
export function concernMatch(m: Match, negated: boolean): ConcernMatch {
  const kinds = m.entry.concern ?? 0;
  return { start: m.start, end: m.end, sentence: m.sentence, kinds: negated ? kinds & ~hedge : kinds };
}

/** An outcome word ("solved", "fixed", 修好) praises only when it happened, not when wished for or asked about. */
export function isOutcome(entry: Match['entry']): boolean {
  return ((entry.concern ?? 0) & outcome) !== 0;
}

/** Sentences as bits of one number (messages past 31 sentences share the last bit). */
function sentenceBit(m: ConcernMatch): number {
  return 1 << Math.min(m.sentence, 30);
}

function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits; b > 0; b &= b - 1) count++;
  return count;
}

/**
 * Adds worry when the message names an outcome (pending, a consequence or a deadline) together with another kind of
 * cue. A message whose words already name another emotion ahead of worry keeps it: a complaint's "still not received"
 * is a grievance, and a thank-you's "today" is not a deadline.
 */
export function concernCheck(tally: Tally, cues: readonly ConcernMatch[]): void {
  if (cues.length === 0) return;
  const { angry, disappointed, positive, anxious } = tally.scores;
  const named = Math.max(angry, disappointed, positive);
  if (named >= EMOTION_MIN_POINTS && named > anxious) return;
  let proceduralSentences = 0;
  let askingSentences = 0;
  for (const m of cues) {
    const bits = m.kinds;
    if (bits & procedural) proceduralSentences |= sentenceBit(m);
    if (bits & asking) askingSentences |= sentenceBit(m);
  }
  let kinds = 0;
  const reasons: ConcernMatch[] = [];
  for (const m of cues) {
    let bits = m.kinds & ~SENTENCE_KINDS;
    const informational = (proceduralSentences & sentenceBit(m)) !== 0;
    if (informational) bits &= ~DESCRIPTIVE_KINDS;
    if (bits & (outcome | pending)) {
      const asks = askingSentences & sentenceBit(m) || asksFrom(tally.text, m.end);
      if (asks && bits & pending && !informational) bits |= CHASING;
      if (bits & outcome) bits = (bits & ~outcome) | (asks ? pending : 0);
    }
    if ((bits & ~kinds) === 0) continue;
    kinds |= bits;
    reasons.push(m);
  }
  const count = bitCount(kinds);
  if ((kinds & OUTCOME_KINDS) === 0 || count < 2 || kinds === FACT_KINDS) return;
  const points = CONCERN_POINTS + (count - 2) * CONCERN_EXTRA_KIND_POINTS;
  for (const m of reasons) tally.add(m, 'signal', 'concern', 'anxious', points / reasons.length);
}
