import type { DayPart, DurationUnit } from './time-words';

/** 明早, 早上, "first thing tomorrow": offices open around 9, so "first thing" is done by 10. */
export const EARLY_MORNING_DUE_HOUR = 10;
/** 上午 and "morning" end at noon. */
export const MORNING_DUE_HOUR = 12;
/** 中午 covers the lunch break, which ends at 13:00 in most Chinese offices. */
export const MIDDAY_DUE_HOUR = 13;
/** "End of day", "today", a bare weekday: most helpdesks in China and Europe close at 18:00. */
export const END_OF_WORKDAY_HOUR = 18;
/** 下午 and "afternoon" last until the office closes. */
export const AFTERNOON_DUE_HOUR = END_OF_WORKDAY_HOUR;
/** 晚上 and "tonight": late enough for an evening call-back, before customers stop answering. */
export const EVENING_DUE_HOUR = 21;
/** 今天之内 promises the whole calendar day, up to its last minute. */
export const WHOLE_DAY_DUE = { hour: 23, minute: 59 } as const;
/** "By the end of the week" and 本周内 mean the working week, which ends on Friday (Date.getDay() 5). */
export const LAST_WORKDAY = 5;
/** Nobody promises a chat follow-up before 7 in the morning, so 明天3点前 and "by 5 o'clock" are afternoon hours. */
export const EARLIEST_PROMISED_HOUR = 7;
/**
 * A clock hour with no am/pm (5点半前, "by 5 o'clock") is read as the afternoon one while that is still ahead, up to
 * this hour: "by 9:00" at 10:15 means 21:00, "by 10:00" at 10:15 means tomorrow morning.
 */
export const LATEST_AMBIGUOUS_HOUR = EVENING_DUE_HOUR;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const DAYS_PER_WEEK = 7;
const SATURDAY = 6;
const SUNDAY = 0;

export interface ClockTime {
  hour: number;
  minute: number;
  /** 1 to 11 with no am/pm and no day part: 5 may be 05:00 or 17:00. */
  ambiguous: boolean;
}

export type DaySpec =
  /** Days after the day of sending; `named` when the text says so ("today"), not when it is implied ("by 5pm"). */
  | { kind: 'offset'; days: number; named: boolean }
  /** coming: the next one, today included; after-today: "next Monday"; next-week: 下周一. */
  | { kind: 'weekday'; weekday: number; which: 'coming' | 'after-today' | 'next-week' }
  | { kind: 'end-of-week' };

export type When =
  | { kind: 'duration'; amount: number; unit: DurationUnit }
  | { kind: 'moment'; day: DaySpec; time?: ClockTime; part?: DayPart };

const PART_DUE: Readonly<Record<DayPart, { hour: number; minute: number }>> = {
  'early-morning': { hour: EARLY_MORNING_DUE_HOUR, minute: 0 },
  morning: { hour: MORNING_DUE_HOUR, minute: 0 },
  midday: { hour: MIDDAY_DUE_HOUR, minute: 0 },
  afternoon: { hour: AFTERNOON_DUE_HOUR, minute: 0 },
  evening: { hour: EVENING_DUE_HOUR, minute: 0 },
  'end-of-workday': { hour: END_OF_WORKDAY_HOUR, minute: 0 },
  'whole-day': WHOLE_DAY_DUE,
};

/** Calendar days, so a promise made at 10:00 stays at 10:00 across a daylight-saving change. */
function addDays(date: Date, days: number): Date {
  const result = new Date(date);
  result.setDate(result.getDate() + Math.trunc(days));
  return new Date(result.getTime() + (days % 1) * DAY_MS);
}

function addWorkingDays(date: Date, days: number): Date {
  let result = new Date(date);
  for (let counted = 0; counted < Math.ceil(days); ) {
    result = addDays(result, 1);
    const weekday = result.getDay();
    if (weekday !== SATURDAY && weekday !== SUNDAY) counted++;
  }
  return result;
}

function afterDuration(sentAt: Date, amount: number, unit: DurationUnit): Date {
  switch (unit) {
    case 'minute':
      return new Date(sentAt.getTime() + amount * MINUTE_MS);
    case 'hour':
      return new Date(sentAt.getTime() + amount * HOUR_MS);
    case 'day':
      return addDays(sentAt, amount);
    case 'week':
      return addDays(sentAt, amount * DAYS_PER_WEEK);
    case 'working-day':
      return addWorkingDays(sentAt, amount);
  }
}

/** Monday-first position in the week, the way 下周 counts. */
const mondayFirst = (weekday: number) => (weekday + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK;

function daysAhead(day: DaySpec, today: number): number {
  switch (day.kind) {
    case 'offset':
      return day.days;
    case 'end-of-week':
      return (LAST_WORKDAY - today + DAYS_PER_WEEK) % DAYS_PER_WEEK;
    case 'weekday': {
      const coming = (day.weekday - today + DAYS_PER_WEEK) % DAYS_PER_WEEK;
      if (day.which === 'coming') return coming;
      if (day.which === 'after-today') return coming === 0 ? DAYS_PER_WEEK : coming;
      return DAYS_PER_WEEK - mondayFirst(today) + mondayFirst(day.weekday);
    }
  }
}

function atTime(sentAt: Date, days: number, hour: number, minute: number): Date {
  const result = addDays(sentAt, days);
  result.setHours(hour, minute, 0, 0);
  return result;
}

/** "By 5pm" sent after 5pm means tomorrow; "by 5" sent at 10:00 means 17:00 today. */
function nextOccurrence(sentAt: Date, time: ClockTime): Date {
  const today = atTime(sentAt, 0, time.hour, time.minute);
  if (today > sentAt) return today;
  const pmHour = time.hour + 12;
  if (time.ambiguous && time.hour < 12 && pmHour <= LATEST_AMBIGUOUS_HOUR) {
    const evening = atTime(sentAt, 0, pmHour, time.minute);
    if (evening > sentAt) return evening;
  }
  return atTime(sentAt, 1, time.hour, time.minute);
}

function plausible(time: ClockTime): ClockTime {
  if (!time.ambiguous || time.hour >= EARLIEST_PROMISED_HOUR) return time;
  return { hour: time.hour + 12, minute: time.minute, ambiguous: false };
}

/** When a time expression falls due, in the local time of the agent's browser. */
export function dueDate(when: When, sentAt: Date): Date {
  if (when.kind === 'duration') return afterDuration(sentAt, when.amount, when.unit);
  const time = when.time ? plausible(when.time) : { ...PART_DUE[when.part ?? 'end-of-workday'], ambiguous: false };
  const implicitToday = when.day.kind === 'offset' && when.day.days === 0 && !when.day.named;
  if (implicitToday) return nextOccurrence(sentAt, time);
  return atTime(sentAt, daysAhead(when.day, sentAt.getDay()), time.hour, time.minute);
}
