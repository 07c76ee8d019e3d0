import { z } from 'zod';
import { EMOTIONS, type Emotion, INTENSITIES, type MessageEmotion } from './types.ts';

/** Long enough for any chat message; a pasted document is not a correction. */
export const CORRECTION_TEXT_MAX_LENGTH = 4000;
export const CONVERSATION_KEY_MAX_LENGTH = 200;

/** An agent's one-click "that's not right" on a read-out, kept locally for team leads to export. */
export const correctionSchema = z.object({
  /** Only when the user opted in to storing customer text. */
  messageText: z.string().max(CORRECTION_TEXT_MAX_LENGTH).optional(),
  lang: z.enum(['zh', 'en', 'mixed']),
  predicted: z.enum(EMOTIONS),
  corrected: z.enum(EMOTIONS),
  predictedIntensity: z.enum(INTENSITIES),
  at: z.iso.datetime({ offset: true }),
  conversationKey: z.string().max(CONVERSATION_KEY_MAX_LENGTH).optional(),
});

export type Correction = z.infer<typeof correctionSchema>;

export interface CorrectionInput {
  /** The read-out the agent corrected. */
  result: MessageEmotion;
  corrected: Emotion;
  /** The message text; kept only when `storeText` is true. */
  text?: string;
  storeText?: boolean;
  conversationKey?: string;
  now?: Date;
}

export function createCorrection(input: CorrectionInput): Correction {
  const correction: Correction = {
    lang: input.result.lang,
    predicted: input.result.emotion,
    corrected: input.corrected,
    predictedIntensity: input.result.intensity,
    at: (input.now ?? new Date()).toISOString(),
  };
  if (input.storeText && input.text !== undefined) {
    correction.messageText = input.text.slice(0, CORRECTION_TEXT_MAX_LENGTH);
  }
  if (input.conversationKey !== undefined) {
    correction.conversationKey = input.conversationKey.slice(0, CONVERSATION_KEY_MAX_LENGTH);
  }
  return correction;
}
