import { describe, expect, it } from 'vitest';
import { classifyMessage, type MessageEmotion } from '../../../src/emotion/index.ts';

const rules = (result: MessageEmotion) => result.evidence.map((e) => e.rule);
const readAsWorry = (text: string) => {
  const result = classifyMessage(text);
  expect(result.emotion, text).toBe('anxious');
  expect(rules(result), text).toContain('concern');
};
const readAsNeutral = (text: string) => expect(classifyMessage(text).emotion, text).toBe('neutral');

describe('worry without emotion words', () => {
  it('reads chasing the status of the customer’s own order or refund as worry (en)', () => {
    readAsWorry('when will my order arrive?');
    readAsWorry('any update on my refund?');
    readAsWorry('I would like to know if my order has been shipped');
  });

  it('reads chasing the status of the customer’s own order or refund as worry (zh)', () => {
    readAsWorry('我的快递什么时候能到？');
    readAsWorry('我的退款有没有进展？');
    readAsWorry('想问一下我的订单发货了吗');
  });

  it('reads asking how long something pending will take as worry (en and zh)', () => {
    readAsWorry('how long will this take?');
    readAsWorry('还要等多久？');
  });

  it('reads a need with a deadline as worry (en and zh)', () => {
    readAsWorry('I need this by Friday.');
    readAsWorry('这个周五前必须拿到，能保证吗');
  });

  it('reads a feared cost to the customer’s own money as worry (en and zh)', () => {
    readAsWorry('I already paid, so why does the invoice say unpaid?');
    readAsWorry('我已经付了钱，为什么订单显示未支付？');
  });

  it('reads hoping for an outcome before a date as worry (en and zh)', () => {
    readAsWorry('Hopefully it arrives before the weekend.');
    readAsWorry('希望明天之前能送到');
  });
});

describe('asking for information stays neutral', () => {
  it('keeps how-to and general questions neutral even with "my" or a time word (en)', () => {
    readAsNeutral('how do I change my address?');
    readAsNeutral('How long does standard shipping take?');
    readAsNeutral('I would like to know your opening hours');
  });

  it('keeps how-to and general questions neutral (zh)', () => {
    readAsNeutral('请问营业时间是几点到几点？');
    readAsNeutral('请问退款一般几个工作日能到账？');
    readAsNeutral('怎么修改收货地址？');
  });

  it('reads a hypothetical question about a consequence as a question, not a fear (en and zh)', () => {
    readAsNeutral('what happens if my payment fails?');
    readAsNeutral('can i return an item that arrived damaged?');
    readAsNeutral('付款失败的话，钱会原路退回吗？');
  });

  it('reads a need or worry the customer denies as no worry (en and zh)', () => {
    readAsNeutral("I don't need it by Friday, whenever is fine");
    readAsNeutral('不用担心我的订单，明天到也可以');
  });

  it('reads the customer’s own order and a date with nothing pending as a plain fact (en and zh)', () => {
    readAsNeutral('I placed the order today.');
    readAsNeutral('我的订单是今天下的');
  });
});

describe('worry cues next to another emotion', () => {
  it('leaves a thank-you that mentions a date positive (en and zh)', () => {
    expect(classifyMessage('thanks, my order arrived today!').emotion).toBe('positive');
    expect(classifyMessage('谢谢，我的快递今天到了').emotion).toBe('positive');
  });

  it('leaves a complaint about something still broken a complaint', () => {
    const result = classifyMessage('my laptop is still broken, honestly expected better');
    expect(result.emotion).toBe('disappointed');
    expect(rules(result)).not.toContain('concern');
  });
});

describe('outcome words and questions', () => {
  it('asks only about the clause the question is in', () => {
    readAsNeutral('My new radiator valve arrived, when can the installer come to fit it?');
    readAsWorry('has my new radiator valve arrived?');
  });
});
