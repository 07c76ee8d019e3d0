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

describe('written Cantonese', () => {
  it('reads thanks, worry, anger and resignation as customers in Guangdong type them', () => {
    expect(classifyMessage('搞掂啦！唔该晒师傅').emotion).toBe('positive');
    expect(classifyMessage('部电脑上唔到网，听日开会要用，点算好').emotion).toBe('anxious');
    expect(classifyMessage('电费单几千蚊，你哋系咪当我水鱼').emotion).toBe('angry');
    expect(classifyMessage('好啦 你哋话乜就乜').emotion).toBe('disappointed');
  });

  it('negates with 唔 and 冇 as with 不 and 没', () => {
    expect(classifyMessage('我唔满意').emotion).not.toBe('positive');
    expect(classifyMessage('冇问题，唔该').emotion).toBe('positive');
  });
});
