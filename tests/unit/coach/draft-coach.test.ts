import { describe, expect, it } from 'vitest';
import { coachDraft, type DraftContext, type DraftHint } from '../../../src/coach/draft-coach';
import { HINT_TEXT } from '../../../src/coach/draft-words';
import type { PhrasebookInput } from '../../../src/phrasebook/schema';
import { SHIPPED_PHRASEBOOKS } from '../../../src/phrasebook/shipped';
import { parsePhrasebook } from '../../../src/phrasebook/validate';

/** A fixed avoid list, so the tests do not move when the shipped phrasebooks are edited. */
const FIXTURE: PhrasebookInput = {
  schemaVersion: 1,
  id: 'coach-fixture',
  kind: 'team',
  name: { 'zh-CN': '教练测试', en: 'Coach fixture' },
  entries: [],
  avoid: [
    {
      id: 'avoid-calm-down',
      phrases: { 'zh-CN': ['你冷静一点', '冷静点'], en: ['calm down'] },
      better: { 'zh-CN': '我明白这件事让您很着急。', en: 'I can see why this is frustrating.' },
      why: { 'zh-CN': '否定了客户的感受。', en: 'It dismisses how they feel.' },
    },
    {
      id: 'avoid-not-our-problem',
      phrases: { 'zh-CN': ['不是我们的问题'], en: ['not our problem'] },
      better: { 'zh-CN': '我先帮您查清楚。', en: 'Let me find out what went wrong.' },
      why: { 'zh-CN': '客户会觉得没人管。', en: 'It leaves the customer on their own.' },
    },
  ],
};
const parsed = parsePhrasebook(FIXTURE, 'coach-fixture.json');
if (!parsed.ok) throw new Error('coach fixture is invalid');
const BOOKS = [parsed.phrasebook];

const NEUTRAL: DraftContext = { emotion: 'neutral', intensity: 'calm', flags: [] };
const ANGRY: DraftContext = { emotion: 'angry', intensity: 'mild', flags: [] };
const ANXIOUS: DraftContext = { emotion: 'anxious', intensity: 'mild', flags: [] };

const coach = (draft: string, context: DraftContext, locale: 'zh-CN' | 'en' = 'en') =>
  coachDraft(draft, context, BOOKS, locale);
const kinds = (hints: DraftHint[]) => hints.map((hint) => hint.kind);
const spanText = (draft: string, hint: DraftHint | undefined) =>
  hint?.span ? draft.slice(hint.span.start, hint.span.end) : undefined;

function avoidItem(id: string) {
  const item = BOOKS.flatMap((book) => book.avoid).find((candidate) => candidate.id === id);
  if (!item) throw new Error(`fixture lost ${id}`);
  return item;
}

describe('coachDraft: phrases to avoid', () => {
  it('flags an English avoid phrase with the team’s reason, better wording and span', () => {
    const draft = 'Please calm down, we are checking your order.';
    const item = avoidItem('avoid-calm-down');
    expect(coach(draft, NEUTRAL)).toEqual([
      { kind: 'avoid', message: item.why, better: item.better, span: { start: 7, end: 16 } },
    ]);
  });

  it('flags a Chinese avoid phrase', () => {
    const draft = '你冷静一点，我们正在查。';
    const [hint] = coach(draft, NEUTRAL, 'zh-CN');
    expect(hint?.kind).toBe('avoid');
    expect(spanText(draft, hint)).toBe('你冷静一点');
    expect(hint?.better).toEqual(avoidItem('avoid-calm-down').better);
  });

  it('reads the avoid lists of the shipped phrasebooks', () => {
    const draft = '这不是我们的问题，您去找快递吧。';
    const [hint] = coachDraft(draft, NEUTRAL, SHIPPED_PHRASEBOOKS, 'zh-CN');
    expect(hint?.kind).toBe('avoid');
    expect(spanText(draft, hint)).toBe('这不是我们的问题');
  });

  it('stays quiet on clean drafts in both languages', () => {
    expect(coach('Thanks for waiting, we are checking it now.', NEUTRAL)).toEqual([]);
    expect(coach('我们正在为您核实订单，请稍候。', NEUTRAL, 'zh-CN')).toEqual([]);
  });
});

describe('coachDraft: acknowledgement', () => {
  it('asks for acknowledgement when an angry customer gets none', () => {
    expect(coach('We will send you a new one.', ANGRY)).toEqual([
      {
        kind: 'no-acknowledgement',
        message: HINT_TEXT.acknowledgeAnger,
        better: HINT_TEXT.acknowledgeAngerBetter,
      },
    ]);
    expect(kinds(coach('我们会给您重新发货。', ANGRY, 'zh-CN'))).toEqual(['no-acknowledgement']);
  });

  it.each([
    'Sorry about that, we will send you a new one.',
    'I understand, let me fix this right away.',
    'I can see why that’s frustrating. Let me fix it.',
    'Thank you for your patience, the fix is on its way.',
    '非常抱歉，我们马上给您重新发货。',
    '我理解您的心情，马上为您处理。',
    '让您久等了，马上为您处理。',
    '辛苦您了，这就给您补发。',
  ])('accepts "%s" as acknowledgement', (draft) => {
    expect(coach(draft, ANGRY, /\p{Script=Han}/u.test(draft) ? 'zh-CN' : 'en')).toEqual([]);
  });

  it('does not take blame that contains 理解 for acknowledgement', () => {
    expect(kinds(coach('是您理解错了，我们会重新发货。', ANGRY, 'zh-CN'))).toContain('no-acknowledgement');
  });

  it('asks for it when disappointment is strong, not when it is mild', () => {
    const draft = 'We will send you a new one.';
    expect(coach(draft, { emotion: 'disappointed', intensity: 'mild', flags: [] })).toEqual([]);
    expect(coach(draft, { emotion: 'disappointed', intensity: 'strong', flags: [] })).toEqual([
      {
        kind: 'no-acknowledgement',
        message: HINT_TEXT.acknowledgeDisappointment,
        better: HINT_TEXT.acknowledgeDisappointmentBetter,
      },
    ]);
  });

  it('does not ask a calm customer for it', () => {
    expect(coach('We will send you a new one.', NEUTRAL)).toEqual([]);
  });
});

describe('coachDraft: time frame', () => {
  it('asks an anxious customer’s agent for a time frame, in both languages', () => {
    expect(coach('We are looking into it for you.', ANXIOUS)).toEqual([
      { kind: 'no-time-frame', message: HINT_TEXT.timeFrameAnxious },
    ]);
    expect(kinds(coach('我们正在帮您处理。', ANXIOUS, 'zh-CN'))).toEqual(['no-time-frame']);
  });

  it('is satisfied by a time frame the promise tracker recognises', () => {
    expect(coach('We are on it and will reply within 30 minutes.', ANXIOUS)).toEqual([]);
    expect(coach('我们会在30分钟内给您回复。', ANXIOUS, 'zh-CN')).toEqual([]);
    expect(coach('明天上午给您回复，请放心。', ANXIOUS, 'zh-CN')).toEqual([]);
  });

  it('asks for one when the urgent flag is set, whatever the emotion', () => {
    expect(coach('We are looking into it for you.', { ...NEUTRAL, flags: ['urgent'] })).toEqual([
      { kind: 'no-time-frame', message: HINT_TEXT.timeFrameUrgent },
    ]);
  });

  it('does not ask otherwise', () => {
    expect(coach('We are looking into it for you.', { emotion: 'positive', intensity: 'strong', flags: [] })).toEqual(
      [],
    );
  });
});

describe('coachDraft: humour', () => {
  it('flags laughter at an angry customer with its span', () => {
    const draft = 'Sorry, hahaha we will fix it.';
    const hints = coach(draft, ANGRY);
    expect(kinds(hints)).toEqual(['humour']);
    expect(hints[0]?.message).toEqual(HINT_TEXT.humour);
    expect(spanText(draft, hints[0])).toBe('hahaha');
  });

  it('flags Chinese laughter and emoji', () => {
    const zh = '不好意思，哈哈，马上处理';
    expect(spanText(zh, coach(zh, ANGRY, 'zh-CN')[0])).toBe('哈哈');
    const emoji = 'Sorry 😂 we will fix it';
    expect(spanText(emoji, coach(emoji, ANGRY)[0])).toBe('😂');
  });

  it('explains that 呵呵 reads as a sneer', () => {
    const draft = '呵呵，抱歉，我们再看看';
    const [hint] = coach(draft, ANGRY, 'zh-CN');
    expect(hint).toEqual({ kind: 'humour', message: HINT_TEXT.sneer, span: { start: 0, end: 2 } });
  });

  it('flags it when any negative emotion is strong', () => {
    expect(kinds(coach('Sorry, lol, checking now', { emotion: 'anxious', intensity: 'strong', flags: [] }))).toContain(
      'humour',
    );
  });

  it('lets a calm or delighted customer have a joke', () => {
    expect(coach('Haha glad it worked out!', NEUTRAL)).toEqual([]);
    expect(coach('哈哈，很高兴帮到您！', { emotion: 'positive', intensity: 'strong', flags: [] }, 'zh-CN')).toEqual([]);
  });

  it('gives laughter one hint when the team’s avoid list already names it', () => {
    const draft = 'Sorry, haha, we will fix it.';
    const hints = coachDraft(draft, ANGRY, SHIPPED_PHRASEBOOKS, 'en');
    expect(hints.filter((hint) => spanText(draft, hint) === 'haha')).toHaveLength(1);
  });

  it('does not read words that merely contain the letters as laughter', () => {
    expect(kinds(coach('Sorry, the theme of the shop changed.', ANGRY))).toEqual([]);
  });
});

describe('coachDraft: order and limits', () => {
  it('returns at most two hints, what is written before what is missing', () => {
    const draft = 'Calm down haha, it is not our problem.';
    expect(kinds(coach(draft, { ...ANGRY, flags: ['urgent'] }))).toEqual(['avoid', 'humour']);
  });

  it('shows a different kind of problem before a second avoid phrase', () => {
    expect(kinds(coach('Calm down, it is not our problem.', ANGRY))).toEqual(['avoid', 'no-acknowledgement']);
    expect(kinds(coach('Sorry, calm down, it is not our problem.', ANGRY))).toEqual(['avoid', 'avoid']);
  });

  it('puts a missing acknowledgement before a missing time frame', () => {
    expect(kinds(coach('We are checking.', { ...ANGRY, flags: ['urgent'] }))).toEqual([
      'no-acknowledgement',
      'no-time-frame',
    ]);
  });

  it('says nothing while the draft is still a few characters long', () => {
    expect(coach('lol', ANGRY)).toEqual([]);
    expect(coach('Ok, I', ANGRY)).toEqual([]);
    expect(kinds(coach('Ok, I will', ANGRY))).toEqual(['no-acknowledgement']);
    expect(coach('哈哈', ANGRY, 'zh-CN')).toEqual([]);
    expect(coach('冷静点', NEUTRAL, 'zh-CN')).toEqual([]);
    expect(kinds(coach('你冷静点', NEUTRAL, 'zh-CN'))).toEqual(['avoid']);
  });
});

describe('the shipped avoid list', () => {
  it.each([
    ['请您冷静，我们正在处理。', 'zh-CN'],
    ["Sorry, but that's not my problem, you need to call the bank.", 'en'],
  ] as const)('flags “%s”', (draft, locale) => {
    const hints = coachDraft(draft, { emotion: 'angry', intensity: 'strong', flags: [] }, SHIPPED_PHRASEBOOKS, locale);
    expect(hints.map((h) => h.kind)).toContain('avoid');
  });
});
