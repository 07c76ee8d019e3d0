import { SCORED_EMOTIONS, type ScoredEmotion } from './lexicon.ts';
import type { Emotion, Flag, Intensity } from './types.ts';

/**
 * Points an emotion needs before it is named; below this the message reads as neutral. One clear word (weight 1.5 or
 * more, e.g. "annoyed", 担心) is enough; a lone weak cue ("waiting", 进度) is not.
 */
export const EMOTION_MIN_POINTS = 1.2;
/** A strongly worded message: one strong word with a booster, or two clear words. */
export const STRONG_MIN_POINTS = 3.6;
/** Several strong words, shouting or "!!!" on top of a strong word. */
export const SEVERE_MIN_POINTS = 7;
/** Ties between emotions go to the one an agent most needs to see first. */
const TIE_ORDER: readonly ScoredEmotion[] = ['angry', 'anxious', 'disappointed', 'positive'];
/** Flags that make a message at least strong, whatever its words weigh. */
const FLAGS_AT_LEAST_STRONG: readonly Flag[] = ['abusive', 'escalation_threat'];

export function dominantEmotion(scores: Record<ScoredEmotion, number>): Emotion {
  let best: ScoredEmotion = 'angry';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const emotion of TIE_ORDER) {
    if (scores[emotion] > bestScore) {
      best = emotion;
      bestScore = scores[emotion];
    }
  }
  return bestScore >= EMOTION_MIN_POINTS ? best : 'neutral';
}

export function intensityOf(emotion: Emotion, points: number, flags: readonly Flag[] = []): Intensity {
  if (emotion === 'neutral') return 'calm';
  let intensity: Intensity = points >= SEVERE_MIN_POINTS ? 'severe' : points >= STRONG_MIN_POINTS ? 'strong' : 'mild';
  if (intensity === 'mild' && emotion !== 'positive' && flags.some((f) => FLAGS_AT_LEAST_STRONG.includes(f))) {
    intensity = 'strong';
  }
  return intensity;
}

export function topNegative(scores: Record<ScoredEmotion, number>): ScoredEmotion | undefined {
  let best: ScoredEmotion | undefined;
  for (const emotion of SCORED_EMOTIONS) {
    if (emotion === 'positive' || scores[emotion] <= 0) continue;
    if (!best || scores[emotion] > scores[best]) best = emotion;
  }
  return best;
}
