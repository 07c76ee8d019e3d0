import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/emotion/index.ts';

const emotionOf = (text: string) => classifyMessage(text).emotion;

describe('resignation and let-down', () => {
  it('reads giving up and waiting it out as disappointment (en)', () => {
    expect(emotionOf("ok, I'll just wait then. nothing else I can do")).toBe('disappointed');
    expect(emotionOf('I was really looking forward to it.')).toBe('disappointed');
    expect(emotionOf('I have already tried everything you told me and nothing has been solved')).toBe('disappointed');
  });

  it('reads giving up and "I knew it" as disappointment (zh)', () => {
    expect(emotionOf('我也没办法，认命吧')).toBe('disappointed');
    expect(emotionOf('唉，我就知道又是这样')).toBe('disappointed');
  });

  it('reads settling for waiting with no other choice as disappointment (en and zh)', () => {
    expect(emotionOf("fine, I guess I'll wait then")).toBe('disappointed');
    expect(emotionOf('行吧，也只能这样了')).toBe('disappointed');
    expect(emotionOf('好的，那我等着')).toBe('neutral');
  });

  it('reads a polite formula ("thanks in advance") as neither praise nor complaint', () => {
    expect(emotionOf('Can you send me the invoice? Thanks in advance')).toBe('neutral');
  });
});

describe('everyday spoken Chinese', () => {
  it('reads chat numbers sent on their own (666, 555, 2333)', () => {
    expect(classifyMessage('666').emotion).toBe('positive');
    expect(classifyMessage('555').emotion).toBe('disappointed');
    expect(classifyMessage('2333').emotion).toBe('positive');
    expect(classifyMessage('12345').emotion).not.toBe('positive');
  });

  it('reads telling someone off as anger', () => {
    expect(emotionOf('你少管闲事')).toBe('angry');
    expect(emotionOf('我警告你，别逼我')).toBe('angry');
  });

  it('reads fear for someone who cannot be reached as worry', () => {
    expect(emotionOf('别吓我，他不会出事吧')).toBe('anxious');
    expect(emotionOf('联系不上他，急死了')).toBe('anxious');
  });

  it('reads blaming oneself as sadness', () => {
    expect(emotionOf('我真没用')).toBe('disappointed');
  });

  it('reads a cheerful yes as positive', () => {
    expect(emotionOf('好嘞，没问题')).toBe('positive');
  });

  it('reads 啊/呀 right after an emotion word as more strongly felt', () => {
    expect(classifyMessage('好烦啊').scores.angry).toBeGreaterThan(classifyMessage('好烦').scores.angry);
    expect(classifyMessage('好难过呀').scores.disappointed).toBeGreaterThan(
      classifyMessage('好难过').scores.disappointed,
    );
    expect(classifyMessage('好烦啊').evidence.some((e) => e.rule === 'post_intensifier' && e.text === '啊')).toBe(true);
  });
});
