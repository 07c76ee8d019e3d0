import { describe, expect, it } from 'vitest';
import { findPromise } from '../../../src/coach/promises';

/** Wednesday 11 June 2025, 10:15 in the test machine's own time zone, as the agent's browser would see it. */
const SENT_AT = new Date(2025, 5, 11, 10, 15);
/** A local time in June 2025; expectations are built the same way as SENT_AT, so any time zone passes. */
const june = (day: number, hour: number, minute = 0) => new Date(2025, 5, day, hour, minute);

/** [message, the promise's words, when it falls due] */
const PROMISES: readonly [string, string, Date][] = [
  ["I'll get back to you within 2 hours.", 'within 2 hours', june(11, 12, 15)],
  ["We'll call you back in 30 minutes.", 'in 30 minutes', june(11, 10, 45)],
  ["I'll update you in the next hour.", 'in the next hour', june(11, 11, 15)],
  ['You’ll hear from us within 24h.', 'within 24h', june(12, 10, 15)],
  ['The refund will reach you within 3 working days.', 'within 3 working days', june(16, 10, 15)],
  ['Please allow 3-5 business days for the refund.', 'allow 3-5 business days', june(18, 10, 15)],
  ['It should be ready an hour and a half from now.', 'an hour and a half from now', june(11, 11, 45)],
  ['Sorry for the wait! I’ll ring you in 20 mins and send the link.', 'in 20 mins', june(11, 10, 35)],
  ["I'll call you back within the hour, ok?", 'within the hour', june(11, 11, 15)],
  ["I'll have it fixed by 5pm.", 'by 5pm', june(11, 17)],
  ['The engineer will confirm by 17:00.', 'by 17:00', june(11, 17)],
  ["You'll get the tracking number before 3:30 pm.", 'before 3:30 pm', june(11, 15, 30)],
  ['The courier will call by 5 o’clock.', 'by 5 o’clock', june(11, 17)],
  ["I'll call you tonight at 8.", 'tonight at 8', june(11, 20)],
  ['We will have an answer by noon.', 'by noon', june(11, 12)],
  ["I'll get back to you tomorrow morning.", 'tomorrow morning', june(12, 12)],
  ["We'll have an answer by end of day.", 'by end of day', june(11, 18)],
  ["I'll sort this out today.", 'today', june(11, 18)],
  ["We'll ship it first thing tomorrow.", 'first thing tomorrow', june(12, 10)],
  ['Our team will reply by Monday.', 'by Monday', june(16, 18)],
  ["It'll be resolved by the end of the week.", 'by the end of the week', june(13, 18)],
  ["We'll refund within 3 working days, and I'll update you by 5pm.", 'by 5pm', june(11, 17)],
  ['我们会在2小时内回复您', '2小时内', june(11, 12, 15)],
  ['两小时内给您答复', '两小时内', june(11, 12, 15)],
  ['半小时内帮您处理好', '半小时内', june(11, 10, 45)],
  ['24小时内退款到账', '24小时内', june(12, 10, 15)],
  ['三个工作日内完成审核', '三个工作日内', june(16, 10, 15)],
  ['十分钟之内给您回电', '十分钟之内', june(11, 10, 25)],
  ['二十四小时内给您答复', '二十四小时内', june(12, 10, 15)],
  ['十五分钟内安排师傅联系您', '十五分钟内', june(11, 10, 30)],
  ['一个半小时内送达', '一个半小时内', june(11, 11, 45)],
  ['预计3-5个工作日到账', '预计3-5个工作日', june(18, 10, 15)],
  ['请稍等5分钟，我查一下', '稍等5分钟', june(11, 10, 20)],
  ['30分钟后给您回电', '30分钟后', june(11, 10, 45)],
  ['不好意思让您久等了，我们2小时内给您回复', '2小时内', june(11, 12, 15)],
  ['今天下午5点前给您消息', '今天下午5点前', june(11, 17)],
  ['下午三点之前给您回复', '下午三点之前', june(11, 15)],
  ['晚上8点前会有人联系您', '晚上8点前', june(11, 20)],
  ['5点半前给您回复', '5点半前', june(11, 17, 30)],
  ['三点一刻前给您回电', '三点一刻前', june(11, 15, 15)],
  ['我们明天下午3点前给您回电，您看可以吗？', '明天下午3点前', june(12, 15)],
  ['明天上午给您回复', '明天上午', june(12, 12)],
  ['明天下午会有专人联系您', '明天下午', june(12, 18)],
  ['今天之内一定处理好', '今天之内', june(11, 23, 59)],
  ['明早给您回复', '明早', june(12, 10)],
  ['我刚才已经催了，今晚会给您回复', '今晚', june(11, 21)],
  ['最迟明天下午给您结果', '最迟明天下午', june(12, 18)],
  ['周一前给您答复', '周一前', june(16, 18)],
  ['我们会在周五前处理好。', '周五前', june(13, 18)],
  ['下周三之前寄出', '下周三之前', june(18, 18)],
];

const NOT_PROMISES: readonly [string, string][] = [
  ['I called 2 hours ago.', 'past'],
  ['We spoke in the last 2 hours.', 'past'],
  ['We were supposed to reply within 2 hours.', 'past'],
  ['I called at 3pm.', 'past'],
  ['上周三来过', 'past'],
  ['2小时前我打过电话', 'past'],
  ['我刚才说了2小时内回复', 'past'],
  ['Can you reply within 2 hours?', 'question to the customer'],
  ['您能在2小时内回复吗？', 'question to the customer'],
  ['您看明天上午可以吗？', 'question to the customer'],
  ["We can't do it within 2 hours.", 'negation'],
  ['我们2小时内恐怕做不到', 'negation'],
  ['Your order 24 is on its way.', 'a number that is not a time'],
  ['订单24已发货', 'a number that is not a time'],
  ['Tomorrow’s delivery slots are full.', 'a day that describes something'],
  ['明天的会议改到下午', 'a day that describes something'],
  ["I'll be with you in a minute.", 'too vague'],
  ["We'll get back to you shortly.", 'too vague'],
  ['一会儿给您回复', 'too vague'],
  ['我们马上处理', 'too vague'],
];

describe('findPromise', () => {
  it.each(PROMISES)('%s → "%s"', (text, phrase, dueAt) => {
    const start = text.indexOf(phrase);
    expect(findPromise(text, SENT_AT)).toEqual({ dueAt, phrase, start, end: start + phrase.length });
  });

  it.each(NOT_PROMISES)('%s is not a promise (%s)', (text) => {
    expect(findPromise(text, SENT_AT)).toBeNull();
  });

  it('moves a clock time that has passed today to tomorrow', () => {
    const evening = new Date(2025, 5, 11, 18, 30);
    expect(findPromise("I'll have it done by 5pm", evening)?.dueAt).toEqual(june(12, 17));
    expect(findPromise('5点半前给您回复', evening)?.dueAt).toEqual(june(12, 17, 30));
  });

  it('reads an hour without am/pm as the next one still ahead', () => {
    expect(findPromise('明天3点前给您回电', SENT_AT)?.dueAt).toEqual(june(12, 15));
    expect(findPromise("I'll reply by 9:00", SENT_AT)?.dueAt).toEqual(june(11, 21));
    expect(findPromise("I'll reply by 10:00", SENT_AT)?.dueAt).toEqual(june(12, 10));
  });

  it('skips the weekend when counting working days', () => {
    const fridayAfternoon = new Date(2025, 5, 13, 16, 0);
    expect(findPromise('1个工作日内给您答复', fridayAfternoon)?.dueAt).toEqual(june(16, 16));
    expect(findPromise('We will reply within 2 business days.', fridayAfternoon)?.dueAt).toEqual(june(17, 16));
  });

  it('counts 下周 from Monday, and a bare weekday as the coming one, today included', () => {
    const sunday = new Date(2025, 5, 15, 9, 0);
    expect(findPromise('下周一前给您答复', sunday)?.dueAt).toEqual(june(16, 18));
    expect(findPromise('周三前给您答复', SENT_AT)?.dueAt).toEqual(june(11, 18));
    expect(findPromise("We'll call you next Wednesday", SENT_AT)?.dueAt).toEqual(june(18, 18));
  });

  it('finds a promise in the clause after a refusal or a question', () => {
    expect(findPromise("We can't refund it, but I'll call you in 30 minutes.", SENT_AT)?.phrase).toBe('in 30 minutes');
    expect(findPromise('Can you send a photo? I will reply within 2 hours.', SENT_AT)?.phrase).toBe('within 2 hours');
  });
});

describe('promises typed with spaces in Chinese', () => {
  const sentAt = new Date(2026, 10, 26, 6, 40);
  it.each([
    ['预计今晚 8 点前恢复', '预计今晚 8 点前', new Date(2026, 10, 26, 20, 0)],
    ['明天 上午 给您回复', '明天 上午', new Date(2026, 10, 27, 12, 0)],
  ])('reads %s whole, due at the time promised', (text, phrase, due) => {
    const promise = findPromise(text, sentAt);
    expect(promise?.phrase).toBe(phrase);
    expect(promise?.dueAt).toEqual(due);
    expect(text.slice(promise?.start, promise?.end)).toBe(phrase);
  });
});
