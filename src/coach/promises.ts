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
  const plain = straightenApostrophes(text);
  let best: AgentPromise | null = null;
  for (const match of findTimeExpressions(plain)) {
    if (!readsAsPromise(plain, match)) continue;
    const dueAt = dueDate(match.when, sentAt);
    if (best === null || dueAt < best.dueAt) {
      best = { dueAt, phrase: text.slice(match.start, match.end), start: match.start, end: match.end };
    }
  }
  return best;
}
