import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { afinnValence } from '../../../src/emotion/afinn.ts';
import { classifyMessage, detectLanguage } from '../../../src/emotion/index.ts';
import { tokenize } from '../../../src/emotion/tokenize.ts';

describe('language', () => {
  it('tells Chinese, English and mixed messages apart', () => {
    expect(detectLanguage('暖气不热，什么时候来修')).toBe('zh');
    expect(detectLanguage('my heating is not working')).toBe('en');
    expect(detectLanguage('我的wifi坏了')).toBe('zh');
    expect(detectLanguage('the courier threw my box over the fence, 太过分了')).toBe('mixed');
  });

  it('lets the caller set the language of the result', () => {
    expect(classifyMessage('ok', { lang: 'zh' }).lang).toBe('zh');
  });
});

describe('tokenize', () => {
  it('keeps inner apostrophes and hyphens like sentiment does, and reads curly apostrophes', () => {
    expect(tokenize("I don’t feel well-being, can't!").map((t) => t.text)).toEqual([
      'i',
      "don't",
      'feel',
      'well-being',
      "can't",
    ]);
  });

  it('splits on punctuation and Chinese, with exact spans', () => {
    const text = 'great!!好great';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['great', 'great']);
  });

  it('writes digit runs as one 0 in the key', () => {
    expect(tokenize('waited 14 days').map((t) => t.key)).toEqual(['waited', '0', 'days']);
  });
});

describe('AFINN through sentiment', () => {
  it('is a private snapshot: extras passed to sentiment later do not change it', () => {
    const before = afinnValence.get('good');
    new Sentiment().analyze('good', { extras: { good: -5, calmdeskprobe: 3 } });
    expect(afinnValence.get('good')).toBe(before);
    expect(afinnValence.has('calmdeskprobe')).toBe(false);
  });

  it('matches multi-word AFINN entries that sentiment never matches', () => {
    expect(new Sentiment().analyze('it does not work').score).toBe(0);
    expect(classifyMessage('it does not work').emotion).not.toBe('neutral');
  });
});
