import { describe, expect, it } from 'vitest';
import { findAvoidPhrases } from '../../../src/phrasebook/avoid';
import { parsePhrasebook } from '../../../src/phrasebook/validate';
import { miniPhrasebook } from './fixtures/mini';

function bookWithAvoid(phrases: { 'zh-CN': string[]; en: string[] }, id = 'avoid-x') {
  const raw = miniPhrasebook();
  raw.avoid.push({ id, phrases, better: { 'zh-CN': '好', en: 'good' }, why: { 'zh-CN': '因为', en: 'because' } });
  const result = parsePhrasebook(raw, 'mini.json');
  if (!result.ok) throw new Error('fixture invalid');
  return result.phrasebook;
}

const book = bookWithAvoid(
  { 'zh-CN': ['这不是我们的问题', '不是我们的问题'], en: ["it's not our problem", 'relax'] },
  'avoid-blame',
);
const spans = (draft: string) =>
  findAvoidPhrases(draft, [book]).map((m) => [draft.slice(m.start, m.end), m.item.id, m.locale]);

describe('findAvoidPhrases', () => {
  it('finds English phrases case-insensitively with their span', () => {
    expect(spans('Please CALM DOWN, sir.')).toEqual([['CALM DOWN', 'avoid-calm-down', 'en']]);
  });

  it('matches English only as whole words', () => {
    expect(spans('I am relaxed about it, the relaxation room is open.')).toEqual([]);
    expect(spans('Just relax.')).toEqual([['relax', 'avoid-blame', 'en']]);
  });

  it('treats Chinese next to an English phrase as a word boundary', () => {
    expect(spans('请calm down一下')).toEqual([['calm down', 'avoid-calm-down', 'en']]);
  });

  it('tolerates different spacing and a typographic apostrophe', () => {
    expect(spans('Sorry, it’s  not our\nproblem.')).toEqual([['it’s  not our\nproblem', 'avoid-blame', 'en']]);
  });

  it('finds Chinese phrases inside running text', () => {
    expect(spans('您好，你冷静一点，这不是我们的问题。')).toEqual([
      ['你冷静一点', 'avoid-calm-down', 'zh-CN'],
      ['这不是我们的问题', 'avoid-blame', 'zh-CN'],
    ]);
  });

  it('keeps the longer of two overlapping matches and finds repeats', () => {
    expect(spans('不是我们的问题，真的不是我们的问题').map(([text]) => text)).toEqual([
      '不是我们的问题',
      '不是我们的问题',
    ]);
    expect(spans('这不是我们的问题')).toEqual([['这不是我们的问题', 'avoid-blame', 'zh-CN']]);
  });

  it('treats regular-expression characters in a phrase literally', () => {
    const tricky = bookWithAvoid({ 'zh-CN': ['（无语）'], en: ['a.b*c'] });
    expect(findAvoidPhrases('axbbc a.b*c （无语）', [tricky]).map((m) => m.start)).toEqual([6, 12]);
  });

  it('returns nothing for a clean draft', () => {
    expect(spans('I understand, let me sort this out for you right now.')).toEqual([]);
  });
});
