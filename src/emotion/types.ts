/** The five emotions the source articles teach agents to recognise, plus neutral and positive. */
export const EMOTIONS = ['angry', 'anxious', 'disappointed', 'neutral', 'positive'] as const;
export type Emotion = (typeof EMOTIONS)[number];

/** The emotions that collect points; neutral is what is left when none of them is strong enough. */
export type ScoredEmotion = Exclude<Emotion, 'neutral'>;
export const SCORED_EMOTIONS: readonly ScoredEmotion[] = ['angry', 'anxious', 'disappointed', 'positive'];

/** Ordered from weakest to strongest; phrasebook intensity ranges compare by this order. */
export const INTENSITIES = ['calm', 'mild', 'strong', 'severe'] as const;
export type Intensity = (typeof INTENSITIES)[number];

export const FLAGS = ['abusive', 'escalation_threat', 'churn', 'urgent'] as const;
export type Flag = (typeof FLAGS)[number];

export const TRENDS = ['escalating', 'steady', 'calming'] as const;
export type Trend = (typeof TRENDS)[number];

export type Lang = 'zh' | 'en' | 'mixed';

/** One matched term or signal, so the panel can highlight it and say why. Spans are UTF-16 offsets into the text. */
export interface Evidence {
  start: number;
  end: number;
  /** The matched text, text.slice(start, end). */
  text: string;
  kind: 'term' | 'phrase' | 'emoji' | 'signal' | 'modifier' | 'flag';
  /** The emotion it counted towards, when it did. */
  emotion?: Emotion;
  /** The flag it raised, when it did. */
  flag?: Flag;
  /** Signed points it added to its emotion after modifiers. */
  contribution: number;
  /** A short machine-readable name of the rule ("negation", "caps", "lexicon", "sarcasm", …). */
  rule: string;
}

export interface MessageEmotion {
  emotion: Emotion;
  intensity: Intensity;
  scores: Record<Emotion, number>;
  flags: Flag[];
  evidence: Evidence[];
  lang: Lang;
}

export interface ConversationEmotion {
  emotion: Emotion;
  intensity: Intensity;
  trend: Trend;
  /** Flags raised by any customer message still weighing in the conversation. */
  flags: Flag[];
  messageCount: number;
}
