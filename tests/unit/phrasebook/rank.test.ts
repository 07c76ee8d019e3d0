import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../../src/phrasebook/placeholders';
import { rankSuggestions, type SuggestionContext, type SuggestionResult } from '../../../src/phrasebook/rank';
import type { Locale, Step } from '../../../src/phrasebook/schema';
import { SHIPPED_PHRASEBOOKS } from '../../../src/phrasebook/shipped';

const BOOKS = SHIPPED_PHRASEBOOKS;
const PACK_IDS = new Set(BOOKS.filter((book) => book.kind === 'pack').map((book) => book.id));

function context(overrides: Partial<SuggestionContext>): SuggestionContext {
  return {
    emotion: 'neutral',
    intensity: 'mild',
    trend: 'steady',
    flags: [],
    customerMessageCount: 2,
    agentMessageCount: 1,
    locale: 'en',
    sentTexts: [],
    ...overrides,
  };
}

const rank = (overrides: Partial<SuggestionContext>) => rankSuggestions(BOOKS, context(overrides));
const stepsOf = (result: SuggestionResult): Step[] => result.groups.map((group) => group.step);
const LOCALES: Locale[] = ['en', 'zh-CN'];

describe.each(LOCALES)('rankSuggestions in %s', (locale) => {
  it('puts boundary-setting and hand-over first for an angry, abusive customer', () => {
    const result = rank({ locale, emotion: 'angry', intensity: 'strong', flags: ['abusive'], agentMessageCount: 0 });
    expect(stepsOf(result).slice(0, 2)).toEqual(['set_boundary', 'hand_over']);
    expect(result.suggestions[0]?.step).toBe('set_boundary');
    expect(result.suggestions[0]?.entry.flags).toContain('abusive');
    const reason = result.suggestions[0]?.reason;
    expect(reason?.en).toBe('angry (strong) · abusive → set a boundary');
    expect(reason?.['zh-CN']).toBe('愤怒（强烈） · 辱骂 → 设定边界');
  });

  it('leads with a concrete time frame and the next step for an anxious, urgent customer', () => {
    const result = rank({ locale, emotion: 'anxious', intensity: 'mild', flags: ['urgent'], agentMessageCount: 0 });
    expect(stepsOf(result).slice(0, 2)).toEqual(['set_expectations', 'solve']);
    const first = result.suggestions[0];
    expect(first?.text).toContain('{eta}');
    expect(first?.reason.en).toBe('anxious · urgent → give a time frame');
    expect(first?.reason['zh-CN']).toBe('焦虑 · 紧急 → 给出明确时限');
    expect(result.nextSteps.length).toBeGreaterThan(0);
  });

  it('acknowledges the history and promises a follow-up when disappointed after repeated failures', () => {
    const result = rank({
      locale,
      emotion: 'disappointed',
      intensity: 'strong',
      customerMessageCount: 6,
      agentMessageCount: 3,
    });
    expect(new Set(stepsOf(result).slice(0, 2))).toEqual(new Set(['acknowledge', 'follow_up']));
    const acknowledge = result.groups.find((group) => group.step === 'acknowledge');
    expect(acknowledge?.suggestions[0]?.entry.tags.some((tag) => ['repeat', 'history'].includes(tag))).toBe(true);
    expect(acknowledge?.suggestions[0]?.reason.en).toContain('repeated contact');
  });

  it('closes warmly with a positive customer, without apologising again', () => {
    const result = rank({ locale, emotion: 'positive', intensity: 'mild', trend: 'calming', agentMessageCount: 4 });
    expect(stepsOf(result)[0]).toBe('close');
    expect(result.suggestions[0]?.entry.emotions).toContain('positive');
    expect(stepsOf(result)).not.toContain('apologise');
    expect(stepsOf(result)).not.toContain('set_boundary');
  });

  it('acknowledges an escalation threat and offers a supervisor early', () => {
    const result = rank({
      locale,
      emotion: 'angry',
      intensity: 'strong',
      flags: ['escalation_threat'],
      agentMessageCount: 2,
    });
    const steps = stepsOf(result);
    expect(steps[0]).toBe('acknowledge');
    expect(steps.slice(0, 3)).toEqual(expect.arrayContaining(['hand_over', 'apologise']));
  });

  it('acknowledges and empathises first early on, and moves to solving later', () => {
    const early = rank({ locale, emotion: 'angry', intensity: 'mild', agentMessageCount: 0 });
    expect(stepsOf(early).slice(0, 2)).toEqual(['acknowledge', 'empathise']);
    const later = rank({ locale, emotion: 'angry', intensity: 'mild', agentMessageCount: 5 });
    expect(stepsOf(later).slice(0, 2)).toContain('solve');
    expect(stepsOf(later)[0]).not.toBe('empathise');
  });

  it('never offers closing lines or boundaries to an upset customer who was not abusive', () => {
    for (const emotion of ['angry', 'anxious', 'disappointed'] as const) {
      const steps = stepsOf(rank({ locale, emotion, intensity: 'strong', agentMessageCount: 3 }));
      expect(steps).not.toContain('close');
      expect(steps).not.toContain('set_boundary');
    }
  });

  it('sinks a phrase the agent already sent to the end of its step, keeping it visible', () => {
    const before = rank({ locale, emotion: 'anxious', intensity: 'mild', flags: ['urgent'], agentMessageCount: 0 });
    const first = before.suggestions[0];
    if (!first) throw new Error('no suggestion');
    const values = { customer: 'Anna', agent: 'Li', eta: 'within 2 hours', ticket: 'A-77', callback_time: '3pm' };
    const filled = fillPlaceholders(first.text, values).text;
    // The page gives back what was sent with different spacing and punctuation, inside a longer message.
    const sent = `OK!  ${filled.replace(/[,，。.]/g, ' ').toUpperCase()} Thanks`;
    const after = rank({
      locale,
      emotion: 'anxious',
      intensity: 'mild',
      flags: ['urgent'],
      agentMessageCount: 0,
      sentTexts: [sent],
    });
    const group = after.groups.find((g) => g.step === first.step)?.suggestions ?? [];
    expect(group.at(-1)?.entry.id).toBe(first.entry.id);
    expect(group.at(-1)?.alreadySent).toBe(true);
    expect(group.at(-1)?.reason.en).toContain('already sent');
    expect(group.filter((s) => s.alreadySent)).toHaveLength(1);
    expect(after.suggestions[0]?.entry.id).not.toBe(first.entry.id);
  });

  it('gives text in the customer’s locale, placeholders unfilled', () => {
    const result = rank({ locale, emotion: 'angry', intensity: 'strong' });
    for (const suggestion of result.suggestions) expect(suggestion.text).toBe(suggestion.entry.text[locale]);
  });
});

describe('rankSuggestions', () => {
  it('boosts the active industry pack and leaves out the other packs', () => {
    const result = rank({ emotion: 'angry', intensity: 'strong', industry: 'heating' });
    const books = new Set(result.groups.flatMap((g) => g.suggestions.map((s) => s.phrasebookId)));
    expect([...books].filter((id) => PACK_IDS.has(id))).toEqual(['heating']);
    expect(result.suggestions.some((s) => s.phrasebookId === 'heating')).toBe(true);
  });

  it('uses no industry pack when none is active', () => {
    const result = rank({ emotion: 'anxious', intensity: 'strong', flags: ['urgent'] });
    expect(result.groups.every((g) => g.suggestions.every((s) => !PACK_IDS.has(s.phrasebookId)))).toBe(true);
  });

  it('is deterministic, whatever the order of the phrasebooks', () => {
    const ctx = context({ emotion: 'angry', intensity: 'severe', flags: ['churn'], industry: 'telecom' });
    const ids = (result: SuggestionResult) => result.groups.map((g) => [g.step, g.suggestions.map((s) => s.entry.id)]);
    const once = rankSuggestions(BOOKS, ctx);
    expect(ids(rankSuggestions([...BOOKS].reverse(), ctx))).toEqual(ids(once));
    expect(rankSuggestions(BOOKS, ctx)).toEqual(once);
  });

  it('returns at most the limit, in the order of the groups', () => {
    for (const limit of [undefined, 3, 12]) {
      const result = rank({ emotion: 'disappointed', intensity: 'mild', agentMessageCount: 3, limit });
      expect(result.suggestions.length).toBe(limit ?? 8);
      const order = stepsOf(result);
      const positions = result.suggestions.map((s) => order.indexOf(s.step));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(rank({ emotion: 'angry', limit: 0 }).suggestions).toEqual([]);
  });

  it('spans several steps instead of filling the list with one', () => {
    const result = rank({ emotion: 'angry', intensity: 'strong', agentMessageCount: 0 });
    expect(new Set(result.suggestions.map((s) => s.step)).size).toBeGreaterThanOrEqual(3);
  });

  it('lists each next step once, from the listed suggestions', () => {
    const result = rank({ emotion: 'angry', intensity: 'strong', flags: ['escalation_threat'], locale: 'zh-CN' });
    const listed = new Set(result.suggestions.map((s) => s.entry.id));
    expect(result.nextSteps.length).toBeGreaterThan(0);
    expect(new Set(result.nextSteps.map((n) => n.text)).size).toBe(result.nextSteps.length);
    for (const next of result.nextSteps) expect(listed.has(next.entryId)).toBe(true);
  });

  it('offers only entries that fit the emotion or answer a raised flag', () => {
    const result = rank({ emotion: 'anxious', intensity: 'mild', flags: ['urgent'] });
    for (const { entry } of result.groups.flatMap((g) => g.suggestions)) {
      expect(entry.emotions.includes('anxious') || entry.flags.includes('urgent')).toBe(true);
      expect(entry.flags.every((flag) => flag === 'urgent')).toBe(true);
    }
  });
});
