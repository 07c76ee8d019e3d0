/**
 * Words around a time expression that tell a promise from a question, a refusal or a report of the past. Data only;
 * promise-context.ts reads them within the clause that holds the time expression.
 */

/** Clause breaks besides punctuation: "we can't refund, but I'll call you in 30 minutes" is two clauses. */
export const EN_CLAUSE_BREAKS = ['but', 'however', 'and', 'so', 'although', 'though', 'then'] as const;
export const ZH_CLAUSE_BREAKS = ['但是', '不过', '可是', '所以', '然后', '而且', '但'] as const;

/** Asking the customer, not committing: "can you reply within 2 hours". */
export const EN_QUESTION_OPENERS = ['can you', 'could you', 'would you', 'will you', 'are you able to'] as const;
/** Sentence-final particles that make a clause a question without a question mark. */
export const ZH_QUESTION_PARTICLES = ['吗', '么'] as const;

export const EN_NEGATIONS = [
  'not',
  'never',
  'cannot',
  'unable',
  'no way',
  'impossible',
  "can't",
  "won't",
  "don't",
  "couldn't",
  "isn't",
  "aren't",
  "wouldn't",
  "shouldn't",
] as const;
export const ZH_NEGATIONS = ['不', '没', '无法', '未能', '来不及'] as const;

/** Phrases that contain a negation word but reassure or bound a promise ("no later than", 不超过, 没问题). */
export const EN_NOT_NEGATIONS = [
  'not later than',
  'not more than',
  "don't worry",
  'do not worry',
  'not to worry',
] as const;
export const ZH_NOT_NEGATIONS = [
  '不好意思',
  '不客气',
  '不超过',
  '不晚于',
  '不迟于',
  '不会超过',
  '不用担心',
  '不要担心',
  '不便',
  '没问题',
  '没关系',
] as const;

/** Signs the time is in the past: "I called 2 hours ago", 上周三来过. */
export const EN_PAST_MARKERS = ['ago', 'yesterday', 'earlier', 'already', 'last', 'was', 'were', 'did', 'had'] as const;
export const ZH_PAST_MARKERS = ['已经', '刚才', '刚刚', '昨天', '前天', '上次', '上周', '上个'] as const;

/**
 * A bare day or clock ("tomorrow", "at 3pm", 明天上午) is a promise only next to a word that looks ahead;
 * "tomorrow's delivery slot" and 明天上午的会 are not.
 */
export const EN_FUTURE_MARKERS = [
  'will',
  "'ll",
  'shall',
  'going to',
  'gonna',
  'should',
  'can',
  'expect',
  'aim',
  'plan',
  'promise',
] as const;
export const ZH_FUTURE_MARKERS = [
  '会',
  '将',
  '能',
  '给您',
  '给你',
  '帮您',
  '为您',
  '争取',
  '尽量',
  '尽快',
  '保证',
  '预计',
  '安排',
  '回复',
  '联系',
  '回电',
  '通知',
] as const;
