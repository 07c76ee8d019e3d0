/**
 * What the draft coach looks for in the agent's draft and what it says about it. Data only; draft-coach.ts holds
 * the rules. Messages are short on purpose: the agent glances at them while typing.
 */
import type { Bilingual } from '../phrasebook/schema';

/** Words that show the agent heard how the customer feels. 理解 alone is left out: 你理解错了 is blame. */
export const ACKNOWLEDGEMENT_MARKERS: readonly string[] = [
  'sorry',
  'apologise',
  'apologize',
  'apologies',
  'i understand',
  'i can understand',
  'i completely understand',
  'i totally understand',
  'understandably',
  'i see why',
  'i can see why',
  'i get why',
  'i hear you',
  "that's frustrating",
  'that is frustrating',
  'must be frustrating',
  'so frustrating',
  'thank you for your patience',
  'thanks for your patience',
  'thank you for bearing with',
  'thanks for bearing with',
  'thanks for waiting',
  'thank you for waiting',
  'i appreciate your patience',
  "shouldn't have happened",
  '抱歉',
  '不好意思',
  '对不起',
  '致歉',
  '我理解',
  '能理解',
  '非常理解',
  '完全理解',
  '理解您',
  '理解你',
  '明白您',
  '我明白',
  '辛苦您',
  '辛苦了',
  '让您久等',
  '久等了',
  '给您添麻烦',
  '给您带来不便',
  '感谢您的耐心',
  '谢谢您的耐心',
];

/** Joking that reads as mockery to an upset customer. */
export const HUMOUR_MARKERS: readonly string[] = [
  'lol',
  'lmao',
  'rofl',
  'jk',
  'just kidding',
  'just joking',
  '😂',
  '🤣',
  '😄',
  '😆',
  '😜',
  '开个玩笑',
  '开玩笑',
];

/** Laughter: a syllable written twice or more (haha, hehehe, 哈哈哈). */
export const LAUGHTER_SYLLABLES: readonly string[] = ['ha', 'he', '哈', '嘿', '嘻'];

/** 呵呵 looks like laughter but reads as a cold, dismissive sneer in Chinese chat. */
export const SNEER_SYLLABLES: readonly string[] = ['呵'];

export const HINT_TEXT = {
  acknowledgeAnger: {
    'zh-CN': '客户正在气头上：先回应情绪，再说解决办法。',
    en: 'The customer is angry: acknowledge how they feel before the fix.',
  },
  acknowledgeDisappointment: {
    'zh-CN': '客户很失望：先表示歉意或理解，再说方案。',
    en: 'The customer is let down: say sorry or show you understand first.',
  },
  acknowledgeAngerBetter: {
    'zh-CN': '非常抱歉，我理解您现在的心情。',
    en: "I'm really sorry about this, and I can see why you're upset.",
  },
  acknowledgeDisappointmentBetter: {
    'zh-CN': '很抱歉让您失望了，我理解您的感受。',
    en: "I'm sorry this let you down. I understand how you feel.",
  },
  timeFrameAnxious: {
    'zh-CN': '客户很着急：告诉他什么时候会有结果，比如“30分钟内回复您”。',
    en: 'The customer is worried: say when they will hear back, e.g. "within 30 minutes".',
  },
  timeFrameUrgent: {
    'zh-CN': '事情紧急：给出明确的时间，比如“今天下午5点前”。',
    en: 'This is urgent: give a clear time, e.g. "by 5pm today".',
  },
  humour: {
    'zh-CN': '客户情绪激动时，玩笑和“哈哈”容易被当成嘲讽。',
    en: 'While the customer is upset, jokes and laughter can read as mockery.',
  },
  sneer: {
    'zh-CN': '“呵呵”常被理解为冷笑或讽刺，建议删掉。',
    en: '“呵呵” reads as a cold sneer in Chinese chat; better remove it.',
  },
} as const satisfies Record<string, Bilingual>;
