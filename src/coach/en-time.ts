/** How English-writing agents write a time frame: patterns over the words in time-words.ts, and what they mean. */
import type { ClockTime, DaySpec } from './due-date';
import { parseAmount, parseEnglishNumber } from './numbers';
import type { Groups, TimeReading, TimeRule } from './time-expressions';
import {
  type DayPart,
  EN_BY_PREFIXES,
  EN_CLOCK_WORDS,
  EN_DAY_PARTS,
  EN_DAYS,
  EN_DURATION_UNITS,
  EN_END_OF_WEEK,
  EN_FIXED_DEADLINES,
  EN_NEXT,
  EN_NUMBERS,
  EN_SOFT_CLOCK_PREFIXES,
  EN_SOFT_DAY_PREFIXES,
  EN_THIS,
  EN_WEEKDAYS,
  EN_WITHIN_PREFIXES,
  EN_WORKING,
} from './time-words';
import { alt, isOneOf, pattern, wordsOf } from './word-match';

const EN_START = '(?<![\\p{Script=Latin}\\p{N}_])';
const EN_END = '(?![\\p{Script=Latin}\\p{N}_])';
const EN_NUMBER = '\\d+(?:\\.\\d+)?';
const EN_AMOUNT = `(?<amount>${EN_NUMBER}(?:\\s*(?:-|–|to)\\s*${EN_NUMBER})?|${alt(wordsOf(EN_NUMBERS))})`;
const EN_DAY_WORD = alt(wordsOf(EN_DAYS));
const EN_WEEKDAY = alt(wordsOf(EN_WEEKDAYS));

/** "within 2 hours", "in the next hour", "within 3 working days", "an hour and a half from now". */
const EN_DURATION = pattern(
  [
    EN_START,
    `(?:(?<prefix>${alt(EN_WITHIN_PREFIXES)})\\s+(?<the>the\\s+)?)?`,
    `(?:${EN_AMOUNT}(?<half>\\s+and\\s+a\\s+half)?\\s*-?\\s*)?`,
    `(?:(?<working>${alt(EN_WORKING)})\\s+)?`,
    `(?<unit>${alt(wordsOf(EN_DURATION_UNITS))})`,
    '(?<half2>\\s+and\\s+a\\s+half)?',
    '(?<fromNow>\\s+from\\s+now)?',
    EN_END,
  ],
  'giu',
);
/** "by 5pm", "before 3:30 pm", "by 17:00", "tomorrow at 3", "by noon on Friday". */
const EN_CLOCK = pattern(
  [
    EN_START,
    `(?:(?<day>${EN_DAY_WORD})\\s+)?`,
    `(?<prefix>${alt([...EN_BY_PREFIXES, ...EN_SOFT_CLOCK_PREFIXES])})\\s+`,
    `(?:(?<day2>${EN_DAY_WORD})\\s+(?:at\\s+)?)?`,
    `(?:(?<hour>\\d{1,2})(?:(?<sep>[:.])(?<minute>\\d{2}))?\\s*(?<ampm>[ap]m|[ap]\\.m\\.|o'clock)?`,
    `|(?<word>${alt(wordsOf(EN_CLOCK_WORDS))}))`,
    `(?:\\s+(?:on\\s+)?(?:(?<day3>${EN_DAY_WORD})|(?<weekday>${EN_WEEKDAY})))?`,
    EN_END,
  ],
  'giu',
);
/** "tomorrow morning", "by end of day", "by Monday", "next Friday", "this afternoon", "by the end of the week". */
const EN_DAY_ONLY = pattern(
  [
    EN_START,
    `(?:(?<prefix>${alt([...EN_BY_PREFIXES, ...EN_SOFT_DAY_PREFIXES])})\\s+)?(?:the\\s+)?`,
    `(?:(?<fixed>${alt(wordsOf(EN_FIXED_DEADLINES))})`,
    `|(?<endOfWeek>${alt(EN_END_OF_WEEK)})`,
    `|(?:(?<relative>${alt([EN_NEXT, ...EN_THIS])})\\s+)?(?<weekday>${EN_WEEKDAY})`,
    `|(?<day>${EN_DAY_WORD})`,
    `|${alt(EN_THIS)})`,
    `(?:\\s+(?<part>${alt(wordsOf(EN_DAY_PARTS))}))?`,
    EN_END,
  ],
  'giu',
);

const lower = (text: string | undefined) => text?.toLowerCase().replace(/\s+/g, ' ');
const isBy = (prefix: string | undefined) => isOneOf(EN_BY_PREFIXES, lower(prefix));

function readEnDuration(g: Groups): TimeReading | undefined {
  if (!g.prefix && !g.fromNow) return undefined;
  const unit = EN_DURATION_UNITS[lower(g.unit) ?? ''];
  // "Within the hour", "in the next hour": one, unsaid.
  const implied = g.the !== undefined || [EN_NEXT, ...EN_THIS].some((word) => lower(g.prefix)?.endsWith(word));
  const amount = g.amount === undefined ? (implied ? 1 : undefined) : parseAmount(g.amount, parseEnglishNumber);
  if (amount === undefined || unit === undefined || amount <= 0) return undefined;
  // "In a minute" means "soon", not sixty seconds.
  if (unit === 'minute' && /^an?$/i.test(g.amount ?? '')) return undefined;
  const total = amount + (g.half || g.half2 ? 0.5 : 0);
  if (g.working && unit !== 'day') return undefined;
  return { when: { kind: 'duration', amount: total, unit: g.working ? 'working-day' : unit }, firm: true };
}

function enNamedDay(word: string | undefined): { day: DaySpec; part?: DayPart } | undefined {
  const named = EN_DAYS[lower(word) ?? ''];
  return named && { day: { kind: 'offset', days: named.days, named: true }, part: named.part };
}

function readEnClock(g: Groups): TimeReading | undefined {
  const word = EN_CLOCK_WORDS[lower(g.word) ?? ''];
  const ampm = lower(g.ampm)?.replace(/\./g, '');
  const dayWord = g.day ?? g.day2 ?? g.day3;
  const weekday = EN_WEEKDAYS[lower(g.weekday) ?? ''];
  // A bare number after "by" is a clock time only with a day beside it: "tomorrow at 3", not "reduced by 5".
  const clockLike = word !== undefined || g.minute !== undefined || ampm !== undefined;
  if (!clockLike && dayWord === undefined && weekday === undefined) return undefined;
  if (g.sep === '.' && ampm === undefined) return undefined;
  let hour = word ?? Number(g.hour);
  const minute = Number(g.minute ?? 0);
  if (hour > 24 || minute > 59 || (ampm && ampm !== "o'clock" && (hour < 1 || hour > 12))) return undefined;
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  const named = enNamedDay(dayWord);
  const day: DaySpec =
    weekday !== undefined
      ? { kind: 'weekday', weekday, which: 'coming' }
      : (named?.day ?? { kind: 'offset', days: 0, named: false });
  // "Tonight at 8" is 20:00.
  const evening = named?.part === 'evening' && hour < 12;
  const time: ClockTime = {
    hour: evening ? hour + 12 : hour,
    minute,
    ambiguous: word === undefined && (ampm === undefined || ampm === "o'clock") && hour >= 1 && hour < 12 && !evening,
  };
  return { when: { kind: 'moment', day, time }, firm: isBy(g.prefix) };
}

function readEnDay(g: Groups): TimeReading | undefined {
  const firm = isBy(g.prefix);
  const part = EN_DAY_PARTS[lower(g.part) ?? ''];
  const fixed = EN_FIXED_DEADLINES[lower(g.fixed) ?? ''];
  if (fixed) {
    return { when: { kind: 'moment', day: { kind: 'offset', days: fixed.days, named: true }, part: fixed.part }, firm };
  }
  if (g.endOfWeek) return { when: { kind: 'moment', day: { kind: 'end-of-week' } }, firm };
  const weekday = EN_WEEKDAYS[lower(g.weekday) ?? ''];
  if (weekday !== undefined) {
    const which = lower(g.relative) === EN_NEXT ? 'after-today' : 'coming';
    return { when: { kind: 'moment', day: { kind: 'weekday', weekday, which }, part }, firm };
  }
  const named = enNamedDay(g.day);
  if (named) return { when: { kind: 'moment', day: named.day, part: named.part ?? part }, firm };
  // Bare "this" only counts with its part: "this afternoon".
  if (part) return { when: { kind: 'moment', day: { kind: 'offset', days: 0, named: true }, part }, firm };
  return undefined;
}

export const EN_TIME_RULES: readonly TimeRule[] = [
  { pattern: EN_DURATION, read: readEnDuration },
  { pattern: EN_CLOCK, read: readEnClock },
  { pattern: EN_DAY_ONLY, read: readEnDay },
];
