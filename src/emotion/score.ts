import { profileText } from './language.ts';
import type { CompiledLexicon, EmotionWeights, LexiconEntry, ScoredEmotion } from './lexicon.ts';
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
} from './modifiers.ts';
import { applySignals } from './signals.ts';
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
  churn: { emotion: 'disappointed', points: 1.2 },
  urgent: { emotion: 'anxious', points: 1 },
};
/** In a how-to question ("how do I return a damaged item?") problem words describe; they count this much. */
export const INQUIRY_FACTOR = 0.3;
/** Words this strong ("furious", 担心) keep their weight even inside a how-to question. */
export const INQUIRY_KEEP_WEIGHT = 2.5;

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

/** Characters that end a sentence: a how-to question's frame does not reach past them. */
function isSentenceBreak(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Characters that end a clause: negation and degree words do not reach past them. */
function isClauseBreak(c: number): boolean {
  return isSentenceBreak(c) || c === 0x2c || c === 0x3b || c === 0xff0c || c === 0xff1b || c === 0x2026 || c === 0xff5e;
}

/** Clause and sentence of every match, where the last contrast word stands, and which sentences are inquiries. */
interface Layout {
  clause: Int32Array;
  sentence: Int32Array;
  contrastAt: number;
  inquiries: Set<number>;
}

function layoutOf(text: string, matches: readonly Match[], modifiers: boolean): Layout {
  const layout: Layout = {
    clause: new Int32Array(matches.length),
    sentence: new Int32Array(matches.length),
    contrastAt: -1,
    inquiries: new Set(),
  };
  let clause = 0;
  let sentence = 0;
  let scanned = 0;
  matches.forEach((m, idx) => {
    for (; scanned < m.start; scanned++) {
      const c = text.charCodeAt(scanned);
      if (isClauseBreak(c)) clause++;
      if (isSentenceBreak(c)) sentence++;
    }
    scanned = Math.max(scanned, m.end);
    layout.clause[idx] = clause;
    layout.sentence[idx] = sentence;
    if (!modifiers) return;
    if (m.entry.modifier === 'contrast') layout.contrastAt = m.start;
    if (m.entry.modifier === 'inquiry') layout.inquiries.add(sentence);
  });
  return layout;
}

function mergeByStart(a: Match[], b: Match[]): Match[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return a.concat(b).sort((x, y) => x.start - y.start);
}

/** The strongest single weight of an entry, on the lexicon's scale (AFINN valence converted). */
function maxWeight(entry: LexiconEntry): number {
  if (!entry.weights) return Math.abs(entry.valence ?? 0) * AFINN_POINTS_PER_UNIT;
  return Math.max(0, ...Object.values(entry.weights));
}

function isEmotional(entry: LexiconEntry): boolean {
  return entry.weights !== undefined || entry.valence !== undefined;
}

/** Reads every match left to right, carrying negation and degree words forward to the terms they qualify. */
class MessageReader {
  private negator: ModifierState | undefined;
  private booster: BoosterState | undefined;
  private lastTerm: EmotionalTerm | undefined;
  private clause = 0;
  private inquiry = false;

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
      this.clause = this.layout.clause[idx] ?? 0;
      this.inquiry = this.layout.inquiries.has(this.layout.sentence[idx] ?? -1);
      if (m.entry.impatience) this.tally.impatience.push(m);
      if (m.entry.sarcasm) this.tally.sarcasm.push({ start: m.start, end: m.end, sure: m.entry.sarcasm === 'sure' });
      if (this.modifiers && this.readModifier(m, this.matches[idx + 1])) continue;
      this.readTerm(m);
    }
  }

  /** True when the match acted as a modifier; degree words that are also emotion words act as words when alone. */
  private readModifier(m: Match, next: Match | undefined): boolean {
    const { entry } = m;
    const state = { clause: this.clause, unit: m.unit, posEnd: m.posEnd, match: m };
    switch (entry.modifier) {
      case 'negator':
        this.negator = state;
        return true;
      case 'contrast':
      case 'inquiry':
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
    const adjacent = last && last.clause === this.clause && last.unit === m.unit && m.pos - last.posEnd < POST_BOOSTER_GAP;
    if (!adjacent) return !isEmotional(m.entry);
    const factor = 1 + (m.entry.scale ?? 0);
    let delta = 0;
    for (const evidence of last.evidence) delta += this.tally.rescale(evidence, factor);
    this.tally.add(m, 'modifier', 'post_intensifier', last.evidence[0]?.emotion as ScoredEmotion, 0).contribution = delta;
    last.posEnd = m.posEnd;
    return true;
  }

  private readTerm(m: Match): void {
    const { entry } = m;
    const negated = this.modifiers && inScope(this.negator, m, this.clause, NEGATION_SCOPE);
    const damping = this.inquiry ? INQUIRY_FACTOR : 1;
    for (const flag of negated ? [] : (entry.flags ?? [])) {
      const { emotion, points } = FLAG_POINTS[flag];
      this.tally.add(m, 'flag', 'flag', emotion, points * (flag === 'abusive' ? 1 : damping), flag);
    }
    if (!negated && entry.contextFlags) this.tally.contextFlags.push(m);
    if (!isEmotional(entry)) return;
    let factor = 1;
    let boostedBy: BoosterState | undefined;
    if (this.modifiers) {
      if (this.inquiry && maxWeight(entry) < INQUIRY_KEEP_WEIGHT) factor *= INQUIRY_FACTOR;
      if (inScope(this.booster, m, this.clause, BOOSTER_SCOPE) && this.booster) {
        boostedBy = this.booster;
        factor *= boosterFactor(boostedBy);
      }
      if (m.caps && !this.shouting) factor *= 1 + CAPS_EMPHASIS;
      factor *= contrastWeight(m.start, this.layout.contrastAt);
    }
    const weights = entry.weights ?? this.valenceWeights(entry.valence as number, negated);
    const counted = negated && entry.weights ? negateWeights(weights) : weights;
    const kind = entry.kind === 'emoji' ? 'emoji' : entry.kind;
    const rule = negated ? 'negation' : entry.weights ? (kind === 'emoji' ? 'emoji' : 'lexicon') : 'afinn';
    const evidence: Evidence[] = [];
    for (const [emotion, weight] of Object.entries(counted) as [ScoredEmotion | 'pool', number][]) {
      if (weight <= 0) continue;
      if (emotion === 'pool') {
        this.tally.negativePool.push(this.tally.add(m, kind, rule, undefined, weight * factor));
      } else {
        evidence.push(this.tally.add(m, kind, rule, emotion, weight * factor));
      }
    }
    if (negated && this.negator) this.noteModifier(this.negator.match, 'negation', weights, -1);
    if (boostedBy) this.noteModifier(boostedBy.match, boostedBy.role, counted, boosterFactor(boostedBy) - 1);
    if (evidence.length > 0) this.lastTerm = { evidence, clause: this.clause, unit: m.unit, posEnd: m.posEnd };
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
    for (const [emotion, weight] of Object.entries(weights) as [ScoredEmotion, number][]) {
      if (weight > points) {
        top = emotion;
        points = weight;
      }
    }
    const evidence = this.tally.add(m, 'modifier', rule, undefined, points * share);
    if (top) evidence.emotion = top;
  }
}

export function scoreMessage(text: string, lexicon: CompiledLexicon, options: ScoreOptions): MessageEmotion {
  const profile = profileText(text);
  const tokens = tokenize(text);
  const wordMatches = matchWords(tokens, lexicon);
  const charMatches = profile.hasNonAscii || profile.hasEmoticonStart ? matchChars(text, lexicon) : [];
  const matches = mergeByStart(wordMatches, charMatches);
  const tally = new Tally(text);
  const shouting = options.modifiers && isShouting(profile.letters, profile.upperLetters);
  const layout = layoutOf(text, matches, options.modifiers);
  new MessageReader(tally, matches, layout, options.modifiers, shouting).read();
  applySignals(tally, { modifiers: options.modifiers, contrastAt: layout.contrastAt, shouting, tokens });

  const emotion = dominantEmotion(tally.scores);
  const flags = [...tally.flags];
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
