import type { ConcernMatch } from './concern.ts';
import type { ScoredEmotion } from './lexicon.ts';
import type { Match } from './match.ts';
import type { Evidence, Flag } from './types.ts';

export interface SarcasmCue {
  start: number;
  end: number;
  /** Sarcastic on its own ("thanks for nothing"), not only next to a complaint. */
  sure: boolean;
  /** Opens the message ("Great, ...", "呵呵，..."), where sarcasm puts its praise; praise further in is sincere. */
  leading: boolean;
  /** A cold smile that closes the message ("…还没修好[微笑]", "…a week late 🙂"): the other place sarcasm puts it. */
  closing?: boolean;
  /** A cold smile that opens it ("🙂🙂🙂 still waiting"): sarcastic unless it opens a polite question. */
  opening?: boolean;
}

/** Running scores and evidence for one message; every point added goes through `add`, so the two always agree. */
export class Tally {
  readonly scores: Record<ScoredEmotion, number> = { angry: 0, anxious: 0, disappointed: 0, positive: 0 };
  readonly evidence: Evidence[] = [];
  readonly flags: Flag[] = [];
  /** AFINN negatives, whose emotion is decided once the rest of the message is read. */
  readonly negativePool: Evidence[] = [];
  readonly impatience: Match[] = [];
  /** Points of courtesy thanks, and where the first request to the agent starts (-1: none). */
  readonly courtesy: Evidence[] = [];
  firstRequestAt = -1;
  /** Matches carrying worry cues ("when will", "my order", 来得及), read together once the words are scored. */
  readonly concern: ConcernMatch[] = [];
  /** Matches whose flags count only if the message voices a problem. */
  readonly contextFlags: Match[] = [];
  readonly sarcasm: SarcasmCue[] = [];
  /** Points of tears (😭), which follow the rest of the message when it is happy or worried. */
  readonly tears: Evidence[] = [];
  /** What the message says was claimed and what was found (an expectation gap told as facts). */
  readonly claims: { start: number; end: number; clause: number }[] = [];
  readonly founds: { start: number; end: number; clause: number }[] = [];
  /** Whether the message tells a fright ("吓死我了", "I was panicking"). */
  scared = false;
  /** Words in a clause that looks back ("本来以为要扯皮", "at first I was worried"): a feeling that is over. */
  readonly lookedBack: Evidence[] = [];
  /** Points of folded hands (🙏), a plea or thanks depending on the rest of the message. */
  readonly pleas: Evidence[] = [];
  /** Words saying the problem is over ("has been fixed", 已经处理了), as they happened (not negated, wished, asked). */
  readonly resolutions: { start: number; end: number }[] = [];

  constructor(readonly text: string) {}

  add(
    match: { start: number; end: number },
    kind: Evidence['kind'],
    rule: string,
    emotion: ScoredEmotion | undefined,
    contribution: number,
    flag?: Flag,
  ): Evidence {
    const evidence: Evidence = {
      start: match.start,
      end: match.end,
      text: this.text.slice(match.start, match.end),
      kind,
      contribution,
      rule,
    };
    if (emotion) {
      evidence.emotion = emotion;
      this.scores[emotion] += contribution;
    }
    if (flag) {
      evidence.flag = flag;
      if (!this.flags.includes(flag)) this.flags.push(flag);
    }
    this.evidence.push(evidence);
    return evidence;
  }

  /**
   * Scale points already counted (a post-posed degree word, sarcasm moving praise to anger). A modifier's note (the
   * "very" of "very angry") shows the share of the word's points it made; those points are in the word's evidence, so
   * the note follows along without touching the scores.
   */
  rescale(evidence: Evidence, factor: number): number {
    const delta = evidence.contribution * (factor - 1);
    evidence.contribution += delta;
    if (counts(evidence)) this.scores[evidence.emotion as ScoredEmotion] += delta;
    return delta;
  }

  /** Give counted points (or generic negatives not yet counted) to another emotion. */
  move(evidence: Evidence, to: ScoredEmotion): void {
    if (evidence.kind !== 'modifier') {
      if (counts(evidence)) this.scores[evidence.emotion as ScoredEmotion] -= evidence.contribution;
      this.scores[to] += evidence.contribution;
    }
    evidence.emotion = to;
  }

  /** The scores as the rest of the message made them, without the given evidence (tears, folded hands). */
  scoresWithout(left: readonly Evidence[]): Record<ScoredEmotion, number> {
    const rest: Record<ScoredEmotion, number> = { angry: 0, anxious: 0, disappointed: 0, positive: 0 };
    for (const e of this.evidence)
      if (counts(e) && !left.includes(e)) rest[e.emotion as ScoredEmotion] += e.contribution;
    return rest;
  }

  negativeTotal(): number {
    return this.scores.angry + this.scores.anxious + this.scores.disappointed;
  }

  leading(): ScoredEmotion | undefined {
    let best: ScoredEmotion | undefined;
    for (const [emotion, score] of Object.entries(this.scores) as [ScoredEmotion, number][]) {
      if (score > 0 && (!best || score > this.scores[best])) best = emotion;
    }
    return best;
  }
}

/** Whether the evidence's points are in the scores: a modifier's note only shows a share of a word's. */
function counts(evidence: Evidence): boolean {
  return evidence.kind !== 'modifier' && evidence.emotion !== undefined && evidence.emotion !== 'neutral';
}
