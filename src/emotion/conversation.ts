import { SCORED_EMOTIONS, type ScoredEmotion } from './lexicon.ts';
import {
  type ConversationEmotion,
  type Flag,
  INTENSITIES,
  type Intensity,
  type MessageEmotion,
  type Trend,
} from './types.ts';
import { dominantEmotion, intensityOf } from './verdict.ts';

/**
 * Each customer message counts half as much as the one after it: an outburst four messages back weighs 1/16 and has
 * faded, while a new one carries half the conversation at once. Used when no timestamps are given.
 */
export const HALF_LIFE_MESSAGES = 1;
/** With timestamps, weight halves every two minutes, about one exchange in a live chat. */
export const HALF_LIFE_MS = 2 * 60_000;
/** The trend compares the latest message with the ones just before it, up to this many in all. */
export const TREND_WINDOW = 3;
/** One intensity step up or down (mild → strong, or angry → calm) is a change in trend. */
export const TREND_MIN_CHANGE = 1;
/** A flag stays on the conversation while its message still weighs this much (four messages, or eight minutes). */
export const FLAG_MIN_WEIGHT = 1 / 16;

export interface ConversationOptions {
  /** Epoch milliseconds; defaults to the latest timestamp. */
  now?: number;
  /** Epoch milliseconds per message, same order as the messages. */
  timestamps?: number[];
}

function weightsOf(count: number, options: ConversationOptions): number[] {
  const { timestamps } = options;
  if (timestamps && timestamps.length === count) {
    const now = options.now ?? Math.max(...timestamps);
    return timestamps.map((t) => 0.5 ** (Math.max(0, now - t) / HALF_LIFE_MS));
  }
  return Array.from({ length: count }, (_, i) => 0.5 ** ((count - 1 - i) / HALF_LIFE_MESSAGES));
}

/** How upset a message reads, on one scale: calm 0, negative emotions +1..+3 by intensity, praise -1..-3. */
export function distressOf(message: Pick<MessageEmotion, 'emotion' | 'intensity'>): number {
  if (message.emotion === 'neutral') return 0;
  const level = INTENSITIES.indexOf(message.intensity);
  return message.emotion === 'positive' ? -level : level;
}

export function trendOf(messages: readonly MessageEmotion[]): Trend {
  const recent = messages.slice(-TREND_WINDOW);
  const latest = recent.pop();
  if (!latest || recent.length === 0) return 'steady';
  const before = recent.reduce((sum, m) => sum + distressOf(m), 0) / recent.length;
  const change = distressOf(latest) - before;
  if (change >= TREND_MIN_CHANGE) return 'escalating';
  if (change <= -TREND_MIN_CHANGE) return 'calming';
  return 'steady';
}

/** Recency-weighted read of the customer's messages, oldest first. */
export function conversationEmotion(
  messages: readonly MessageEmotion[],
  options: ConversationOptions = {},
): ConversationEmotion {
  const latest = messages[messages.length - 1];
  if (!latest) return { emotion: 'neutral', intensity: 'calm', trend: 'steady', flags: [], messageCount: 0 };
  const weights = weightsOf(messages.length, options);
  const total = weights.reduce((a, b) => a + b, 0);
  const scores: Record<ScoredEmotion, number> = { angry: 0, anxious: 0, disappointed: 0, positive: 0 };
  const flags = new Set<Flag>();
  messages.forEach((message, i) => {
    const weight = weights[i] ?? 0;
    for (const emotion of SCORED_EMOTIONS) scores[emotion] += (message.scores[emotion] * weight) / total;
    if (weight >= FLAG_MIN_WEIGHT) for (const flag of message.flags) flags.add(flag);
  });
  const emotion = dominantEmotion(scores);
  let intensity: Intensity = intensityOf(emotion, emotion === 'neutral' ? 0 : scores[emotion], [...flags]);
  if (latest.emotion === emotion && INTENSITIES.indexOf(latest.intensity) > INTENSITIES.indexOf(intensity)) {
    intensity = latest.intensity;
  }
  return { emotion, intensity, trend: trendOf(messages), flags: [...flags], messageCount: messages.length };
}
