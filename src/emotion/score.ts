import { closesText, endsClauseAt, sentenceAsks } from './clauses.ts';
import { asksFrom, concernMatch, isOutcome } from './concern.ts';
import { profileText } from './language.ts';
import { inSpans, type Layout, layoutOf } from './layout.ts';
import {
  type CompiledLexicon,
  type EmotionWeights,
  type LexiconEntry,
  SCORED_EMOTIONS,
  type ScoredEmotion,
} from './lexicon.ts';
import { type Match, matchChars, matchWords } from './match.ts';
import {
  BOOSTER_SCOPE,
  type BoosterState,
  boosterFactor,
  CAPS_EMPHASIS,
  contrastWeight,
  inScope,
  isShouting,
  type ModifierState,
  NEGATED_POSITIVE_SHARE,
  NEGATION_SCOPE,
  negateWeights,
  POST_BOOSTER_GAP,
  PROMISE_FRAME_POINTS,
  promiseFrameEnd,
  RETROSPECTIVE_WEIGHT,
  rhetoricalFrameEnd,
  WISH_SCOPE,
  WORRY_FRAME_POINTS,
  worryFrameEnd,
} from './modifiers.ts';
import { applySignals, POOL_DEFAULT_EMOTION } from './signals.ts';
import { Tally } from './tally.ts';
import { tokenize } from './tokenize.ts';
import type { Evidence, Flag, Lang, MessageEmotion } from './types.ts';
import { dominantEmotion, EMOTION_MIN_POINTS, intensityOf } from './verdict.ts';

/** AFINN-165 runs -5..5; half a point per step makes a -3 word ("awful") a clear 1.5, a ±2 word alone not enough. */
export const AFINN_POINTS_PER_UNIT = 0.5;
/** AFINN -4 and -5 are slurs and profanity ("fuck", "bastard"): anger, whatever else the message says. */
export const AFINN_ANGRY_FROM = -4;
/** Points a flag adds to the emotion it signals, on top of the words that raised it. */
export const FLAG_POINTS: Record<Flag, { emotion: ScoredEmotion; points: number }> = {
  abusive: { emotion: 'angry', points: 3 },
  escalation_threat: { emotion: 'angry', points: 1.5 },
  churn: { emotion: 'disappointed', points: 1.5 },
  urgent: { emotion: 'anxious', points: 1 },
};
/** In a how-to question ("how do I return a damaged item?") problem words describe; they count this much. */
export const INQUIRY_FACTOR = 0.3;
/**
 * Problem words of one how-to question together stay below the bar (EMOTION_MIN_POINTS): "赶不及…会有滞纳金吗" asks
 * about two problems and still only asks.
 */
export const INQUIRY_MAX_POINTS = 1;
/** Words this strong ("furious", 着急) keep their weight even inside a how-to question. */
export const INQUIRY_KEEP_WEIGHT = 3;

export interface ScoreOptions {
  modifiers: boolean;
  lang?: Lang;
}

interface EmotionalTerm {
  evidence: Evidence[];
  clause: number;
  unit: Match['unit'];
  posEnd: number;
}

function mergeByStart(a: Match[], b: Match[]): Match[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return a.concat(b).sort((x, y) => x.start - y.start);
}

/** The strongest single weight of an entry, on the lexicon's scale (AFINN valence converted). */
function maxWeight(entry: LexiconEntry): number {
  if (!entry.weights) return Math.abs(entry.valence ?? 0) * AFINN_POINTS_PER_UNIT;
  let max = 0;
  for (const emotion of SCORED_EMOTIONS) max = Math.max(max, entry.weights[emotion] ?? 0);
  return max;
}

function isEmotional(entry: LexiconEntry): boolean {
  return entry.weights !== undefined || entry.valence !== undefined;
}

/** Reads every match left to right, carrying negation and degree words forward to the terms they qualify. */
class MessageReader {
  private negator: ModifierState | undefined;
  private wish: ModifierState | undefined;
  private booster: BoosterState | undefined;
  private lastTerm: EmotionalTerm | undefined;
  private clause = 0;
  private inquiry = false;
  /** The let-down of a "没想到" / "didn't expect" just read, until the words after it in its clause decide. */
  private surprise: { evidence: Evidence[]; clause: number; alone: boolean } | undefined;
  /** Points of AFINN negatives the damped words of how-to questions have added (they join an emotion later). */
  private inquiryPool = 0;
  /** Points the damped words of how-to questions have added so far, per emotion (INQUIRY_MAX_POINTS). */
  private readonly inquiryPoints: Record<ScoredEmotion, number> = {
    angry: 0,
    anxious: 0,
    disappointed: 0,
    positive: 0,
  };

  constructor(
    private readonly tally: Tally,
    private readonly matches: readonly Match[],
    private readonly layout: Layout,
    private readonly modifiers: boolean,
    private readonly shouting: boolean,
  ) {}

  read(): void {
    for (let idx = 0; idx < this.matches.length; idx++) {
      const m = this.matches[idx] as Match;
      this.clause = m.clause;
      // Other people's words (a screen's "Payment failed, try again", the 马上 of 说好的马上处理呢) describe the case,
      // as the words of a how-to question do; their "again" is not the customer's impatience.
      const shown = this.layout.quoted.length > 0 && inSpans(this.layout.quoted, m);
      this.inquiry = shown || (this.layout.inquiries.length > 0 && this.layout.inquiries.includes(m.sentence));
      if (m.entry.impatience && !shown) this.tally.impatience.push(m);
      if ((m.entry.request || m.entry.modifier === 'inquiry') && this.tally.firstRequestAt < 0) {
        this.tally.firstRequestAt = m.start;
      }
      if (m.entry.concern) {
        this.tally.concern.push(concernMatch(m, this.modifiers && inScope(this.negator, m, m.clause, NEGATION_SCOPE)));
      }
      if (m.entry.sarcasm) {
        this.tally.sarcasm.push({
          start: m.start,
          end: m.end,
          sure: m.entry.sarcasm === 'sure',
          leading: m.clause === 0,
          closing: m.entry.closingSarcasm === true && closesText(this.tally.text, m.end),
          opening: m.entry.closingSarcasm === true && this.tally.text.slice(0, m.start).trim() === '',
        });
      }
      if (this.modifiers && m.entry.worryFrame && this.readWorryFrame(m)) continue;
      if (this.modifiers && m.entry.promiseFrame) this.readPromiseFrame(m);
      if (this.modifiers && m.entry.rhetorical && rhetoricalFrameEnd(this.tally.text, m.end) > 0) {
        // "这不是坑人吗" says it is: the 不是 negates nothing.
        if (m.entry.modifier !== 'negator') this.readTerm(m);
        continue;
      }
      if (this.modifiers && this.readModifier(m, this.matches[idx + 1])) continue;
      this.readTerm(m);
      if (this.modifiers && m.entry.negatesNext) {
        this.negator = { clause: this.clause, unit: m.unit, posEnd: m.posEnd, match: m };
      }
    }
  }

  /** "不会出事吧": the clause guesses at something feared; its 不会 negates nothing. True when the frame closed. */
  private readWorryFrame(m: Match): boolean {
    const end = worryFrameEnd(this.tally.text, m.end);
    if (end < 0) return false;
    this.tally.add({ start: m.start, end }, 'signal', 'worry_frame', 'anxious', WORRY_FRAME_POINTS);
    if (m.entry.modifier !== 'negator') this.readTerm(m);
    return true;
  }

  /** "说好的今天上门呢": the promise is thrown back; the words it quotes were read as quoted (see `Layout.quoted`). */
  private readPromiseFrame(m: Match): void {
    const end = promiseFrameEnd(this.tally.text, m.end);
    if (end > 0)
      this.tally.add({ start: m.start, end }, 'signal', 'promise_frame', 'disappointed', PROMISE_FRAME_POINTS);
  }

  /** True when the match acted as a modifier; degree words that are also emotion words act as words when alone. */
  private readModifier(m: Match, next: Match | undefined): boolean {
    const { entry } = m;
    const state = { clause: this.clause, unit: m.unit, posEnd: m.posEnd, match: m };
    switch (entry.modifier) {
      case 'negator':
        this.negator = state;
        return true;
      case 'wish':
        // "I need", "hope" may also be words of their own ("need" hedges, "hope" is mild praise).
        this.wish = state;
        return false;
      case 'contrast':
      case 'inquiry':
      case 'retrospective':
        return true;
      case 'intensifier':
      case 'diminisher': {
        const qualifies = next && isEmotional(next.entry) && !next.entry.modifier && next.unit === m.unit;
        if (isEmotional(entry) && !(qualifies && next.pos - m.posEnd < BOOSTER_SCOPE[m.unit])) return false;
        this.booster = { ...state, role: entry.modifier, scale: entry.scale ?? 0 };
        return true;
      }
      case 'postIntensifier':
        return this.readPostIntensifier(m);
      default:
        return false;
    }
  }

  private readPostIntensifier(m: Match): boolean {
    const last = this.lastTerm;
    const adjacent =
      last && last.clause === this.clause && last.unit === m.unit && m.pos - last.posEnd < POST_BOOSTER_GAP;
    if (!adjacent) return !isEmotional(m.entry);
    const factor = 1 + (m.entry.scale ?? 0);
    let delta = 0;
    for (const evidence of last.evidence) delta += this.tally.rescale(evidence, factor);
    this.tally.add(m, 'modifier', 'post_intensifier', last.evidence[0]?.emotion as ScoredEmotion, 0).contribution =
      delta;
    last.posEnd = m.posEnd;
    return true;
  }

  private isWished(m: Match): boolean {
    return inScope(this.wish, m, m.clause, WISH_SCOPE);
  }

  /**
   * "没想到你们这么快", "didn't expect such a quick fix": praise after a surprise in its clause (or in the next one, when
   * the surprise stands alone: "没想到，这么快") makes it a pleasant one, so its let-down turns into praise; anything
   * else leaves it a let-down ("没想到你们是这种公司", "没想到还要收费，不过师傅人挺好").
   */
  private settleSurprise(m: Match, evidence: readonly Evidence[]): void {
    const surprise = this.surprise as { evidence: Evidence[]; clause: number; alone: boolean };
    if (m.clause !== surprise.clause && !(surprise.alone && m.clause === surprise.clause + 1)) {
      this.surprise = undefined;
      return;
    }
    if (!evidence.some((e) => e.emotion === 'positive' && e.contribution > 0)) return;
    for (const e of surprise.evidence) if (e.emotion !== 'positive') this.tally.move(e, 'positive');
    this.surprise = undefined;
  }

  /** "I hope it gets fixed", "is it resolved?": the outcome has not happened, so it is no praise. */
  private isUnmetOutcome(m: Match): boolean {
    return this.modifiers && isOutcome(m.entry) && !this.happened(m);
  }

  /** An outcome or resolution happened unless it is wished for or asked about ("hope it's fixed", "is it fixed?"). */
  private happened(m: Match): boolean {
    return !this.isWished(m) && !asksFrom(this.tally.text, m.end);
  }

  private readTerm(m: Match): void {
    const { entry } = m;
    // "说今天不来了[微笑]": a negation reaches words, not the emoji after them.
    const negated = this.modifiers && entry.kind !== 'emoji' && inScope(this.negator, m, this.clause, NEGATION_SCOPE);
    const looksBack =
      this.modifiers && this.layout.pastClauses.length > 0 && this.layout.pastClauses.includes(this.clause);
    // "原本都想投诉了，没想到…": a threat the customer has moved past is half a threat.
    const damping = (this.inquiry ? INQUIRY_FACTOR : 1) * (looksBack ? RETROSPECTIVE_WEIGHT : 1);
    for (const flag of negated ? [] : (entry.flags ?? [])) {
      const { emotion, points } = FLAG_POINTS[flag];
      // "If it's not fixed by Monday I'll call my lawyer" threatens; "what happens if I cancel?" asks.
      const threat =
        flag === 'escalation_threat' &&
        this.layout.conditionals.includes(m.sentence) &&
        !sentenceAsks(this.tally.text, m.start, m.end);
      this.tally.add(m, 'flag', 'flag', emotion, points * (flag === 'abusive' || threat ? 1 : damping), flag);
    }
    if (!negated && entry.contextFlags) this.tally.contextFlags.push(m);
    if (entry.scare && !negated) this.tally.scared = true;
    if (this.modifiers && entry.claimed) this.tally.claims.push({ start: m.start, end: m.end, clause: m.clause });
    if (this.modifiers && entry.found) this.tally.founds.push({ start: m.start, end: m.end, clause: m.clause });
    if (this.modifiers && entry.resolved && !negated && this.happened(m)) {
      this.tally.resolutions.push(m);
    }
    if (!isEmotional(entry)) return;
    let factor = 1;
    let boostedBy: BoosterState | undefined;
    const damped = this.modifiers && this.inquiry && maxWeight(entry) < INQUIRY_KEEP_WEIGHT;
    if (this.modifiers) {
      if (damped) factor *= INQUIRY_FACTOR;
      if (inScope(this.booster, m, this.clause, BOOSTER_SCOPE) && this.booster) {
        boostedBy = this.booster;
        factor *= boosterFactor(boostedBy);
      }
      if (m.caps && !this.shouting) factor *= 1 + CAPS_EMPHASIS;
      factor *= contrastWeight(m.start, this.layout.contrastAt);
      if (looksBack) factor *= RETROSPECTIVE_WEIGHT;
    }
    let weights = entry.weights ?? this.valenceWeights(entry.valence as number, negated);
    if (weights.positive && !negated && this.isUnmetOutcome(m)) weights = { ...weights, positive: 0 };
    const counted = negated && entry.weights ? negateWeights(weights) : weights;
    const { kind } = entry;
    const rule = negated ? 'negation' : entry.weights ? (kind === 'emoji' ? 'emoji' : 'lexicon') : 'afinn';
    const evidence: Evidence[] = [];
    for (const emotion of SCORED_EMOTIONS) {
      const weight = counted[emotion];
      if (!weight || weight <= 0) continue;
      let points = weight * factor;
      if (damped) {
        const pool = emotion === 'positive' ? 0 : this.inquiryPool;
        points = Math.min(points, Math.max(0, INQUIRY_MAX_POINTS - this.inquiryPoints[emotion] - pool));
        this.inquiryPoints[emotion] += points;
        if (points <= 0) continue;
      }
      evidence.push(this.tally.add(m, kind, rule, emotion, points));
    }
    const pooled = (counted as { pool?: number }).pool;
    if (pooled && pooled > 0) {
      let points = pooled * factor;
      if (damped) {
        // "Does the policy cover theft or accidental damage?": AFINN's negatives join an emotion later, so in a how-to
        // question they share the budget of every negative one.
        const spent = Math.max(this.inquiryPoints.angry, this.inquiryPoints.anxious, this.inquiryPoints.disappointed);
        points = Math.min(points, Math.max(0, INQUIRY_MAX_POINTS - spent - this.inquiryPool));
        this.inquiryPool += points;
      }
      if (points > 0) this.tally.negativePool.push(this.tally.add(m, kind, rule, undefined, points));
    }
    if (negated && this.negator) {
      const unnegated = entry.weights ?? this.valenceWeights(entry.valence as number, false);
      this.noteModifier(this.negator.match, 'negation', unnegated, -factor);
    }
    if (boostedBy) {
      const share = (boosterFactor(boostedBy) - 1) * (factor / boosterFactor(boostedBy));
      this.noteModifier(boostedBy.match, boostedBy.role, counted, share);
    }
    if (entry.courtesy && !negated) this.tally.courtesy.push(...evidence);
    if (entry.tears) this.tally.tears.push(...evidence);
    if (looksBack) this.tally.lookedBack.push(...evidence);
    if (entry.plea) this.tally.pleas.push(...evidence);
    if (evidence.length > 0) this.lastTerm = { evidence, clause: this.clause, unit: m.unit, posEnd: m.posEnd };
    if (entry.surprise) this.surprise = { evidence, clause: m.clause, alone: endsClauseAt(this.tally.text, m.end) };
    else if (this.surprise) this.settleSurprise(m, evidence);
  }

  /** AFINN valence as points: praise is positive, slurs are anger, other negatives wait in the pool. */
  private valenceWeights(valence: number, negated: boolean): EmotionWeights & { pool?: number } {
    const points = Math.abs(valence) * AFINN_POINTS_PER_UNIT;
    if (negated) return valence > 0 ? { pool: points * NEGATED_POSITIVE_SHARE } : {};
    if (valence > 0) return { positive: points };
    return valence <= AFINN_ANGRY_FROM ? { angry: points } : { pool: points };
  }

  private noteModifier(m: Match, rule: string, weights: EmotionWeights, share: number): void {
    let top: ScoredEmotion | undefined;
    let points = 0;
    for (const [emotion, weight] of Object.entries(weights) as [ScoredEmotion | 'pool', number][]) {
      if (weight > points) {
        top = emotion === 'pool' ? POOL_DEFAULT_EMOTION : emotion;
        points = weight;
      }
    }
    if (!top) return;
    this.tally.add(m, 'modifier', rule, undefined, points * share).emotion = top;
  }
}

export function scoreMessage(text: string, lexicon: CompiledLexicon, options: ScoreOptions): MessageEmotion {
  const profile = profileText(text);
  const tokens = tokenize(text);
  const wordMatches = matchWords(tokens, lexicon, text);
  // Chat numbers ("666", "555", "2333") are keys of the character side; a message of no letters may be one.
  const charMatches =
    profile.hasNonAscii || profile.hasEmoticonStart || profile.letters === 0 ? matchChars(text, lexicon) : [];
  const matches = mergeByStart(wordMatches, charMatches);
  const tally = new Tally(text);
  const shouting = options.modifiers && isShouting(profile.letters, profile.upperLetters);
  const layout = layoutOf(text, matches, options.modifiers);
  new MessageReader(tally, matches, layout, options.modifiers, shouting).read();
  applySignals(tally, {
    modifiers: options.modifiers,
    contrastAt: layout.contrastAt,
    shouting,
    tokens,
    lexicon,
    profile,
    inquiries: layout.inquiries,
    sentenceStarts: layout.sentenceStarts,
    screenQuotes: layout.screenQuotes,
  });

  const emotion = dominantEmotion(tally.scores);
  const { flags } = tally;
  const points = emotion === 'neutral' ? 0 : tally.scores[emotion];
  return {
    emotion,
    intensity: intensityOf(emotion, points, flags),
    scores: { ...tally.scores, neutral: EMOTION_MIN_POINTS },
    flags,
    evidence: tally.evidence.sort((a, b) => a.start - b.start || a.end - b.end),
    lang: options.lang ?? profile.lang,
  };
}
