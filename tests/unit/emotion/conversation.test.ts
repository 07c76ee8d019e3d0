import { describe, expect, it } from 'vitest';
import { classifyMessage, conversationEmotion, HALF_LIFE_MS } from '../../../src/emotion/index.ts';

const read = (...texts: string[]) => texts.map((t) => classifyMessage(t));

describe('conversationEmotion', () => {
  it('is neutral, calm and steady before the customer writes', () => {
    expect(conversationEmotion([])).toEqual({
      emotion: 'neutral',
      intensity: 'calm',
      trend: 'steady',
      flags: [],
      messageCount: 0,
    });
  });

  it('shows a new outburst at once, at its own intensity', () => {
    const messages = read('hi', 'my order number is 1234', 'ok', 'THIS IS RIDICULOUS, I AM FURIOUS!!!');
    const result = conversationEmotion(messages);
    expect(result.emotion).toBe('angry');
    expect(result.intensity).toBe(messages[3]?.intensity);
    expect(result.trend).toBe('escalating');
    expect(result.messageCount).toBe(4);
  });

  it('lets an old outburst fade as calmer messages follow', () => {
    const messages = read(
      'This is ridiculous, I am furious',
      'ok',
      'the order number is 1234',
      'sure',
      'thanks, that works',
    );
    const result = conversationEmotion(messages);
    expect(result.emotion).toBe('positive');
    expect(result.trend).toBe('calming');
  });

  it('stays steady while the customer stays calm', () => {
    expect(conversationEmotion(read('hello', 'my account number is 55', 'yes')).trend).toBe('steady');
  });

  it('keeps a flag while its message still weighs in, then drops it', () => {
    const threat = read('I want to speak to your manager');
    expect(conversationEmotion([...threat, ...read('ok')]).flags).toContain('escalation_threat');
    expect(conversationEmotion([...threat, ...read('ok', 'fine', 'sure', 'yes', 'thanks')]).flags).not.toContain(
      'escalation_threat',
    );
  });

  it('weighs by time when timestamps are given', () => {
    const messages = read('I am furious, this is unacceptable', 'thanks, that works');
    const now = 1_000_000;
    const longAgo = conversationEmotion(messages, { timestamps: [now - 20 * HALF_LIFE_MS, now], now });
    const justNow = conversationEmotion(messages, { timestamps: [now - 1000, now], now });
    expect(longAgo.emotion).toBe('positive');
    expect(justNow.emotion).toBe('angry');
  });
});
