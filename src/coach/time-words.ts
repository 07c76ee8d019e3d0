/**
 * The words agents use to commit to a time, in both languages. Data only: promise-patterns.ts turns these into
 * patterns and due-date.ts holds the hours each day part stands for.
 */

export type DurationUnit = 'minute' | 'hour' | 'day' | 'working-day' | 'week';

/** Named day parts; the hour each one is due by is a tuned number in due-date.ts. */
export type DayPart = 'early-morning' | 'morning' | 'midday' | 'afternoon' | 'evening' | 'end-of-workday' | 'whole-day';

/** Chinese digits; 两 is the form used before measure words (两小时, 两个工作日). */
export const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export const ZH_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100 };

export const ZH_HALF = '半';

export const ZH_DURATION_UNITS: Readonly<Record<string, DurationUnit>> = {
  分钟: 'minute',
  min: 'minute',
  小时: 'hour',
  钟头: 'hour',
  h: 'hour',
  H: 'hour',
  天: 'day',
  日: 'day',
  工作日: 'working-day',
  周: 'week',
  星期: 'week',
  礼拜: 'week',
};

/** 内 "within": after a duration (两小时内) or a day (今天之内). */
export const ZH_WITHIN_SUFFIXES = ['之内', '以内', '内'] as const;
/** 后 "from now" after a duration (30分钟后); 前 after a duration means "ago" and is deliberately absent. */
export const ZH_LATER_SUFFIXES = ['之后', '以后', '后'] as const;
/** "Before" after a clock time or a day: 5点前, 周一之前. */
export const ZH_BEFORE_SUFFIXES = ['之前', '以前', '前'] as const;
/** "The next": 未来24小时内, 接下来的两小时内. */
export const ZH_COMING_PREFIXES = ['接下来的', '接下来', '未来'] as const;
/** Words before a duration or day that make it a deadline without 内 or 前: 不超过2小时, 预计3-5个工作日, 稍等5分钟. */
export const ZH_DEADLINE_PREFIXES = ['不超过', '最迟', '最晚', '最多', '预计', '稍等'] as const;

/** Day words counted from the day the message was sent. */
export const ZH_DAYS: Readonly<Record<string, number>> = {
  今天: 0,
  今日: 0,
  当天: 0,
  明天: 1,
  明日: 1,
  后天: 2,
};

/** One-word day plus part: 明早 is "tomorrow early morning". */
export const ZH_DAY_PARTS_FUSED: Readonly<Record<string, { days: number; part: DayPart }>> = {
  明早: { days: 1, part: 'early-morning' },
  明晚: { days: 1, part: 'evening' },
  今晚: { days: 0, part: 'evening' },
};

export const ZH_DAY_PARTS: Readonly<Record<string, DayPart>> = {
  一早: 'early-morning',
  早上: 'early-morning',
  早晨: 'early-morning',
  上午: 'morning',
  中午: 'midday',
  下午: 'afternoon',
  傍晚: 'afternoon',
  晚上: 'evening',
  夜里: 'evening',
  下班: 'end-of-workday',
};

/** "This week" before 内/前: due at the end of the working week. */
export const ZH_THIS_WEEK = ['这个星期', '这星期', '本周', '这周'] as const;

export const ZH_WEEK_WORDS = ['星期', '礼拜', '周'] as const;
/** Weekday names after 周/星期/礼拜, as Date.getDay() numbers. */
export const ZH_WEEKDAYS: Readonly<Record<string, number>> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** 上周三 is last week: never a promise. */
export const ZH_LAST_WEEK_PREFIX = '上';
/** 下周一 is Monday of next week; 这周/本周 are this week, the same as a bare 周一. */
export const ZH_NEXT_WEEK_PREFIXES = ['下个', '下'] as const;
export const ZH_THIS_WEEK_PREFIXES = ['这个', '这', '本'] as const;

/** Minutes after a clock hour: 5点半, 三点一刻. */
export const ZH_CLOCK_MINUTES: Readonly<Record<string, number>> = { 半: 30, 一刻: 15, 三刻: 45 };

export const EN_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  'forty-five': 45,
  'forty-eight': 48,
  sixty: 60,
  'seventy-two': 72,
  ninety: 90,
  'a couple of': 2,
  'a half': 0.5,
  'half an': 0.5,
  'half a': 0.5,
};

export const EN_DURATION_UNITS: Readonly<Record<string, DurationUnit>> = {
  minutes: 'minute',
  minute: 'minute',
  mins: 'minute',
  min: 'minute',
  hours: 'hour',
  hour: 'hour',
  hrs: 'hour',
  hr: 'hour',
  h: 'hour',
  days: 'day',
  day: 'day',
  weeks: 'week',
  week: 'week',
};

/** "3 working days", "2 business days". */
export const EN_WORKING = ['working', 'business'] as const;

/** Words before a duration that make it a deadline; "in the last 2 hours" is deliberately absent. */
export const EN_WITHIN_PREFIXES = [
  'within the next',
  'within the coming',
  'within',
  'in the next',
  'in the coming',
  'in under',
  'in less than',
  'in',
  'under',
  'no more than',
  'no longer than',
  'allow up to',
  'allow',
  'up to',
  'give me',
] as const;

/** Words before a clock time or a day that make it a deadline. */
export const EN_BY_PREFIXES = ['by', 'before', 'no later than', 'not later than', 'until', 'till'] as const;

/** Words that name a day or a time without making it a deadline: "on Monday", "at 3pm". */
export const EN_SOFT_DAY_PREFIXES = ['on', 'for'] as const;
export const EN_SOFT_CLOCK_PREFIXES = ['at'] as const;

/** "Next Monday" is the coming Monday, never today; "this Friday" and "coming Friday" may be today. */
export const EN_NEXT = 'next';
export const EN_THIS = ['this', 'coming'] as const;

export const EN_DAYS: Readonly<Record<string, { days: number; part?: DayPart }>> = {
  today: { days: 0 },
  tonight: { days: 0, part: 'evening' },
  tomorrow: { days: 1 },
  'the day after tomorrow': { days: 2 },
};

export const EN_DAY_PARTS: Readonly<Record<string, DayPart>> = {
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'evening',
};

/** Whole expressions that name a deadline on the day of sending (or, for "first thing", the next morning). */
export const EN_FIXED_DEADLINES: Readonly<Record<string, { days: number; part: DayPart }>> = {
  'end of the day': { days: 0, part: 'end-of-workday' },
  'end of day': { days: 0, part: 'end-of-workday' },
  'end of today': { days: 0, part: 'end-of-workday' },
  'end of business': { days: 0, part: 'end-of-workday' },
  'close of business': { days: 0, part: 'end-of-workday' },
  eod: { days: 0, part: 'end-of-workday' },
  cob: { days: 0, part: 'end-of-workday' },
  'later today': { days: 0, part: 'end-of-workday' },
  'first thing tomorrow morning': { days: 1, part: 'early-morning' },
  'first thing tomorrow': { days: 1, part: 'early-morning' },
};

/** Due at the end of the working week. */
export const EN_END_OF_WEEK = [
  'the end of the week',
  'the end of this week',
  'end of the week',
  'end of week',
  'this week',
] as const;

/** Full names and abbreviations; "sat" and "sun" are left out because they are also everyday words. */
export const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  mon: 1,
  tues: 2,
  tue: 2,
  wed: 3,
  thurs: 4,
  thu: 4,
  fri: 5,
};

/** Clock words with a fixed hour. */
export const EN_CLOCK_WORDS: Readonly<Record<string, number>> = { noon: 12, midday: 12, midnight: 24 };
