import { clauseEndsBetween, closesText, endsClause, isSentenceEnd } from './clauses.ts';
import type { Match } from './match.ts';
import { promiseFrameEnd, scareQuotes } from './modifiers.ts';

/**
 * Where the parts of a message are before its words are read: clauses and sentences (numbered on each match), the
 * last contrast word, how-to and conditional sentences, clauses that look back, and other people's words in it.
 */

/** Where the last contrast word stands, and which sentences are inquiries and which clauses look back. */
export interface Layout {
  contrastAt: number;
  inquiries: number[];
  pastClauses: number[];
  /** Sentences opened by a condition ("if I", 如果我, …的话): a how-to question only when they ask. */
  conditionals: number[];
  /** Where the second, third… sentence starts (after . ! ? or an emoji inside the message). */
  sentenceStarts: number[];
  /** Quotes of what a screen shows ('it says "Payment failed"', 提示“密码错误”), with their quote marks. */
  screenQuotes: Span[];
  /**
   * Other people's words: screen quotes, and what a promise quoted back says (the 马上处理 of 说好的马上处理呢): they
   * describe, they are not the customer's feeling.
   */
  quoted: Span[];
}

export interface Span {
  start: number;
  end: number;
}

/** How far before its quote a screen word may stand ('the error message on the checkout page says "…"'). */
const SCREEN_QUOTE_REACH = 40;
/** A quoted error or notice may be a whole sentence ("Payment failed, please try again later"). */
const SCREEN_QUOTE_MAX_CHARS = 120;

/** Numbers every match's clause and sentence (stored on the match) and collects the message-wide modifiers. */
export function layoutOf(text: string, matches: readonly Match[], modifiers: boolean): Layout {
  const layout: Layout = {
    contrastAt: -1,
    inquiries: [],
    pastClauses: [],
    conditionals: [],
    screenQuotes: [],
    quoted: [],
    sentenceStarts: [],
  };
  const screenWordEnds: number[] = [];
  let calmAt = -1;
  let clause = 0;
  let sentence = 0;
  let at = 0;
  for (const m of matches) {
    for (; at < m.start; at++) {
      if (!endsClause(text, at)) continue;
      clause++;
      if (isSentenceEnd(text.charCodeAt(at))) {
        sentence++;
        layout.sentenceStarts.push(at + 1);
      }
    }
    // Breaks inside a match (the ":" of ":(", the "?" of "吧？") do not count.
    if (at < m.end) at = m.end;
    m.clause = clause;
    m.sentence = sentence;
    // "…a code sent to my old number 😬 how do i get back in": an emoji inside a message ends its sentence.
    if (m.entry.kind === 'emoji' && !closesText(text, m.end) && !endsClause(text, m.end)) {
      clause++;
      sentence++;
      layout.sentenceStarts.push(m.end);
    }
    if (modifiers && m.entry.screenQuote) screenWordEnds.push(m.end);
    if (modifiers && m.entry.promiseFrame) {
      const end = promiseFrameEnd(text, m.end);
      if (end > 0) layout.quoted.push({ start: m.end, end });
    }
    if (modifiers && m.entry.conditional) layout.conditionals.push(sentence);
    if (modifiers && m.entry.calm) calmAt = m.start;
    if (!modifiers || !m.entry.modifier) continue;
    if (m.entry.modifier === 'contrast') layout.contrastAt = m.start;
    else if (m.entry.modifier === 'inquiry') layout.inquiries.push(sentence);
    else if (m.entry.modifier === 'retrospective') layout.pastClauses.push(clause);
  }
  // "The fan stopped working. Nothing urgent.", "不急，方便的时候来看看": a report the customer calls calm describes its
  // problems as a how-to question does; "no rush, but the baby is freezing" takes it back.
  const calm = calmAt >= 0 && layout.contrastAt < calmAt;
  if (calm) for (let s = 0; s <= sentence; s++) if (!layout.inquiries.includes(s)) layout.inquiries.push(s);
  if (screenWordEnds.length > 0) {
    layout.screenQuotes = screenQuotesOf(text, screenWordEnds);
    layout.quoted.push(...layout.screenQuotes);
  }
  return layout;
}

/** The quotes that follow a screen word in the same clause. */
function screenQuotesOf(text: string, screenWordEnds: readonly number[]): Span[] {
  const found: Span[] = [];
  for (const quote of scareQuotes(text, SCREEN_QUOTE_MAX_CHARS)) {
    const introduced = screenWordEnds.some((end) => {
      return (
        end <= quote.start && quote.start - end <= SCREEN_QUOTE_REACH && !clauseEndsBetween(text, end, quote.start)
      );
    });
    if (introduced) found.push(quote);
  }
  return found;
}

export function inSpans(spans: readonly Span[], m: Match): boolean {
  for (const span of spans) if (m.start >= span.start && m.end <= span.end) return true;
  return false;
}

/** Whether any of the spans shares a character with `s` (a word half inside a quote counts). */
export function overlapsAny(spans: readonly Span[], s: Span): boolean {
  for (const span of spans) if (span.start < s.end && s.start < span.end) return true;
  return false;
}
