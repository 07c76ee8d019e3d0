import type { When } from './due-date';
import { EN_TIME_RULES } from './en-time';
import { ZH_TIME_RULES } from './zh-time';

/** A time expression found in a message, before its clause is read for questions, refusals and the past. */
export interface TimeMatch {
  start: number;
  end: number;
  when: When;
  /** Said with a deadline word (within, by, 内, 前); a bare day or clock needs a forward-looking word nearby. */
  firm: boolean;
}

export type Groups = Record<string, string | undefined>;
export type TimeReading = Omit<TimeMatch, 'start' | 'end'>;

/** One way of writing a time: a pattern with named groups and what its groups mean, or undefined if nothing. */
export interface TimeRule {
  pattern: RegExp;
  read: (groups: Groups) => TimeReading | undefined;
}

/** Where two expressions overlap ("明天下午" inside "明天下午5点前"), the longer, more precise one stays. */
function longestFirst(matches: TimeMatch[]): TimeMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) {
      if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}

/** Every time expression in the text, in both languages, in order of position. */
export function findTimeExpressions(text: string): TimeMatch[] {
  const matches: TimeMatch[] = [];
  for (const { pattern, read } of [...ZH_TIME_RULES, ...EN_TIME_RULES]) {
    for (const found of text.matchAll(pattern)) {
      if (found[0].trim() === '') continue;
      const reading = read(found.groups ?? {});
      if (reading) matches.push({ ...reading, start: found.index, end: found.index + found[0].length });
    }
  }
  return longestFirst(matches);
}
