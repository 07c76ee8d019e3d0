import { describe, expect, it } from 'vitest';
import { rankSuggestions } from '../../../src/phrasebook/rank';
import { SHIPPED_PHRASEBOOKS } from '../../../src/phrasebook/shipped';
import { detectTopics, TOPIC_MESSAGES } from '../../../src/phrasebook/topics';

describe('conversation topics', () => {
  it('reads topics from the customer’s words in both languages', () => {
    expect(detectTopics(['我家暖气一点都不热，室温才16度'])).toEqual(
      expect.arrayContaining(['not-warm', 'temperature']),
    );
    expect(detectTopics(['I was charged twice for my order, I want a refund'])).toEqual(
      expect.arrayContaining(['double-charge', 'refund', 'order']),
    );
  });

  it('matches English cues as whole words only', () => {
    expect(detectTopics(['thanks for the feedback'])).not.toContain('billing');
    expect(detectTopics(['what is this fee for?'])).toContain('billing');
  });

  it('looks at the recent messages only', () => {
    const old = ['where is my refund?', ...Array.from({ length: TOPIC_MESSAGES }, () => 'the radiator is cold')];
    expect(detectTopics(old)).not.toContain('refund');
  });

  it('keeps off-topic phrases out of the way once the topic is known', () => {
    const context = {
      emotion: 'anxious' as const,
      intensity: 'strong' as const,
      trend: 'steady' as const,
      flags: [],
      customerMessageCount: 2,
      agentMessageCount: 1,
      locale: 'en' as const,
      sentTexts: [],
    };
    const topics = detectTopics(["Our payments API has been down since 9am, we're losing money every hour"]);
    const ranked = rankSuggestions(SHIPPED_PHRASEBOOKS, { ...context, topics }).suggestions;
    expect(ranked.some((s) => s.entry.tags.includes('refund') && !s.entry.tags.includes('outage'))).toBe(false);
  });
});
