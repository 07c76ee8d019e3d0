import { describe, expect, it } from 'vitest';
import {
  applyDelta,
  type Classifier,
  continuesConversation,
  EVIDENCE_KEPT_FOR_LAST,
  FULL_TEXT_KEPT_FOR_LAST,
  fromSnapshot,
  MAX_KEPT_CUSTOMER_MESSAGES,
  MAX_STORED_TEXT_CHARS,
  SNIPPET_CHARS,
} from '../../../src/conversation/tab-conversation';
import type { MessageEmotion } from '../../../src/emotion/types';
import type { ConversationMeta, ReadMessage } from '../../../src/messaging/protocol';

// A transparent stand-in: "!" means angry, anything else neutral; evidence points at the first character.
const classifier: Classifier = {
  classifyMessage(text): MessageEmotion {
    const angry = text.includes('!');
    return {
      emotion: angry ? 'angry' : 'neutral',
      intensity: angry ? 'strong' : 'calm',
      scores: { angry: angry ? 1 : 0, anxious: 0, disappointed: 0, neutral: angry ? 0 : 1, positive: 0 },
      flags: [],
      evidence: [{ start: 0, end: 1, text: text.slice(0, 1), kind: 'term', contribution: 1, rule: 'test' }],
      lang: 'en',
    };
  },
  conversationEmotion(results) {
    const last = results.at(-1);
    return {
      emotion: last?.emotion ?? 'neutral',
      intensity: last?.intensity ?? 'calm',
      trend: 'steady',
      flags: [],
      messageCount: results.length,
    };
  },
};

const meta: ConversationMeta = {
  adapterId: 'test',
  conversationId: 'c1',
  url: 'http://localhost/',
  customerName: 'Ann',
};
const msg = (id: string, role: ReadMessage['role'], text: string): ReadMessage => ({ id, role, text });

describe('per-tab conversation state', () => {
  it('classifies customer messages only and keeps agent messages apart', () => {
    const state = fromSnapshot(
      meta,
      [msg('1', 'customer', 'hello'), msg('2', 'agent', 'hi!'), msg('3', 'customer', 'now!')],
      classifier,
      5,
    );
    expect(state.customerMessages.map((m) => m.id)).toEqual(['1', '3']);
    expect(state.customerCount).toBe(2);
    expect(state.agentMessages).toEqual([{ id: '2', text: 'hi!' }]);
    expect(state.conversation?.emotion).toBe('angry');
    expect(state.updatedAt).toBe(5);
  });

  it('applies added, edited and removed messages', () => {
    const start = fromSnapshot(meta, [msg('1', 'customer', 'hello'), msg('2', 'customer', 'fine')], classifier, 1);
    const next = applyDelta(
      start,
      {
        meta,
        added: [msg('3', 'customer', 'why!'), msg('4', 'agent', 'sorry')],
        updated: [msg('2', 'customer', 'bad!')],
        removed: ['1'],
      },
      classifier,
      2,
    );
    expect(next.customerMessages.map((m) => [m.id, m.text, m.result.emotion])).toEqual([
      ['2', 'bad!', 'angry'],
      ['3', 'why!', 'angry'],
    ]);
    expect(next.customerCount).toBe(2);
    expect(next.agentMessages.map((m) => m.id)).toEqual(['4']);
  });

  it('keeps a bounded history but counts every message read', () => {
    const many = Array.from({ length: MAX_KEPT_CUSTOMER_MESSAGES + 10 }, (_, i) => msg(String(i), 'customer', `m${i}`));
    const state = fromSnapshot(meta, many, classifier, 1);
    expect(state.customerMessages).toHaveLength(MAX_KEPT_CUSTOMER_MESSAGES);
    expect(state.customerCount).toBe(MAX_KEPT_CUSTOMER_MESSAGES + 10);
    expect(state.customerMessages.at(-1)?.id).toBe(String(MAX_KEPT_CUSTOMER_MESSAGES + 9));
    // The ten that no longer fit stay on the timeline as codes: "n0" is a calm neutral message.
    expect(state.earlierTimeline).toBe('n0'.repeat(10));
    const next = applyDelta(
      state,
      { meta, added: [msg('x', 'customer', 'again!')], updated: [], removed: [] },
      classifier,
      2,
    );
    expect(next.earlierTimeline).toBe('n0'.repeat(11));
    const withEvidence = state.customerMessages.filter((m) => m.result.evidence.length > 0);
    expect(withEvidence).toHaveLength(EVIDENCE_KEPT_FOR_LAST);
  });

  it('continues only the same conversation of the same adapter', () => {
    const state = fromSnapshot(meta, [msg('1', 'customer', 'hello')], classifier, 1);
    expect(continuesConversation(state, meta)).toBe(true);
    expect(continuesConversation(state, { ...meta, conversationId: 'c2' })).toBe(false);
    expect(continuesConversation(state, { ...meta, adapterId: 'other' })).toBe(false);
    expect(continuesConversation(null, meta)).toBe(false);
  });
});

describe('per-tab storage bounds', () => {
  it('keeps full text for the latest messages and snippets for older ones, never half an emoji', () => {
    const long = `${'很'.repeat(SNIPPET_CHARS - 1)}😡${'长'.repeat(MAX_STORED_TEXT_CHARS)}`;
    const many = Array.from({ length: FULL_TEXT_KEPT_FOR_LAST + 5 }, (_, i) => msg(String(i), 'customer', long));
    const state = fromSnapshot(meta, many, classifier, 1);
    const oldest = state.customerMessages[0]?.text ?? '';
    const newest = state.customerMessages.at(-1)?.text ?? '';
    expect(oldest).toBe(`${'很'.repeat(SNIPPET_CHARS - 1)}…`);
    expect(newest.length).toBe(MAX_STORED_TEXT_CHARS + 1);
    expect(newest.endsWith('…')).toBe(true);
  });
});
