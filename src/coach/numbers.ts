import { EN_NUMBERS, ZH_DIGITS, ZH_HALF, ZH_MULTIPLIERS } from './time-words';

const DECIMAL = /^\d+(?:\.\d+)?$/;
/** "2-3 days", "2 to 3 hours", 两到三天, 3~5个工作日. */
const RANGE_SEPARATOR = /(?<=\d)\s*[-–~～]\s*(?=\d)|\s*[到至]\s*|\s+to\s+/i;

/** 二十四 → 24, 十五 → 15, 两 → 2, 一百零五 → 105; undefined for anything else. */
export function parseChineseNumber(text: string): number | undefined {
  if (DECIMAL.test(text)) return Number(text);
  if (text === ZH_HALF) return 0.5;
  let total = 0;
  let pending = 0;
  for (const char of text) {
    const digit = ZH_DIGITS[char];
    const multiplier = ZH_MULTIPLIERS[char];
    if (digit !== undefined) pending = digit;
    else if (multiplier !== undefined) {
      // A bare 十 is ten: 十五 is 15, not 5.
      total += (pending === 0 ? 1 : pending) * multiplier;
      pending = 0;
    } else return undefined;
  }
  return total + pending;
}

/** "24", "1.5", "an", "twenty-four", "a couple of"; undefined for anything else. */
export function parseEnglishNumber(text: string): number | undefined {
  if (DECIMAL.test(text)) return Number(text);
  return EN_NUMBERS[text.toLowerCase().replace(/\s+/g, ' ')];
}

/** A range promises its far end: "2-3 working days" is kept only on day 3. */
export function parseAmount(text: string, parse: (part: string) => number | undefined): number | undefined {
  const values = text.split(RANGE_SEPARATOR).map((part) => parse(part.trim()));
  if (values.length === 0 || values.some((value) => value === undefined)) return undefined;
  return Math.max(...(values as number[]));
}
