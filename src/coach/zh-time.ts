/** How Chinese agents write a time frame: patterns over the words in time-words.ts, and what their parts mean. */
import type { ClockTime, DaySpec } from './due-date';
import { parseAmount, parseChineseNumber } from './numbers';
import type { Groups, TimeReading, TimeRule } from './time-expressions';
import {
  type DayPart,
  ZH_BEFORE_SUFFIXES,
  ZH_CLOCK_MINUTES,
  ZH_COMING_PREFIXES,
  ZH_DAY_PARTS,
  ZH_DAY_PARTS_FUSED,
  ZH_DAYS,
  ZH_DEADLINE_PREFIXES,
  ZH_DIGITS,
  ZH_DURATION_UNITS,
  ZH_LAST_WEEK_PREFIX,
  ZH_LATER_SUFFIXES,
  ZH_MULTIPLIERS,
  ZH_NEXT_WEEK_PREFIXES,
  ZH_THIS_WEEK,
  ZH_THIS_WEEK_PREFIXES,
  ZH_WEEK_WORDS,
  ZH_WEEKDAYS,
  ZH_WITHIN_SUFFIXES,
} from './time-words';
import { alt, isOneOf, pattern, wordsOf } from './word-match';

const ZH_NUMERAL_CHARS = `\\d${wordsOf(ZH_DIGITS).join('')}${wordsOf(ZH_MULTIPLIERS).join('')}`;
const ZH_NUMERAL = `[${ZH_NUMERAL_CHARS}]+`;
/** Not the tail of a longer number: "订单24" is no clock, 124 is not 24. */
const ZH_AMOUNT = `(?<![${ZH_NUMERAL_CHARS}])(?:\\d+(?:\\.\\d+)?|${ZH_NUMERAL})`;
const ZH_RANGE = `${ZH_AMOUNT}(?:\\s*[-–~～到至]\\s*${ZH_AMOUNT})?`;
const ZH_WEEKDAY = [
  `(?<weekPrefix>${alt([...ZH_NEXT_WEEK_PREFIXES, ...ZH_THIS_WEEK_PREFIXES])})?`,
  `(?<!${ZH_LAST_WEEK_PREFIX})${alt(ZH_WEEK_WORDS)}`,
  `(?<weekday>[${wordsOf(ZH_WEEKDAYS).join('')}])`,
].join('');
const ZH_DAY = [
  `(?<fused>${alt(wordsOf(ZH_DAY_PARTS_FUSED))})`,
  `(?<day>${alt(wordsOf(ZH_DAYS))})`,
  ZH_WEEKDAY,
  `(?<thisWeek>${alt(ZH_THIS_WEEK)})`,
].join('|');
const ZH_PART = `(?<part>${alt(wordsOf(ZH_DAY_PARTS))})`;
const ZH_DEADLINE = `(?<deadline>${alt(ZH_DEADLINE_PREFIXES)})?`;

/** 两小时内, 一个半小时内, 24h内, 3-5个工作日内, 30分钟后, 不超过2小时. */
const ZH_DURATION = pattern(
  [
    ZH_DEADLINE,
    `${alt(ZH_COMING_PREFIXES)}?`,
    `(?<amount>${ZH_RANGE}|半)\\s*个?(?<half>半)?\\s*`,
    `(?<unit>${alt(wordsOf(ZH_DURATION_UNITS))})`,
    `(?<suffix>${alt([...ZH_WITHIN_SUFFIXES, ...ZH_LATER_SUFFIXES])})?`,
  ],
  'gu',
);
/** 5点半前, 下午三点之前, 今天下午5点前, 17:00前, 明天3点. */
const ZH_CLOCK = pattern(
  [
    ZH_DEADLINE,
    `(?:${ZH_DAY})?${ZH_PART}?`,
    `(?<hour>${ZH_AMOUNT})(?:[点时]|[:：](?<mm>\\d{2}))`,
    `(?<minutes>${alt(wordsOf(ZH_CLOCK_MINUTES))}|${ZH_NUMERAL}分?)?钟?`,
    `(?<suffix>${alt(ZH_BEFORE_SUFFIXES)})?`,
  ],
  'gu',
);
/** 明天上午, 明早, 今天之内, 周一前, 下周三之前, 本周内, 下班前. */
const ZH_DAY_ONLY = pattern(
  [ZH_DEADLINE, `(?:${ZH_DAY})?${ZH_PART}?`, `(?<suffix>${alt([...ZH_WITHIN_SUFFIXES, ...ZH_BEFORE_SUFFIXES])})?`],
  'gu',
);

function readZhDuration(g: Groups): TimeReading | undefined {
  if (g.suffix === undefined && g.deadline === undefined) return undefined;
  const amount = parseAmount(g.amount ?? '', parseChineseNumber);
  const unit = ZH_DURATION_UNITS[g.unit ?? ''];
  if (amount === undefined || unit === undefined || amount <= 0) return undefined;
  return { when: { kind: 'duration', amount: amount + (g.half ? 0.5 : 0), unit }, firm: true };
}

function zhDay(g: Groups): { day: DaySpec; part?: DayPart } | undefined {
  const fused = ZH_DAY_PARTS_FUSED[g.fused ?? ''];
  if (fused) return { day: { kind: 'offset', days: fused.days, named: true }, part: fused.part };
  const days = ZH_DAYS[g.day ?? ''];
  if (days !== undefined) return { day: { kind: 'offset', days, named: true } };
  const weekday = ZH_WEEKDAYS[g.weekday ?? ''];
  if (weekday !== undefined) {
    const nextWeek = isOneOf(ZH_NEXT_WEEK_PREFIXES, g.weekPrefix);
    return { day: { kind: 'weekday', weekday, which: nextWeek ? 'next-week' : 'coming' } };
  }
  if (g.thisWeek) return { day: { kind: 'end-of-week' } };
  return undefined;
}

function readZhClock(g: Groups): TimeReading | undefined {
  const named = zhDay(g);
  const part = ZH_DAY_PARTS[g.part ?? ''] ?? named?.part;
  if (!g.suffix && !named && !part) return undefined;
  let hour = parseChineseNumber(g.hour ?? '');
  const minutes = g.mm ?? g.minutes?.replace(/分$/, '');
  const minute = minutes === undefined ? 0 : (ZH_CLOCK_MINUTES[minutes] ?? parseChineseNumber(minutes));
  if (hour === undefined || minute === undefined || !Number.isInteger(hour) || hour > 24 || minute > 59) {
    return undefined;
  }
  if ((part === 'afternoon' || part === 'evening') && hour < 12) hour += 12;
  if (part === 'midday' && hour < 11) hour += 12;
  const time: ClockTime = { hour, minute, ambiguous: part === undefined && hour >= 1 && hour < 12 };
  const day = named?.day ?? { kind: 'offset', days: 0, named: false };
  return { when: { kind: 'moment', day, time }, firm: g.suffix !== undefined || g.deadline !== undefined };
}

function readZhDay(g: Groups): TimeReading | undefined {
  const named = zhDay(g);
  const part = ZH_DAY_PARTS[g.part ?? ''] ?? named?.part;
  if (!named && !(part && g.suffix)) return undefined;
  const within = isOneOf(ZH_WITHIN_SUFFIXES, g.suffix);
  const wholeDay = within && named?.day.kind === 'offset' && part === undefined;
  const day = named?.day ?? { kind: 'offset', days: 0, named: false };
  return {
    when: { kind: 'moment', day, part: wholeDay ? 'whole-day' : part },
    firm: g.suffix !== undefined || g.deadline !== undefined,
  };
}

export const ZH_TIME_RULES: readonly TimeRule[] = [
  { pattern: ZH_DURATION, read: readZhDuration },
  { pattern: ZH_CLOCK, read: readZhClock },
  { pattern: ZH_DAY_ONLY, read: readZhDay },
];
