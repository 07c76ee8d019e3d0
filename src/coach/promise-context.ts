import {
  EN_CLAUSE_BREAKS,
  EN_FUTURE_MARKERS,
  EN_NEGATIONS,
  EN_NOT_NEGATIONS,
  EN_PAST_MARKERS,
  EN_QUESTION_OPENERS,
  ZH_CLAUSE_BREAKS,
  ZH_FUTURE_MARKERS,
  ZH_NEGATIONS,
  ZH_NOT_NEGATIONS,
  ZH_PAST_MARKERS,
  ZH_QUESTION_PARTICLES,
} from './clause-words';
import type { TimeMatch } from './time-expressions';
import { alternation, wordPattern } from './word-match';

/** A full stop only ends a sentence before a space or the end, so "1.5 hours" and "5 p.m." stay whole. */
const CLAUSE_BREAK = new RegExp(
  `\\.(?=\\s|$)|[!?。！？;；\\n,，、—]|${alternation([...EN_CLAUSE_BREAKS, ...ZH_CLAUSE_BREAKS])}`,
  'giu',
);
const QUESTION_MARK = /[?？]/;
const QUESTION_OPENER = new RegExp(`^\\s*(?:${alternation(EN_QUESTION_OPENERS)})`, 'iu');
const QUESTION_PARTICLE = new RegExp(`(?:${alternation(ZH_QUESTION_PARTICLES)})\\s*$`, 'u');
const NEGATION = wordPattern([...EN_NEGATIONS, ...ZH_NEGATIONS]);
const NOT_NEGATION = wordPattern([...EN_NOT_NEGATIONS, ...ZH_NOT_NEGATIONS], 'giu');
const PAST = wordPattern([...EN_PAST_MARKERS, ...ZH_PAST_MARKERS]);
const FUTURE = wordPattern([...EN_FUTURE_MARKERS, ...ZH_FUTURE_MARKERS]);
/** "Tomorrow's slot", 明天的会: the day describes something, it is not a deadline. */
const POSSESSIVE_AFTER = /^(?:'s|的)/u;

interface Clause {
  /** Text of the clause before and after the time expression. */
  before: string;
  after: string;
  /** The punctuation or word that ends the clause; '' at the end of the text. */
  terminator: string;
}

function clauseAround(text: string, start: number, end: number): Clause {
  let from = 0;
  let to = text.length;
  let terminator = '';
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    const breakEnd = found.index + found[0].length;
    if (breakEnd <= start) from = breakEnd;
    else if (found.index >= end) {
      to = found.index;
      terminator = found[0];
      break;
    }
  }
  return { before: text.slice(from, start), after: text.slice(end, to), terminator };
}

/** "Can you reply within 2 hours?" asks; "I'll reply within 2 hours, ok?" commits, the question is only the tag. */
function asksTheCustomer(clause: Clause): boolean {
  return (
    QUESTION_MARK.test(clause.terminator) || QUESTION_OPENER.test(clause.before) || QUESTION_PARTICLE.test(clause.after)
  );
}

function refuses(clause: Clause): boolean {
  const around = `${clause.before} ${clause.after}`.replace(NOT_NEGATION, (found) => ' '.repeat(found.length));
  return NEGATION.test(around);
}

/**
 * Whether a time expression, read in its clause, commits the agent: not a question to the customer, not a refusal
 * ("we can't do it within 2 hours"), not the past, and for a bare day or clock, next to a word that looks ahead.
 * `text` must already have straight apostrophes.
 */
export function readsAsPromise(text: string, match: TimeMatch): boolean {
  if (POSSESSIVE_AFTER.test(text.slice(match.end))) return false;
  const clause = clauseAround(text, match.start, match.end);
  const around = `${clause.before} ${clause.after}`;
  if (asksTheCustomer(clause) || refuses(clause) || PAST.test(around)) return false;
  return match.firm || FUTURE.test(around);
}
