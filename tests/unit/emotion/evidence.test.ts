import { describe, expect, it } from 'vitest';
import { classifyMessage, createClassifier, type MessageEmotion } from '../../../src/emotion/index.ts';

function expectSpansMatch(text: string, result: MessageEmotion): void {
  for (const evidence of result.evidence) {
    expect(text.slice(evidence.start, evidence.end), evidence.rule).toBe(evidence.text);
  }
}

const find = (result: MessageEmotion, text: string) => result.evidence.find((e) => e.text === text);

describe('evidence spans', () => {
  it('point at the matched English words', () => {
    const text = 'Honestly this is RIDICULOUS, I am so disappointed';
    const result = classifyMessage(text);
    expectSpansMatch(text, result);
    expect(find(result, 'RIDICULOUS')?.start).toBe(text.indexOf('RIDICULOUS'));
    expect(find(result, 'disappointed')?.end).toBe(text.length);
  });

  it('point at the matched Chinese words', () => {
    const text = '等了三天，太失望了';
    const result = classifyMessage(text);
    expectSpansMatch(text, result);
    expect(find(result, '失望')).toMatchObject({ start: 6, end: 8, emotion: 'disappointed' });
  });

  it('count UTF-16 units, so words after an emoji (a surrogate pair) are still found exactly', () => {
    const text = '😡😡 where is my refund, this is ridiculous';
    const result = classifyMessage(text);
    expectSpansMatch(text, result);
    expect(find(result, '😡')).toMatchObject({ start: 0, end: 2, kind: 'emoji' });
    expect(find(result, 'ridiculous')?.start).toBe(text.indexOf('ridiculous'));
  });

  it('cover an emoji with its skin tone, variation selector or joiner sequence', () => {
    const text = '👍🏽 thanks ❤️ all good 🤦‍♀️';
    const result = classifyMessage(text);
    expectSpansMatch(text, result);
    expect(find(result, '👍🏽')).toMatchObject({ start: 0, end: 4 });
    expect(find(result, '❤️')?.end).toBe(text.indexOf('❤️') + 2);
    expect(find(result, '🤦‍♀️')?.end).toBe(text.length);
  });

  it('point at Chinese words after emoji and full-width punctuation', () => {
    const text = '🙄🙄！！你们到底管不管，气死我了';
    const result = classifyMessage(text);
    expectSpansMatch(text, result);
    expect(find(result, '气死我了')?.start).toBe(text.indexOf('气死我了'));
  });

  it('name the rule and the contribution of every item', () => {
    const result = classifyMessage('I am not happy at all!!');
    for (const evidence of result.evidence) {
      expect(evidence.rule.length).toBeGreaterThan(0);
      expect(Number.isFinite(evidence.contribution)).toBe(true);
    }
  });

  it('add up to the scores they explain', () => {
    const result = classifyMessage('呵呵，又坏了，你们这服务真是太差了！！');
    for (const emotion of ['angry', 'anxious', 'disappointed', 'positive'] as const) {
      const sum = result.evidence
        .filter((e) => e.emotion === emotion && e.kind !== 'modifier')
        .reduce((total, e) => total + e.contribution, 0);
      expect(sum).toBeCloseTo(result.scores[emotion], 6);
    }
  });
});

describe('words ending in a mark', () => {
  it('match a lexicon phrase written with its "?" or "!" and cover the whole run of marks', () => {
    const text = 'hello??? is anyone there';
    const result = classifyMessage(text);
    const hello = result.evidence.find((e) => e.rule === 'lexicon' && e.start === 0);
    expect(hello?.text).toBe('hello???');
    expect(text.slice(hello?.start, hello?.end)).toBe('hello???');
    expect(result.emotion).toBe('anxious');
  });

  it('leave the bare word alone when no mark follows it', () => {
    expect(classifyMessage('hello').evidence).toEqual([]);
    expect(classifyMessage('hello？').emotion).toBe('anxious');
  });
});

describe('phrases and sentence ends', () => {
  it('do not reach across a sentence end', () => {
    const result = classifyMessage("They won't release my car until they do. I need it for work on Monday.");
    expect(result.evidence.some((e) => e.text.toLowerCase().includes('do. i'))).toBe(false);
    expect(result.emotion).toBe('anxious');
  });

  it('reach across a full stop inside lower-case chat', () => {
    expect(classifyMessage('oh. ok then.').emotion).toBe('disappointed');
  });
});

describe('phrases with a filler word', () => {
  it('skip a filler ("really", "even") between their words', () => {
    expect(find(classifyMessage("it doesn't really help"), "doesn't really help")?.emotion).toBe('disappointed');
  });

  it('are not hidden by a longer key that spells the filler out', () => {
    const text = "I don't even know why I bother";
    const builtIn = find(classifyMessage(text), "don't even know why I bother");
    expect(builtIn?.emotion).toBe('disappointed');
    // A team lead's key that holds "even" must not stop "don't know why i bother" from skipping it.
    const classifier = createClassifier({
      extraTerms: [{ term: "don't even know what to say", lang: 'en', emotion: 'disappointed' }],
    });
    expect(find(classifier.classifyMessage(text), "don't even know why I bother")).toEqual(builtIn);
    expect(
      find(classifier.classifyMessage("I don't even know what to say"), "don't even know what to say"),
    ).toBeDefined();
  });
});

describe('English phrases in mixed text', () => {
  it('do not reach across Chinese between their words', () => {
    const mixed = classifyMessage('ok了，thx～');
    expect(mixed.emotion).toBe('positive');
    expect(mixed.evidence.map((e) => e.text)).toEqual(['thx']);
    expect(classifyMessage('ok thx').emotion).toBe('neutral');
  });
});
