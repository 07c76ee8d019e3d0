import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/emotion/index.ts';

const flagsOf = (text: string) => classifyMessage(text).flags;

describe('flags', () => {
  it('raises abusive on insults aimed at the agent (en and zh)', () => {
    expect(flagsOf('you are an idiot')).toContain('abusive');
    expect(flagsOf('你们客服都是傻逼')).toContain('abusive');
  });

  it('makes an abusive message at least strong', () => {
    expect(['strong', 'severe']).toContain(classifyMessage('shut up').intensity);
  });

  it('does not read 妈的 inside 我妈的 as abuse', () => {
    expect(flagsOf('我想给我妈的手机号办个套餐')).not.toContain('abusive');
    expect(flagsOf('请问我妈妈的医保报销材料审核通过了吗')).not.toContain('abusive');
    expect(flagsOf('我姨妈的卡丢了')).not.toContain('abusive');
    expect(flagsOf('他妈的什么破服务')).toContain('abusive');
  });

  it('reads literal rubbish and waste as no insult, and the insult as one (en, zh)', () => {
    expect(classifyMessage('废物回收几点来').flags).not.toContain('abusive');
    expect(classifyMessage('废物回收几点来').emotion).toBe('neutral');
    expect(classifyMessage('垃圾分类怎么投放').emotion).toBe('neutral');
    expect(classifyMessage('when is the garbage collection').emotion).toBe('neutral');
    expect(classifyMessage('你们就是垃圾').emotion).toBe('angry');
    expect(classifyMessage('your service is rubbish').emotion).toBe('angry');
  });

  it('reads 请相关部门处理 as a request and 向相关部门反映 as a threat (zh)', () => {
    expect(flagsOf('和平路路灯不亮，请相关部门处理。')).not.toContain('escalation_threat');
    expect(flagsOf('再不处理我就向相关部门反映')).toContain('escalation_threat');
  });

  it('raises escalation_threat on managers, regulators, lawyers, chargebacks and going public (en)', () => {
    for (const text of [
      'I want to speak to your manager',
      'I will report you to the ombudsman',
      'my lawyer will be in touch',
      'I am filing a chargeback with my bank',
      'I will post this on twitter',
    ]) {
      expect(flagsOf(text), text).toContain('escalation_threat');
    }
  });

  it('raises escalation_threat on 12345, 消协, 投诉 and 曝光 (zh)', () => {
    for (const text of ['再不修我就打12345', '我要去消协告你们', '我要投诉', '我要找媒体曝光']) {
      expect(flagsOf(text), text).toContain('escalation_threat');
    }
  });

  it('does not read an account manager as a threat', () => {
    expect(flagsOf('my account manager said to contact you')).not.toContain('escalation_threat');
  });

  it('raises churn on cancelling and switching provider (en and zh)', () => {
    expect(flagsOf('I am going to cancel my subscription')).toContain('churn');
    expect(flagsOf("i'm switching providers next month")).toContain('churn');
    expect(flagsOf('我要销户')).toContain('churn');
    expect(flagsOf('不行就换一家')).toContain('churn');
  });

  it('raises urgent on urgency words and deadlines (en and zh)', () => {
    expect(flagsOf('this is urgent, please fix it asap')).toContain('urgent');
    expect(flagsOf('麻烦马上处理一下，很急')).toContain('urgent');
  });

  it('does not raise urgent when the urgency is negated', () => {
    expect(flagsOf("it's not urgent")).not.toContain('urgent');
    expect(flagsOf('不急')).not.toContain('urgent');
  });

  it('raises urgent for a vulnerable person only when there is a problem', () => {
    expect(flagsOf('no heating and my baby is freezing')).toContain('urgent');
    expect(flagsOf('家里老人冻得不行，暖气不热')).toContain('urgent');
    expect(flagsOf('the lady was so patient with my dad, thank you')).not.toContain('urgent');
  });
});

describe('vulnerable people in a how-to question', () => {
  it('raise no urgent flag when they are only the case asked about (zh)', () => {
    const asked = classifyMessage('孩子生病了要请假，停课期间的课时费怎么算');
    expect(asked.flags).not.toContain('urgent');
    expect(asked.emotion).toBe('neutral');
    expect(classifyMessage('孩子发烧了，屋里才十五度，暖气还是不热').flags).toContain('urgent');
  });
});
