import { describe, expect, it } from 'vitest';
import { classifyMessage, createClassifier, parseCustomTerms } from '../../../src/emotion/index.ts';

describe('custom terms', () => {
  it('extend the lexicon at run time without touching the built-in classifier', () => {
    const classifier = createClassifier({
      extraTerms: [
        { term: '暖气费白交了', lang: 'zh', emotion: 'angry', weight: 3 },
        { term: 'radiator bleed', lang: 'en', emotion: 'anxious' },
      ],
    });
    expect(classifier.classifyMessage('今年暖气费白交了').emotion).toBe('angry');
    expect(classifier.classifyMessage('radiator bleed please').emotion).toBe('anxious');
    expect(classifyMessage('radiator bleed please').emotion).toBe('neutral');
  });

  it('can mark a term neutral so it stops counting', () => {
    const classifier = createClassifier({ extraTerms: [{ term: 'disappointed', lang: 'en', emotion: 'neutral' }] });
    expect(classifier.classifyMessage('disappointed').emotion).toBe('neutral');
  });

  it('can add a flag', () => {
    const classifier = createClassifier({ extraTerms: [{ term: '供热办', lang: 'zh', flag: 'escalation_threat' }] });
    expect(classifier.classifyMessage('我去找供热办').flags).toContain('escalation_threat');
  });

  it('reports every problem with its entry, field and a message in zh-CN and en', () => {
    const result = parseCustomTerms([
      { term: 'ok', lang: 'en', emotion: 'angry' },
      { term: '', lang: 'en', emotion: 'angry' },
      { term: 'slow', lang: 'fr', emotion: 'angry', weight: 9 },
      { term: 'x', lang: 'en' },
      { term: 'y', lang: 'en', emotion: 'angry', wieght: 2 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['1.term', '2.lang', '2.weight', '3.emotion', '4']));
    const weight = result.errors.find((e) => e.path.join('.') === '2.weight');
    expect(weight?.message.en).toBe('Entry 3, field "weight" must be at most 5');
    expect(weight?.message['zh-CN']).toBe('第 3 条的“weight”不能大于 5');
    const unknown = result.errors.find((e) => e.path.join('.') === '4');
    expect(unknown?.message.en).toContain('wieght');
  });

  it('accepts a valid list and rejects something that is not a list', () => {
    expect(parseCustomTerms([{ term: '催单', lang: 'zh', emotion: 'anxious', weight: 1.5 }]).ok).toBe(true);
    const notAList = parseCustomTerms({ term: 'x' });
    expect(notAList.ok).toBe(false);
    if (!notAList.ok) expect(notAList.errors[0]?.message.en).toContain('The term list');
  });

  it('makes createClassifier throw a clear error on invalid terms', () => {
    expect(() => createClassifier({ extraTerms: [{ term: 'x', lang: 'en', weight: 99 } as never] })).toThrow(
      /Entry 1, field "weight"/,
    );
  });
});
