import { describe, expect, it } from 'vitest';
import { classifyMessage, createClassifier, type Evidence, type MessageEmotion } from '../../../src/emotion/index.ts';

const rules = (result: MessageEmotion) => result.evidence.map((e) => e.rule);
const evidenceFor = (result: MessageEmotion, rule: string): Evidence | undefined =>
  result.evidence.find((e) => e.rule === rule);

describe('negation', () => {
  it('still reaches past a phrase that ends in a negator (en and zh)', () => {
    const unresolved = classifyMessage('I appreciate your help but the issue is still not resolved');
    expect(unresolved.emotion).toBe('disappointed');
    expect(unresolved.evidence.find((e) => e.text === 'resolved')?.rule).toBe('negation');
    expect(classifyMessage('still not happy').scores.positive).toBe(0);
    expect(classifyMessage('还没满意').emotion).toBe('disappointed');
  });

  it('stops at a space that stands for a comma in Chinese chat', () => {
    const spaced = classifyMessage('退款到账了没 急用');
    expect(rules(spaced)).not.toContain('negation');
    expect(spaced.emotion).toBe('anxious');
    expect(rules(classifyMessage('我没 生气'))).not.toContain('negation');
    expect(rules(classifyMessage('我没生气'))).toContain('negation');
  });

  it('turns a negated positive word into disappointment (en)', () => {
    const result = classifyMessage('I am not happy with this service');
    expect(result.emotion).toBe('disappointed');
    expect(evidenceFor(result, 'negation')?.text).toBe('not');
  });

  it('turns a negated positive word into disappointment (zh)', () => {
    const result = classifyMessage('这次的服务我很不开心');
    expect(result.emotion).toBe('disappointed');
    expect(evidenceFor(result, 'negation')?.text).toBe('不');
  });

  it('cancels a negated negative word instead of turning it into praise', () => {
    expect(classifyMessage("I'm not worried about it").emotion).toBe('neutral');
    expect(classifyMessage('不着急，你们慢慢来').emotion).toBe('neutral');
  });

  it('does not reach past the end of its clause', () => {
    expect(classifyMessage('No, I am happy with it').emotion).toBe('positive');
    expect(classifyMessage('不，我很满意').emotion).toBe('positive');
  });

  it('stops at its scope: a negator four words back does not count', () => {
    const near = classifyMessage('I am not happy');
    const far = classifyMessage('I did not think it would make me this happy');
    expect(near.scores.positive).toBe(0);
    expect(far.scores.positive).toBeGreaterThan(0);
  });
});

describe('intensifiers and diminishers', () => {
  it('raise the score of the word they qualify (en and zh)', () => {
    expect(classifyMessage('I am very annoyed').scores.angry).toBeGreaterThan(
      classifyMessage('I am annoyed').scores.angry,
    );
    expect(classifyMessage('我非常生气').scores.angry).toBeGreaterThan(classifyMessage('我生气').scores.angry);
    expect(evidenceFor(classifyMessage('我非常生气'), 'intensifier')?.text).toBe('非常');
  });

  it('lower the score of the word they qualify (en and zh)', () => {
    expect(classifyMessage('I am a bit annoyed').scores.angry).toBeLessThan(
      classifyMessage('I am annoyed').scores.angry,
    );
    expect(classifyMessage('我有点失望').scores.disappointed).toBeLessThan(
      classifyMessage('我失望').scores.disappointed,
    );
    expect(evidenceFor(classifyMessage('I am a bit annoyed'), 'diminisher')?.text).toBe('a bit');
  });

  it('boosts a word from behind in Chinese (难受死了)', () => {
    const boosted = classifyMessage('难受死了');
    expect(boosted.scores.disappointed).toBeGreaterThan(classifyMessage('难受').scores.disappointed);
    expect(evidenceFor(boosted, 'post_intensifier')?.text).toBe('死了');
  });
});

describe('contrast', () => {
  it('weighs the clause after "but" more (en)', () => {
    const result = classifyMessage('The agent was nice but the problem is still not fixed');
    expect(result.emotion).not.toBe('positive');
    const nice = result.evidence.find((e) => e.text === 'nice');
    expect(nice?.contribution).toBeLessThan(classifyMessage('The agent was nice').scores.positive);
  });

  it('weighs the clause after 但是 more (zh)', () => {
    expect(classifyMessage('客服态度不错，但是问题一直没解决，很失望').emotion).toBe('disappointed');
  });
});

describe('surface signals', () => {
  it('reads a message in capitals as raised voice', () => {
    const result = classifyMessage('WHERE IS MY ORDER I PAID TWO WEEKS AGO');
    expect(result.emotion).toBe('angry');
    expect(rules(result)).toContain('caps');
  });

  it('emphasises a single word in capitals', () => {
    expect(classifyMessage('I am ANNOYED').scores.angry).toBeGreaterThan(classifyMessage('I am annoyed').scores.angry);
  });

  it('boosts the leading emotion with exclamation marks (en and zh)', () => {
    expect(classifyMessage('This is ridiculous!!!').scores.angry).toBeGreaterThan(
      classifyMessage('This is ridiculous').scores.angry,
    );
    expect(classifyMessage('太失望了！！！').scores.disappointed).toBeGreaterThan(
      classifyMessage('太失望了').scores.disappointed,
    );
  });

  it('reads ??? and ？？？ as pressing for an answer', () => {
    expect(evidenceFor(classifyMessage('where is my refund???'), 'question_marks')?.text).toBe('???');
    expect(evidenceFor(classifyMessage('退款呢？？？'), 'question_marks')?.text).toBe('？？？');
  });

  it('reads ?! as indignation', () => {
    const result = classifyMessage('You cancelled my order?!');
    expect(result.emotion).toBe('angry');
    expect(evidenceFor(result, 'interrobang')?.text).toBe('?!');
  });

  it('reads three questions in one message as anxious', () => {
    expect(rules(classifyMessage('Is it shipped? When? Which courier?'))).toContain('repeated_questions');
  });
});

describe('impatience', () => {
  it('makes a complaint with "still" or "again" angrier (en)', () => {
    const result = classifyMessage('The heating is broken again');
    expect(result.scores.angry).toBeGreaterThan(0);
    expect(evidenceFor(result, 'impatience')?.text).toBe('again');
  });

  it('makes a complaint with 又 angrier (zh)', () => {
    const result = classifyMessage('网又断了');
    expect(result.scores.angry).toBeGreaterThan(classifyMessage('网断了').scores.angry);
    expect(evidenceFor(result, 'impatience')?.text).toBe('又');
  });

  it('reads "still" in a bare question as anxious pressing', () => {
    expect(evidenceFor(classifyMessage('is the technician still coming?'), 'impatience')?.emotion).toBe('anxious');
  });
});

describe('sarcasm', () => {
  it('reads thanks for a harm as anger, and thanks for a fix or for not harming as thanks (en)', () => {
    const sarcastic = classifyMessage('Thank you so much for charging me twice this month, very generous of you');
    expect(sarcastic.emotion).toBe('angry');
    expect(evidenceFor(sarcastic, 'sarcasm')?.text).toBe('for charging');
    expect(classifyMessage('Thanks a lot for cutting my internet.').emotion).toBe('angry');
    expect(classifyMessage('Thanks for not charging me the late fee!').emotion).toBe('positive');
    expect(classifyMessage('Thanks for fixing the broken boiler so fast').emotion).toBe('positive');
    // A harm word in the next sentence is not what the thanks were for.
    expect(classifyMessage('Thank you for the help. For charging, I use the original cable.').emotion).toBe('positive');
  });

  it('reads thanks for making the customer suffer as anger, and thanks for making them warm as thanks (zh)', () => {
    const sarcastic = classifyMessage('谢谢你们啊，让我在零下的天气里等了三个小时的维修工');
    expect(sarcastic.emotion).toBe('angry');
    expect(evidenceFor(sarcastic, 'sarcasm')?.text.startsWith('让我')).toBe(true);
    expect(classifyMessage('感谢贵公司让我在零下的屋里过了个周末').emotion).toBe('angry');
    expect(classifyMessage('谢谢你们让我家暖和了').emotion).toBe('positive');
    expect(classifyMessage('谢谢师傅，没让我多跑一趟').emotion).toBe('positive');
  });

  it('reads "great, just great" and "thanks for nothing" as anger (en)', () => {
    expect(classifyMessage('Great, just great. My order is late again.').emotion).toBe('angry');
    expect(classifyMessage('Thanks for nothing.').emotion).toBe('angry');
  });

  it('reads praise wrapped around a complaint as anger (en)', () => {
    const result = classifyMessage('Wonderful, my package is lost and nobody cares');
    expect(result.emotion).toBe('angry');
    expect(result.scores.positive).toBe(0);
    expect(rules(result)).toContain('sarcasm');
  });

  it('reads 真是谢谢你们了 and 呵呵 as anger (zh)', () => {
    expect(classifyMessage('真是谢谢你们了，三天没人管').emotion).toBe('angry');
    expect(classifyMessage('呵呵').emotion).toBe('angry');
  });

  it('leaves sincere thanks alone', () => {
    expect(classifyMessage('Great, thank you so much for your help!').emotion).toBe('positive');
    expect(classifyMessage('太感谢了，没想到处理得这么快').emotion).toBe('positive');
  });
});

describe('how-to questions', () => {
  it('reads problem words in a how-to question as description (en and zh)', () => {
    expect(classifyMessage('How do I return an item that arrived damaged?').emotion).toBe('neutral');
    expect(classifyMessage('The item arrived damaged').emotion).toBe('disappointed');
    expect(classifyMessage('请问快递破损了怎么办理退货？').emotion).toBe('neutral');
  });
});

describe('modifiers switched off', () => {
  it('counts the bare words only', () => {
    const plain = createClassifier({ modifiers: false });
    const result = plain.classifyMessage('I am not happy!!!');
    expect(result.emotion).toBe('positive');
    expect(result.evidence.every((e) => e.kind !== 'modifier' && e.kind !== 'signal')).toBe(true);
  });
});

describe('wished-for outcomes', () => {
  it('does not read an outcome the customer hopes for or needs as praise (en)', () => {
    const hoped = classifyMessage('I hope this can be solved quickly');
    expect(hoped.scores.positive).toBe(0);
    expect(hoped.emotion).toBe('anxious');
    expect(classifyMessage('I really need this resolved before the weekend').emotion).toBe('anxious');
    expect(classifyMessage('It was supposed to be fixed by the last update').emotion).toBe('disappointed');
    expect(classifyMessage("It's resolved, thanks").emotion).toBe('positive');
  });

  it('does not read an outcome asked about as praise (en and zh)', () => {
    expect(classifyMessage('Is it resolved?').scores.positive).toBe(0);
    expect(classifyMessage('修好了吗？').scores.positive).toBe(0);
    expect(classifyMessage('修好了').emotion).toBe('positive');
  });

  it('hears a spoken 了没 / 没有 as a question without a question mark (zh)', () => {
    expect(classifyMessage('暖气修好了没').scores.positive).toBe(0);
    expect(classifyMessage('修好没啊 家里太冷了').scores.positive).toBe(0);
    // "not yet" is a statement, and a later clause's 没 asks about something else.
    expect(classifyMessage('修好了，东西还没').scores.positive).toBeGreaterThan(0);
    expect(classifyMessage('修好了 我还没来得及说谢谢').scores.positive).toBeGreaterThan(0);
  });

  it('does not read a hypothetical outcome as praise (zh)', () => {
    expect(classifyMessage('如果明天恢复了，我再联系你').emotion).toBe('neutral');
    expect(classifyMessage('明天恢复了，谢谢你们').emotion).toBe('positive');
  });

  it('reaches only the clause of its wish', () => {
    expect(classifyMessage('I hoped for the best, and it works now').emotion).toBe('positive');
  });

  it('is a modifier: switched off, the outcome counts as praise again', () => {
    const plain = createClassifier({ modifiers: false });
    expect(plain.classifyMessage('I hope this can be solved quickly').scores.positive).toBeGreaterThan(0);
  });
});

describe('worried guesses (zh)', () => {
  it('reads 不会…吧 as worry, not as a negation', () => {
    const result = classifyMessage('不会又停气了吧');
    expect(result.emotion).toBe('anxious');
    const frame = evidenceFor(result, 'worry_frame');
    expect(frame?.text).toBe('不会又停气了吧');
    expect(classifyMessage('你们不会不管吧').emotion).toBe('anxious');
  });

  it('needs the 吧 at the end of the clause', () => {
    expect(classifyMessage('他不会来的').emotion).toBe('neutral');
    expect(rules(classifyMessage('不会吧，这么快就修好了，谢谢'))).not.toContain('worry_frame');
  });

  it('is a modifier: switched off, 不会 is only a negator', () => {
    const plain = createClassifier({ modifiers: false });
    expect(rules(plain.classifyMessage('不会太贵吧'))).not.toContain('worry_frame');
  });
});

describe('how-to questions with several problem words', () => {
  it('keeps the damped problem words of one question together below the bar (zh)', () => {
    const result = classifyMessage('请问赶不及在月底前交费的话，一般会有滞纳金吗');
    expect(result.emotion).toBe('neutral');
    expect(result.scores.anxious).toBeGreaterThan(0);
    expect(classifyMessage('月底前赶不及交费，肯定会有滞纳金了').emotion).toBe('anxious');
  });

  it('reads quoted words in a how-to question as a quotation, not a let-down (zh)', () => {
    const asked = classifyMessage('你们说的“不满意就退”具体是怎么退？');
    expect(asked.emotion).toBe('neutral');
    expect(rules(asked)).not.toContain('scare_quotes');
    expect(rules(classifyMessage('说好的“不满意就退”，现在又不给退了'))).toContain('scare_quotes');
  });
});

describe('numbered phrases', () => {
  it('lets a written-out phrase win over the "#" pattern of the same length (zh)', () => {
    expect(rules(classifyMessage('我第一次遇到这么差的服务'))).not.toContain('impatience');
    const third = classifyMessage('第三次了，还是不热');
    expect(third.emotion).toBe('angry');
    expect(third.evidence.some((e) => e.text === '第三次' && e.rule === 'lexicon')).toBe(true);
  });
});

describe('scare quotes', () => {
  it('reads straight single quotes as quotes, but not apostrophes (en)', () => {
    const quoted = classifyMessage("your 'express' delivery took nine days");
    expect(evidenceFor(quoted, 'scare_quotes')?.text).toBe("'express'");
    expect(rules(classifyMessage("I don't know, it's the customers' problem"))).not.toContain('scare_quotes');
    expect(evidenceFor(classifyMessage("they said 'we're on it' three days ago"), 'scare_quotes')?.text).toBe(
      "'we're on it'",
    );
  });

  it("reads the company's stock line quoted back as a scare quote, and a quoted error after 'getting' as the screen's", () => {
    const stock = classifyMessage("oh brilliant, another 'we're experiencing high volumes'. great service as always");
    expect(stock.emotion).toBe('angry');
    expect(evidenceFor(stock, 'scare_quotes')?.text).toBe("'we're experiencing high volumes'");
    expect(
      rules(classifyMessage('Getting "Error 0x80070005 access denied" when installing the driver.')),
    ).not.toContain('scare_quotes');
  });

  it('reads a quoted screen label and a quote in a message whose problem is over as no claim thrown back', () => {
    expect(classifyMessage("Found it under 'My bookings', thanks so much!").emotion).toBe('positive');
    expect(classifyMessage('订单找到了，在“未出行”里面，谢谢').emotion).toBe('positive');
    expect(classifyMessage("Fantastic, my boiler got 'fixed' on Monday and I've had cold showers since.").emotion).toBe(
      'angry',
    );
  });

  it('turns praise next to a scare quote into sarcasm, but not praise next to a quoted screen (en)', () => {
    const sarcastic = classifyMessage("Cheers for the 'express' delivery, only took 11 days.");
    expect(sarcastic.emotion).toBe('angry');
    expect(rules(sarcastic)).toContain('sarcasm');
    // The praise must be the customer's, not a word inside the quote.
    expect(classifyMessage("my parcel says 'delivered to safe place' where would that usually be?").emotion).not.toBe(
      'angry',
    );
    const sincere = classifyMessage('Cheers for the help, the app no longer says "Payment failed".');
    expect(sincere.emotion).toBe('positive');
    expect(rules(sincere)).not.toContain('sarcasm');
  });

  it('turns praise next to a scare quote into sarcasm, but not praise next to a quoted screen (zh)', () => {
    const sarcastic = classifyMessage('厉害啊，一个报修单能在系统里“流转”二十天');
    expect(sarcastic.emotion).toBe('angry');
    expect(rules(sarcastic)).toContain('sarcasm');
    const sincere = classifyMessage('谢谢，现在不再提示“支付失败”了');
    expect(sincere.emotion).toBe('positive');
    expect(rules(sincere)).not.toContain('sarcasm');
  });
});

describe('blame', () => {
  it('keeps subject and verb in one clause', () => {
    expect(rules(classifyMessage('Thank you, it was debited today.'))).not.toContain('blame');
    expect(rules(classifyMessage("Just to let you know I've sent the meter photo by email."))).not.toContain('blame');
    expect(rules(classifyMessage('you charged me twice'))).toContain('blame');
    // A preposition makes the rest a noun phrase: the policy is about lost luggage, it lost nothing.
    expect(rules(classifyMessage("What's your policy on lost or damaged luggage?"))).not.toContain('blame');
    expect(rules(classifyMessage('your courier lost my parcel'))).toContain('blame');
  });

  it('reads "you" with a harm verb as anger (en)', () => {
    const result = classifyMessage('you charged me twice for the same month');
    expect(result.emotion).toBe('angry');
    expect(evidenceFor(result, 'blame')?.text).toBe('you charged');
  });

  it('is only a question when nothing angry or let-down is said around it (en)', () => {
    const asked = classifyMessage('Have you charged me for the May bill yet?');
    expect(rules(asked)).not.toContain('blame');
    expect(asked.emotion).not.toBe('angry');
    expect(rules(classifyMessage('why have you charged me again, this is ridiculous?'))).toContain('blame');
  });
});

describe('a smile closing a complaint', () => {
  it('reads as sarcasm (zh and en)', () => {
    const zh = classifyMessage('说好今天来修，结果又没人来[微笑]');
    expect(zh.emotion).toBe('angry');
    expect(evidenceFor(zh, 'sarcasm')?.text).toBe('[微笑]');
    expect(classifyMessage('my order still hasn’t arrived 🙂').emotion).toBe('angry');
  });

  it('leaves a smile after thanks alone, and a smile that does not close the message', () => {
    expect(classifyMessage('好的谢谢[微笑]').emotion).toBe('positive');
    expect(classifyMessage('thanks, all sorted 🙂').emotion).toBe('positive');
    expect(rules(classifyMessage('🙂 my order still hasn’t arrived, any news?'))).not.toContain('sarcasm');
  });

  it('is not negated by a word before it', () => {
    expect(rules(classifyMessage('说今天不来了[微笑]'))).not.toContain('negation');
  });
});

describe('courtesy thanks', () => {
  it('are manners next to a let-down or a complaint, but not next to one that is over (en, zh)', () => {
    expect(classifyMessage("Thank you, although I can't say the outcome is what I expected.").emotion).toBe(
      'disappointed',
    );
    expect(classifyMessage('辛苦您了。我也知道跟您说没用，您也做不了主，那就先这样吧。').emotion).toBe('disappointed');
    // 本来 looks back: the wrangle feared is over, and the thanks are thanks.
    expect(classifyMessage('押金一分没扣全退了，本来还担心扯皮呢，谢谢').emotion).toBe('positive');
  });

  it('stay below the bar even after "but"', () => {
    const asked = classifyMessage("I tried the app but it isn't clear which form to use. Which is quicker? Thanks.");
    expect(asked.emotion).toBe('neutral');
    expect(asked.scores.positive).toBeGreaterThan(0);
  });

  it('reads a bare thanks closing a request or question as manners (en and zh)', () => {
    const en = classifyMessage('Could you send me the March invoice? Thanks.');
    expect(en.emotion).toBe('neutral');
    expect(en.scores.positive).toBeGreaterThan(0);
    expect(classifyMessage('帮我查一下这个月的流量，谢谢').emotion).toBe('neutral');
  });

  it('keeps thanks on their own, and thanks next to other praise, as praise', () => {
    expect(classifyMessage('Thanks.').emotion).toBe('positive');
    expect(classifyMessage('Can you check? Thanks so much, you have been great').emotion).toBe('positive');
    expect(classifyMessage('谢谢你帮我催，快递刚刚到了').emotion).toBe('positive');
  });
});

describe('rhetorical questions (zh)', () => {
  it('reads 这不是…吗 as saying it is, so 不是 negates nothing', () => {
    const result = classifyMessage('这不是耽误事吗');
    expect(result.emotion).toBe('angry');
    expect(rules(result)).not.toContain('negation');
  });

  it('keeps 不是 a negation when the clause is no 吗 question', () => {
    expect(rules(classifyMessage('这不是耽误事，我只是问问'))).toContain('negation');
  });
});

describe('quoting the screen', () => {
  it('reads a quoted error or button as the system speaking, not a scare quote (en)', () => {
    const denied = classifyMessage('When I log in it says "Access denied". My username is jlee');
    expect(rules(denied)).not.toContain('scare_quotes');
    expect(denied.emotion).toBe('neutral');
    const expired = classifyMessage('The error message says "Session expired, try again later"');
    expect(rules(expired)).not.toContain('impatience');
    // A promise quoted back is still a scare quote.
    expect(rules(classifyMessage('so much for "next day delivery"'))).toContain('scare_quotes');
  });

  it('reads a quoted prompt as the system speaking (zh)', () => {
    expect(classifyMessage('登录的时候提示“密码错误”，我确定密码是对的').emotion).toBe('neutral');
    expect(rules(classifyMessage('点了“申请退款”没反应'))).not.toContain('scare_quotes');
    expect(rules(classifyMessage('你们说的“24小时到账”呢'))).toContain('scare_quotes');
  });

  it('is a modifier: switched off, nothing is a screen quote', () => {
    const plain = createClassifier({ modifiers: false });
    const quoted = plain.classifyMessage('app一直显示“服务异常，请稍后再试”');
    expect(quoted.scores.anxious).toBeGreaterThan(classifyMessage('app一直显示“服务异常，请稍后再试”').scores.anxious);
  });
});

describe('conditional threats', () => {
  it('reads a threat under a condition as a threat, and a question about it as a question (en)', () => {
    const threat = classifyMessage("If I don't get my refund by Monday I will contact my lawyer.");
    expect(threat.flags).toContain('escalation_threat');
    expect(threat.emotion).toBe('angry');
    expect(classifyMessage('If I want to make a complaint, who do I write to?').emotion).toBe('neutral');
  });

  it('reads a threat under a condition as a threat, and a question about it as a question (zh)', () => {
    expect(classifyMessage('如果今天还不来人的话我就去消协').emotion).toBe('angry');
    expect(classifyMessage('如果我要投诉的话找哪个部门').emotion).toBe('neutral');
  });
});

describe('surprises', () => {
  it('reads a surprise followed by praise as pleasant, and alone as a let-down (zh)', () => {
    const pleasant = classifyMessage('哈哈，没想到你们动作这么麻利，谢谢啦');
    expect(pleasant.emotion).toBe('positive');
    expect(pleasant.scores.angry + pleasant.scores.disappointed).toBe(0);
    expect(classifyMessage('没想到，这么快就修好了').emotion).toBe('positive');
    expect(classifyMessage('没想到你们是这种公司').emotion).toBe('disappointed');
    // Praise in a later clause does not make the surprise pleasant.
    expect(classifyMessage('没想到还要收费，不过师傅人挺好').scores.disappointed).toBeGreaterThan(0);
  });

  it('reads a surprise followed by praise as pleasant (en)', () => {
    expect(classifyMessage("I didn't expect this from you guys").emotion).toBe('disappointed');
    expect(classifyMessage("Honestly didn't expect it to be this easy, great job").scores.disappointed).toBe(0);
  });
});

describe('promises thrown back', () => {
  it('reads 说好的…呢 and 不是说…吗 as a let-down, and the promised words as quoted (zh)', () => {
    const promised = classifyMessage('说好的马上处理呢');
    expect(rules(promised)).toContain('promise_frame');
    expect(promised.emotion).toBe('disappointed');
    // 马上 is the company's word here, not the customer's urgency.
    expect(promised.flags).toContain('urgent');
    expect(promised.scores.anxious).toBeLessThan(1);
    expect(classifyMessage('不是说今天来吗').emotion).toBe('disappointed');
    expect(rules(classifyMessage('说好的，明天见'))).not.toContain('promise_frame');
  });
});

describe('tears', () => {
  it('follow the rest of the message when it is relieved or worried (en and zh)', () => {
    expect(classifyMessage('omg finally 😭🙏').emotion).toBe('positive');
    expect(classifyMessage('终于修好了[流泪]').scores.disappointed).toBe(0);
    const worried = classifyMessage('明天就要用了还没发货😭');
    expect(worried.emotion).toBe('anxious');
    expect(worried.scores.disappointed).toBe(0);
  });

  it('stay sadness alone or next to a let-down', () => {
    expect(classifyMessage('😭').emotion).toBe('disappointed');
    expect(classifyMessage('又没修好😭').emotion).toBe('disappointed');
  });
});

describe('looking back', () => {
  it('halves the feeling of a clause that is over (en and zh)', () => {
    expect(classifyMessage('At first I was furious').scores.angry).toBeLessThan(
      classifyMessage('I was furious').scores.angry,
    );
    expect(classifyMessage('一开始很生气').scores.angry).toBeLessThan(classifyMessage('很生气').scores.angry);
  });

  it('halves a threat the customer has moved past, and still raises its flag', () => {
    const past = classifyMessage('原本都想投诉了，没想到你们这么快就解决了，谢谢');
    expect(past.emotion).toBe('positive');
    expect(past.flags).toContain('escalation_threat');
    expect(classifyMessage('原本都想投诉了').scores.angry).toBeLessThan(classifyMessage('都想投诉了').scores.angry);
  });
});

describe('impatience in praise', () => {
  it('is not heard in praise that repeats itself ("thanks again")', () => {
    expect(rules(classifyMessage('thanks again, that is all i need'))).not.toContain('impatience');
    expect(rules(classifyMessage('my order is late again'))).toContain('impatience');
  });
});

describe('trailing off', () => {
  it('adds a let-down to a message that trails off (en and zh)', () => {
    expect(rules(classifyMessage('I waited in all day for nothing...'))).toContain('ellipsis');
    expect(rules(classifyMessage('又没人来。。。'))).toContain('ellipsis');
  });

  it('names a let-down for a bare reply that trails off, not for a bare reply', () => {
    expect(classifyMessage('ok...').emotion).toBe('disappointed');
    expect(classifyMessage('哦。。。').emotion).toBe('disappointed');
    expect(classifyMessage('ok').emotion).toBe('neutral');
    expect(classifyMessage('I can send the photos of the meter tomorrow...').emotion).toBe('neutral');
  });
});

describe('sentences', () => {
  it('end at an emoji inside the message, so a how-to question after it does not damp the worry before it', () => {
    const text = 'my bank app logged me out and now it wants a code sent to my old number 😬 how do i get back in';
    expect(classifyMessage(text).emotion).toBe('anxious');
    expect(classifyMessage(text.replace('😬 ', '')).emotion).toBe('neutral');
  });
});

describe('calm reports', () => {
  it('read problems the customer says are not urgent as a report (en and zh)', () => {
    expect(classifyMessage('The bathroom fan stopped working. Nothing urgent.').emotion).toBe('neutral');
    expect(classifyMessage('门禁刷卡经常没反应，不急，这周内修好就行').emotion).toBe('neutral');
    // "不着急" is calm, not 着急.
    expect(classifyMessage('我不着急，你们方便的时候安排师傅来看看就行').scores.anxious).toBe(0);
  });

  it('are taken back by a "but"', () => {
    expect(classifyMessage('no rush but my heating is off and the baby is freezing').emotion).toBe('anxious');
  });
});

describe('resolved problems', () => {
  it('reads the problem words in the clause of a resolution as history, not when it is denied, asked or quoted (en)', () => {
    const over = classifyMessage("My card was stolen but I've already blocked it, can you send a new one?");
    expect(over.emotion).toBe('neutral');
    expect(classifyMessage('My card was stolen, can you send a new one?').emotion).toBe('anxious');
    expect(classifyMessage('The leak has not been fixed').emotion).not.toBe('neutral');
    expect(classifyMessage('Has the leak been fixed yet?').emotion).toBe('anxious');
    expect(
      classifyMessage('the heating has been "fixed" four times this season and it\'s cold again').emotion,
    ).not.toBe('neutral');
  });

  it('reads the problem words in the clause of a resolution as history, not when it is denied or asked (zh)', () => {
    const over = classifyMessage('漏水的问题物业已经处理了，麻烦帮我把工单关一下，谢谢');
    expect(over.emotion).toBe('neutral');
    const leak = over.evidence.find((e) => e.text === '漏水' && e.rule === 'lexicon');
    expect(leak?.contribution).toBeLessThan(1);
    expect(classifyMessage('电费多扣的部分已经退回，确认收到').emotion).toBe('neutral');
    expect(classifyMessage('电费多扣的部分还没退回').emotion).not.toBe('neutral');
    expect(classifyMessage('漏水的问题处理了吗').emotion).toBe('anxious');
  });
});

describe('time told twice over', () => {
  it('reads two impatience words with no problem word as impatience, asked as worry (zh)', () => {
    const told = classifyMessage('报修一周了还在排队');
    expect(told.emotion).toBe('angry');
    expect(told.evidence.filter((e) => e.rule === 'impatience').map((e) => e.text)).toEqual(['一周了', '还在']);
    expect(classifyMessage('两周了还是没消息？').emotion).toBe('anxious');
    // One alone is a fact, and "last time" is no impatience.
    expect(classifyMessage('还在排队').emotion).toBe('neutral');
    expect(classifyMessage('上次说的那个停水通知，是全小区停还是只停我们这栋？').emotion).toBe('neutral');
  });

  it('leaves English reports with "so far" and "still" to their problem words (en)', () => {
    const steps = classifyMessage('Steps so far: cleared cache, reinstalled. Still the same screen.');
    expect(steps.evidence.some((e) => e.rule === 'impatience')).toBe(false);
  });
});

describe('folded hands', () => {
  it('thank when nothing else is asked or felt, and plead next to a request or a worry (en)', () => {
    expect(classifyMessage('🙏').emotion).toBe('positive');
    // Three of them leave rounding dust when their points are taken back out; it must not read as worry.
    expect(classifyMessage('🙏🙏🙏').emotion).toBe('positive');
    expect(classifyMessage('ty ty 🙏').emotion).toBe('positive');
    expect(classifyMessage('🙏🙏 please').emotion).toBe('anxious');
    expect(classifyMessage('Could you check my refund? 🙏').emotion).not.toBe('positive');
  });

  it('thank when nothing else is asked or felt, and plead next to a request or a worry (zh)', () => {
    const thanks = classifyMessage('🙏🙏');
    expect(thanks.emotion).toBe('positive');
    expect(thanks.evidence.map((e) => [e.start, e.end])).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(classifyMessage('求帮忙🙏🙏 我妈一个人在家，暖气漏水她不会关阀门').emotion).toBe('anxious');
  });
});

describe('cold replies', () => {
  it('reads a one-word reply closed by a full stop as cold (zh)', () => {
    expect(classifyMessage('哦。').emotion).toBe('disappointed');
    expect(classifyMessage('行。').emotion).toBe('disappointed');
    expect(classifyMessage('好的。').emotion).not.toBe('disappointed');
  });

  it('reads a one-word reply closed by a full stop as cold, but not praise or thanks (en)', () => {
    const fine = classifyMessage('fine.');
    expect(fine.emotion).toBe('disappointed');
    expect(evidenceFor(fine, 'cold_reply')?.text).toBe('fine.');
    expect(classifyMessage('wow.').emotion).toBe('disappointed');
    expect(classifyMessage('wow!').emotion).not.toBe('disappointed');
    expect(classifyMessage('Perfect.').emotion).toBe('positive');
    expect(classifyMessage('Thanks.').emotion).toBe('positive');
  });

  it('reads a cold smile sent alone as a cold reply, but not a warm one (en, zh)', () => {
    expect(classifyMessage('🙃').emotion).toBe('disappointed');
    expect(evidenceFor(classifyMessage('[微笑][微笑]'), 'cold_reply')?.text).toBe('[微笑][微笑]');
    expect(classifyMessage('好的谢谢[微笑]').emotion).toBe('positive');
    expect(classifyMessage('👍').emotion).toBe('positive');
  });

  it('reads a cold smile that opens a complaint as sarcasm, as one that closes it (en, zh)', () => {
    expect(classifyMessage('🙂🙂🙂 still waiting').emotion).toBe('angry');
    expect(classifyMessage('[微笑] 三天了还没人来修').emotion).toBe('angry');
    expect(classifyMessage('🙂 thanks for sorting it').emotion).toBe('positive');
  });
});

describe('relief after a scare', () => {
  it('reads a fright told next to thanks or relief as over, and a fright alone as worry (zh)', () => {
    const relieved = classifyMessage('卡冻结得及时，钱没被转走，真的谢谢你们，刚才吓死我了。');
    expect(relieved.emotion).toBe('positive');
    const fright = relieved.evidence.find((e) => e.text === '吓死我了' && e.emotion === 'anxious');
    expect(fright?.contribution).toBeLessThan(3);
    expect(classifyMessage('吓死我了，电表箱刚才冒火花还啪的一声，现在要怎么办').emotion).toBe('anxious');
  });

  it('reads a fright told next to thanks or relief as over, and a fright alone as worry (en)', () => {
    expect(classifyMessage('Thank you so so much, I was panicking but the money is back in my account').emotion).toBe(
      'positive',
    );
    expect(classifyMessage("I'm panicking, the deposit has to be with the agent by 5pm").emotion).toBe('anxious');
  });
});

describe('staccato', () => {
  it('reads a run of one-word sentences as raised voice, but not a short sign-off or an abbreviation (en)', () => {
    const hammered = classifyMessage('Stop. Telling. Me. To. Restart. The. Router.');
    expect(hammered.emotion).toBe('angry');
    expect(evidenceFor(hammered, 'staccato')?.text).toBe('Stop. Telling. Me. To. Restart. The. Router.');
    expect(classifyMessage('Ok. Thanks. Bye.').emotion).toBe('positive');
    expect(rules(classifyMessage('The U.S.A. plan is fine'))).not.toContain('staccato');
  });
});

describe('how-to questions and generic negatives', () => {
  it('keep AFINN negatives within the question budget (en)', () => {
    const asked = classifyMessage('Does the policy cover theft from a car, or only accidental damage?');
    expect(asked.emotion).toBe('neutral');
    expect(asked.scores.angry).toBeLessThanOrEqual(1);
    // The same words outside a question still count.
    expect(classifyMessage('Theft from my car and accidental damage, and you refuse to pay.').emotion).not.toBe(
      'neutral',
    );
  });
});

describe('expectation gaps told as facts', () => {
  it('reads what was claimed, then what was found in a later clause, as a let-down (zh)', () => {
    const gap = classifyMessage('详情页写的实木，收到是颗粒板贴皮。');
    expect(gap.emotion).toBe('disappointed');
    expect(evidenceFor(gap, 'expectation_gap')?.text).toBe('详情页写的实木，收到是');
    // Found and praised is no gap; a question asks.
    expect(classifyMessage('说是明天到，到手挺快的，质量也好').emotion).toBe('positive');
    expect(rules(classifyMessage('我订的是明天的票，收到的是确认短信吗？'))).not.toContain('expectation_gap');
  });

  it('reads several cold one-word sentences as one cold reply, and praise for a harm done on the job as sarcasm (en)', () => {
    expect(classifyMessage('Right. Fine.').emotion).toBe('disappointed');
    expect(classifyMessage('Ok. Thanks.').emotion).toBe('positive');
    expect(classifyMessage('Great job losing my passport, genuinely impressive.').emotion).toBe('angry');
    expect(classifyMessage('Great job fixing it!').emotion).toBe('positive');
  });
});
