import { describe, expect, it } from 'vitest';
import { rankSuggestions, type SuggestionContext } from '../../../src/phrasebook/rank';
import type { Phrasebook } from '../../../src/phrasebook/schema';
import { parsePhrasebook } from '../../../src/phrasebook/validate';
import { miniPhrasebook } from './fixtures/mini';

function book(overrides: Record<string, unknown>, entries: Record<string, unknown>[] = []): Phrasebook {
  const raw = { ...miniPhrasebook(), ...overrides };
  raw.entries = [...raw.entries, ...entries];
  const result = parsePhrasebook(raw, 'rules.json');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.phrasebook;
}

const entry = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  step: 'acknowledge',
  emotions: ['angry'],
  intensity: { min: 'mild', max: 'severe' },
  text: { 'zh-CN': `我明白您的感受，${id}。`, en: `I hear you, ${id}.` },
  ...fields,
});

const ctx = (overrides: Partial<SuggestionContext> = {}): SuggestionContext => ({
  emotion: 'angry',
  intensity: 'strong',
  trend: 'steady',
  flags: [],
  customerMessageCount: 1,
  agentMessageCount: 0,
  locale: 'en',
  sentTexts: [],
  ...overrides,
});

const ids = (books: Phrasebook[], context: SuggestionContext) =>
  rankSuggestions(books, context).groups.flatMap((group) => group.suggestions.map((s) => s.entry.id));

describe('rankSuggestions rules', () => {
  it('breaks ties by id', () => {
    const tied = book({}, [entry('ack-b'), entry('ack-c'), entry('ack-a')]);
    expect(ids([tied], ctx()).filter((id) => id.startsWith('ack-') && id.length === 5)).toEqual([
      'ack-a',
      'ack-b',
      'ack-c',
    ]);
  });

  it('raises an entry whose tags match a conversation topic', () => {
    const topical = book({}, [entry('ack-a'), entry('ack-refund', { tags: ['refund'] })]);
    const order = ids([topical], ctx({ topics: ['refund'] }));
    expect(order.indexOf('ack-refund')).toBeLessThan(order.indexOf('ack-a'));
  });

  it('leaves out entries for a flag the customer did not raise, and far-off intensities', () => {
    const strict = book({}, [
      entry('ack-churn', { flags: ['churn'] }),
      entry('ack-calm-only', { intensity: { min: 'calm', max: 'calm' } }),
    ]);
    expect(ids([strict], ctx())).not.toContain('ack-churn');
    expect(ids([strict], ctx())).not.toContain('ack-calm-only');
    expect(ids([strict], ctx({ flags: ['churn'] }))).toContain('ack-churn');
  });

  it('offers an entry answering a raised flag even when written for another emotion', () => {
    const flagged = book({}, [entry('ack-urgent', { emotions: ['anxious'], flags: ['urgent'] })]);
    expect(ids([flagged], ctx({ flags: ['urgent'] }))).toContain('ack-urgent');
  });

  it('prefers a team phrase over an equal default one, and offers a shared id once', () => {
    const base = book({ id: 'base', kind: 'default' }, [entry('ack-shared'), entry('ack-x')]);
    const team = book({ id: 'team', kind: 'team', entries: [] }, [entry('ack-shared'), entry('ack-y')]);
    const result = rankSuggestions([base, team], ctx());
    const acknowledge = result.groups.find((g) => g.step === 'acknowledge')?.suggestions ?? [];
    expect(acknowledge.filter((s) => s.entry.id === 'ack-shared').map((s) => s.phrasebookId)).toEqual(['team']);
    expect(acknowledge.map((s) => s.entry.id).indexOf('ack-y')).toBeLessThan(
      acknowledge.map((s) => s.entry.id).indexOf('ack-x'),
    );
  });

  it('brings hand-over forward for severe, rising anger and says why', () => {
    const handOver = book({}, [entry('hand-1', { step: 'hand_over' })]);
    const steady = rankSuggestions([handOver], ctx({ intensity: 'severe', agentMessageCount: 3 }));
    expect(steady.groups.map((g) => g.step)).not.toContain('hand_over');
    const rising = rankSuggestions([handOver], ctx({ intensity: 'severe', trend: 'escalating', agentMessageCount: 3 }));
    const group = rising.groups.find((g) => g.step === 'hand_over');
    expect(group?.suggestions[0]?.reason.en).toBe('angry (severe) · rising → hand over to a supervisor');
  });

  it('counts a phrase sent in the other language as already sent', () => {
    const result = rankSuggestions(
      [book({})],
      ctx({ locale: 'zh-CN', sentTexts: ["Hi Bob, you've waited too long, and that's on us."] }),
    );
    const ack = result.groups.find((g) => g.step === 'acknowledge')?.suggestions[0];
    expect(ack).toMatchObject({ alreadySent: true, text: '{customer}您好，让您久等了，这是我们的问题。' });
  });

  it('returns empty results for no phrasebooks or no fitting entry', () => {
    const empty = { suggestions: [], groups: [], nextSteps: [] };
    expect(rankSuggestions([], ctx())).toEqual(empty);
    expect(rankSuggestions([book({})], ctx({ emotion: 'disappointed' }))).toEqual(empty);
  });
});
