import { dueDate } from './due-date';
import { readsAsPromise } from './promise-context';
import { findTimeExpressions } from './time-expressions';
import { straightenApostrophes } from './word-match';

/** A time frame an agent committed to in a sent message; named so as not to shadow the global Promise. */
export interface AgentPromise {
  dueAt: Date;
  /** The words that made the promise, text.slice(start, end). */
  phrase: string;
  /** UTF-16 offsets into the message. */
  start: number;
  end: number;
}

/**
 * The time frame an agent's sent message commits to ("within 2 hours", "by 5pm", 三个工作日内, 明天上午), or null
 * when there is none, it is too vague (一会儿, "shortly"), or it is a question, a refusal or the past. When a message
 * makes several promises, the one that falls due first is the one to be reminded of. Dates are in the local time
 * of `sentAt`, which is the agent's browser.
 */
export function findPromise(text: string, sentAt: Date): AgentPromise | null {
  const { plain, origin } = withoutSpacesInChinese(straightenApostrophes(text));
  let best: AgentPromise | null = null;
  for (const match of findTimeExpressions(plain)) {
    if (!readsAsPromise(plain, match)) continue;
    const dueAt = dueDate(match.when, sentAt);
    if (best === null || dueAt < best.dueAt) {
      const start = origin[match.start] ?? match.start;
      const end = (origin[match.end - 1] ?? match.end - 1) + 1;
      best = { dueAt, phrase: text.slice(start, end), start, end };
    }
  }
  return best;
}

const HAN = /\p{Script=Han}/u;
const DIGIT = /[0-9０-９]/;

/**
 * Chinese needs no spaces, but people type them around numbers ("今晚 8 点前", "明天 上午"): such spaces are left
 * out before reading time expressions, and `origin` maps each character back to its place in the text.
 */
function withoutSpacesInChinese(text: string): { plain: string; origin: number[] } {
  let plain = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      const before = text.slice(0, i).trimEnd().at(-1) ?? '';
      const after = text.slice(i).trimStart()[0] ?? '';
      const chineseSide = HAN.test(before) || HAN.test(after);
      const otherSide = [before, after].every((c) => HAN.test(c) || DIGIT.test(c));
      if (chineseSide && otherSide) continue;
    }
    plain += ch;
    origin.push(i);
  }
  return { plain, origin };
}
