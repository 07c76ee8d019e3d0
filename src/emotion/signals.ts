import type { ScoredEmotion } from './lexicon.ts';
import {
  BARE_EXCLAMATION_POINTS,
  EXCLAMATION_BOOST,
  EXCLAMATION_MAX_COUNT,
  IMPATIENCE_POINTS,
  IMPATIENCE_QUESTION_POINTS,
  INTERROBANG_POINTS,
  punctuationSignals,
  QUESTION_RUN_POINTS,
  REPEATED_QUESTION_POINTS,
  SARCASM_MIN_NEGATIVE,
  SARCASM_POINTS,
  SHOUT_POINTS,
} from './modifiers.ts';
import type { Tally } from './tally.ts';
import type { Token } from './tokenize.ts';
import { topNegative } from './verdict.ts';

/** Generic negative words (AFINN, not in our lexicon) most often voice a let-down when nothing more specific is said. */
export const POOL_DEFAULT_EMOTION: ScoredEmotion = 'disappointed';

export interface SignalContext {
  modifiers: boolean;
  contrastAt: number;
  shouting: boolean;
  tokens: readonly Token[];
}

/** Message-level rules, after the words: where generic negatives go, sarcasm, impatience, punctuation, shouting. */
export function applySignals(tally: Tally, context: SignalContext): void {
  resolveNegativePool(tally);
  if (!context.modifiers) return;
  sarcasmCheck(tally, context.contrastAt);
  impatienceCheck(tally);
  punctuationCheck(tally);
  if (context.shouting) shoutingCheck(tally, context.tokens);
}

/** Generic negatives join the emotion the specific words point to; alone, they read as disappointment. */
export function resolveNegativePool(tally: Tally): void {
  if (tally.negativePool.length === 0) return;
  const target = topNegative(tally.scores) ?? POOL_DEFAULT_EMOTION;
  for (const evidence of tally.negativePool) tally.move(evidence, target);
}

/**
 * "Great, my order is late again", "谢谢你们了，三天没人管": praise wrapped around a complaint is anger. A cue counts
 * when the complaint is there and no "but" explains the mix; unmistakable cues ("thanks for nothing", 呵呵) always do.
 */
export function sarcasmCheck(tally: Tally, contrastAt: number): void {
  const cue = tally.sarcasm[0];
  if (!cue) return;
  const sure = tally.sarcasm.find((m) => m.entry.sarcasm === 'sure');
  const mixed = contrastAt < 0 && tally.scores.positive > 0 && tally.negativeTotal() >= SARCASM_MIN_NEGATIVE;
  if (!sure && !mixed) return;
  for (const evidence of tally.evidence) {
    if (evidence.emotion === 'positive') tally.move(evidence, 'angry');
  }
  tally.add(sure ?? cue, 'signal', 'sarcasm', 'angry', SARCASM_POINTS);
}

/** "still", "again", 又, 还是: impatience with a complaint is anger; with only a question it is anxious pressing. */
export function impatienceCheck(tally: Tally): void {
  const marker = tally.impatience[0];
  if (!marker) return;
  if (topNegative(tally.scores)) {
    tally.add(marker, 'signal', 'impatience', 'angry', IMPATIENCE_POINTS);
  } else if (/[?？]/.test(tally.text)) {
    tally.add(marker, 'signal', 'impatience', 'anxious', IMPATIENCE_QUESTION_POINTS);
  }
}

export function punctuationCheck(tally: Tally): void {
  for (const signal of punctuationSignals(tally.text)) {
    switch (signal.rule) {
      case 'exclamation': {
        const leading = tally.leading();
        if (leading) {
          const boost = tally.scores[leading] * EXCLAMATION_BOOST * Math.min(signal.count, EXCLAMATION_MAX_COUNT);
          tally.add(signal, 'signal', 'exclamation', leading, boost);
        } else if (signal.count >= 2) {
          tally.add(signal, 'signal', 'exclamation', 'angry', BARE_EXCLAMATION_POINTS);
        }
        break;
      }
      case 'question_marks':
        tally.add(signal, 'signal', 'question_marks', 'anxious', QUESTION_RUN_POINTS);
        break;
      case 'interrobang':
        tally.add(signal, 'signal', 'interrobang', 'angry', INTERROBANG_POINTS);
        break;
      case 'repeated_questions':
        tally.add(signal, 'signal', 'repeated_questions', 'anxious', REPEATED_QUESTION_POINTS);
        break;
    }
  }
}

/** A message written in capitals is raised voice: anger, unless the words are praise ("THANK YOU SO MUCH"). */
export function shoutingCheck(tally: Tally, tokens: readonly Token[]): void {
  const caps = tokens.filter((t) => t.caps);
  const first = caps[0];
  const last = caps[caps.length - 1];
  if (!first || !last) return;
  const emotion = tally.leading() === 'positive' ? 'positive' : 'angry';
  tally.add({ start: first.start, end: last.end }, 'signal', 'caps', emotion, SHOUT_POINTS);
}
