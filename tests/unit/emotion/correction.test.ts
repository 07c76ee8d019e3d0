import { describe, expect, it } from 'vitest';
import { classifyMessage, correctionSchema, createCorrection } from '../../../src/emotion/index.ts';

describe('corrections', () => {
  const result = classifyMessage('great, my order is late again');
  const now = new Date('2025-01-15T08:30:00.000Z');

  it('records the prediction, the correction and the time, without the text by default', () => {
    const correction = createCorrection({ result, corrected: 'disappointed', text: 'secret', now });
    expect(correction).toEqual({
      lang: 'en',
      predicted: result.emotion,
      corrected: 'disappointed',
      predictedIntensity: result.intensity,
      at: '2025-01-15T08:30:00.000Z',
    });
    expect(correctionSchema.safeParse(correction).success).toBe(true);
  });

  it('keeps the text and the conversation key only when asked', () => {
    const correction = createCorrection({
      result,
      corrected: 'angry',
      text: 'great, my order is late again',
      storeText: true,
      conversationKey: 'zendesk:123',
      now,
    });
    expect(correction.messageText).toBe('great, my order is late again');
    expect(correction.conversationKey).toBe('zendesk:123');
  });

  it('rejects records that do not have the shape', () => {
    expect(correctionSchema.safeParse({ lang: 'en', predicted: 'angry', corrected: 'furious' }).success).toBe(false);
  });
});
