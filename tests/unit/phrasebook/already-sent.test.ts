import { describe, expect, it } from 'vitest';
import { normaliseForMatch, sentPhraseMatcher } from '../../../src/phrasebook/already-sent';

describe('sentPhraseMatcher', () => {
  it('finds a phrase inside a sent message with placeholders filled in', () => {
    const wasSent = sentPhraseMatcher([
      'Hello! Hi Anna Smith, you’ve waited too long — and that’s on us. Let me check.',
    ]);
    expect(wasSent("Hi {customer}, you've waited too long, and that's on us.")).toBe(true);
  });

  it('ignores spacing, punctuation, width and case differences in Chinese and English', () => {
    const wasSent = sentPhraseMatcher([
      '王女士您好 让您久等了  这是我们的问题！！',
      'A TECHNICIAN WILL BE WITH YOU WITHIN 2 HOURS',
    ]);
    expect(wasSent('{customer}您好，让您久等了，这是我们的问题。')).toBe(true);
    expect(wasSent('A technician will be with you {eta}.')).toBe(true);
  });

  it('does not match when the text between placeholders differs', () => {
    const wasSent = sentPhraseMatcher(['Hi Anna, you have waited too long, and that is on us.']);
    expect(wasSent("Hi {customer}, you've waited too long, and that's on us.")).toBe(false);
  });

  it('limits how much text a placeholder can stand for', () => {
    const wasSent = sentPhraseMatcher([`Your ticket is ${'x'.repeat(200)} and it is fixed`]);
    expect(wasSent('Your ticket is {ticket} and it is fixed')).toBe(false);
  });

  it('does not treat a very short phrase as sent because a greeting appeared', () => {
    expect(sentPhraseMatcher(['王女士您好，请问有什么可以帮您？'])('{customer}您好')).toBe(false);
  });

  it('finds nothing when nothing was sent', () => {
    expect(sentPhraseMatcher([])('Thanks for waiting.')).toBe(false);
    expect(sentPhraseMatcher(['', '  ', '!!!'])('Thanks for waiting.')).toBe(false);
  });

  it('stays fast on a phrase built to backtrack', () => {
    const wasSent = sentPhraseMatcher(['a'.repeat(5000)]);
    const started = performance.now();
    expect(wasSent(`${'a{x}'.repeat(60)}b`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('normaliseForMatch', () => {
  it('keeps only letters and digits, lower-cased and width-folded', () => {
    expect(normaliseForMatch('Ｈｅｌｌｏ， World! 你好 ２４小时')).toBe('helloworld你好24小时');
  });
});
