import { describe, expect, it } from 'vitest';
import { isNewestFirst } from '../../../src/helpdesk/generic/reading-order';
import { classWords, kindOf, labelWords, splitWords } from '../../../src/helpdesk/generic/words';

const kinds = (words: string[]) => words.map((w) => kindOf(w) ?? '-');

describe('class and label words of the generic adapter', () => {
  it('splits BEM, kebab, snake and camelCase class names into words', () => {
    expect(splitWords('chat__message--incoming')).toEqual(['chat', 'message', 'incoming']);
    expect(splitWords('nlux-comp-chatItem--sent')).toEqual(['nlux', 'comp', 'chat', 'item', 'sent']);
    expect(splitWords('msg_fromVisitor')).toEqual(['msg', 'from', 'visitor']);
  });

  it('reads direction from "in"/"out" only when the class is about a message, not an animation', () => {
    expect(kinds(classWords('message-in'))).toContain('customer');
    expect(kinds(classWords('msg-out'))).toContain('agent');
    expect(kinds(classWords('fade-in'))).not.toContain('customer');
    expect(kinds(classWords('slide-out'))).not.toContain('agent');
  });

  it('finds no words in generated and utility class names', () => {
    for (const name of ['sc-kieALA', 'feuBPB', 'css-1x2y3z', 'x1rg5ohu', 'my-2', 'me-3', 'start-0']) {
      expect(classWords(name)).toEqual([]);
    }
  });

  it('keeps side-only words (user, bot, left) apart from words that name a side', () => {
    expect(kinds(classWords('rcb-user-message-container'))).toContain('side');
    expect(kinds(classWords('rcb-bot-message-container'))).toContain('side');
    expect(kinds(classWords('bubble-right'))).toContain('side');
    expect(kinds(classWords('operator-reply'))).toContain('agent');
    expect(kinds(classWords('kehu-msg'))).toContain('customer');
  });

  it('reads sender tags in Chinese and English, also as a prefix of a name', () => {
    expect(kinds(labelWords('访客 张女士'))).toEqual(['customer']);
    expect(kinds(labelWords('客服-小王'))).toEqual(['agent']);
    expect(kinds(labelWords('客服小李'))).toEqual(['agent']);
    expect(kinds(labelWords('内部备注'))).toEqual(['note']);
    expect(kinds(labelWords('You'))).toEqual(['agent']);
    expect(labelWords('Priya Shah')).toEqual([]);
  });
});

describe('reading order of the generic adapter', () => {
  const list = {} as Element;

  it('takes falling times as a list that shows the newest message first', () => {
    expect(isNewestFirst([600, 590, undefined, 580], list)).toBe(true);
    expect(isNewestFirst([580, 590, 600], list)).toBe(false);
  });

  it("lets where the agent's own message landed overrule the times", () => {
    expect(isNewestFirst([580, 590, 600], list, true)).toBe(true);
  });
});
