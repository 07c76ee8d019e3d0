import { clauseEndsBetween, sentenceEndsBetween } from './clauses.ts';
import { overlapsAny, type Span } from './layout.ts';
import type { CompiledThankedHarm } from './lexicon.ts';
import { SARCASM_MIN_NEGATIVE, SARCASM_POINTS, SARCASM_SURE_POINTS, SCARE_QUOTE_POINTS } from './modifiers.ts';
import type { Tally } from './tally.ts';

/**
 * Sarcasm: praise that means its opposite. The cues are found while reading the words (sarcasm cues, scare quotes,
 * cold smiles, thanks for a harm); these rules decide, once the message is read, whether the praise turns to anger.
 */

/**
 * "Thanks for charging me twice", "谢谢你们啊，让我在零下的天气里等了三个小时": thanks for a harm are sarcasm for sure.
 * The link must stand in the sentence of the praise before it, and (in Chinese) the complaint in the link's clause.
 */
export function thankedHarmCheck(tally: Tally, thankedHarms: readonly CompiledThankedHarm[]): void {
  if (thankedHarms.length === 0 || tally.scores.positive <= 0) return;
  const { text } = tally;
  const lower = text.toLowerCase();
  for (const praise of tally.evidence) {
    if (praise.emotion !== 'positive' || praise.contribution <= 0) continue;
    for (const { link, harms } of thankedHarms) {
      // The praise may end in the link itself ("Thank you so much for").
      for (let at = lower.indexOf(link, praise.start); at >= 0; at = lower.indexOf(link, at + 1)) {
        if (sentenceEndsBetween(text, praise.start, at)) break;
        if (!wholeWord(lower, at, link.length)) continue;
        const end = at + link.length;
        const harm = harms ? harmAfter(lower, end, harms) : complaintInClause(tally, end);
        if (harm < 0) continue;
        tally.sarcasm.push({ start: at, end: harm, sure: true, leading: false });
        return;
      }
    }
  }
}

/** An ASCII link ("for") must be a whole word; a Chinese one (让我) stands anywhere. */
function wholeWord(lower: string, at: number, length: number): boolean {
  if (!isAsciiLetter(lower.charCodeAt(at))) return true;
  return !isAsciiLetter(lower.charCodeAt(at - 1)) && !isAsciiLetter(lower.charCodeAt(at + length));
}

function isAsciiLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Where the harm word right after the link ends, or -1 ("for charging", not "for not charging"). */
function harmAfter(lower: string, from: number, harms: ReadonlySet<string>): number {
  let start = from;
  while (lower.charCodeAt(start) === 0x20) start++;
  let end = start;
  while (isAsciiLetter(lower.charCodeAt(end)) || lower.charCodeAt(end) === 0x2d) end++;
  return end > start && harms.has(lower.slice(start, end)) ? end : -1;
}

/** Where the first complaint (anger, worry or let-down) after `from` and in its clause ends, or -1. */
function complaintInClause(tally: Tally, from: number): number {
  for (const e of tally.evidence) {
    if (e.start < from || e.contribution <= 0 || !e.emotion) continue;
    if (e.emotion === 'positive' || e.emotion === 'neutral') continue;
    if (clauseEndsBetween(tally.text, from, e.start)) continue;
    return e.end;
  }
  return -1;
}

/**
 * "Great, my order is late again", "谢谢你们了，三天没人管": praise wrapped around a complaint is anger. A cue counts
 * when it opens the message, a complaint (anger or let-down, not a worry or a need) is there and no "but" explains
 * the mix; unmistakable cues ("thanks for nothing", 呵呵) always do.
 */
export function sarcasmCheck(tally: Tally, contrastAt: number, scare: readonly Span[] = [], resolved = false): void {
  const cue = tally.sarcasm.find((c) => c.sure || c.leading || c.closing);
  if (!cue) return;
  const sure = tally.sarcasm.find((c) => c.sure);
  // "Cheers for the 'express' delivery", 厉害啊，报修单“流转”二十天: praise next to the company's own words quoted back.
  // The praise must be the customer's: 'delivered to safe place' quotes the company's "safe".
  // A label quoted from the screen ("Found it under 'My bookings', thanks!", 在“未出行”里面) and a problem that is over
  // ("the 'Download invoice' button works now") are no claim thrown back.
  const scareQuoted =
    !resolved &&
    scare.some((q) => !isLabel(tally.text, q)) &&
    tally.evidence.some((e) => e.emotion === 'positive' && e.contribution > 0 && !overlapsAny(scare, e));
  const complaint = tally.scores.angry + tally.scores.disappointed + (scareQuoted ? SCARE_QUOTE_POINTS : 0);
  const mixed = contrastAt < 0 && tally.scores.positive > 0 && complaint >= SARCASM_MIN_NEGATIVE;
  if (!sure && !mixed) return;
  praiseToAnger(tally);
  tally.add(sure ?? cue, 'signal', 'sarcasm', 'angry', sure ? SARCASM_SURE_POINTS : SARCASM_POINTS);
}

/** A quote written as a screen label: its first letter a capital ('My bookings', 'Download invoice'). */
function isLabel(text: string, quote: Span): boolean {
  const c = text.charCodeAt(quote.start + 1);
  return c >= 0x41 && c <= 0x5a;
}

function praiseToAnger(tally: Tally): void {
  for (const evidence of tally.evidence) {
    if (evidence.emotion === 'positive') tally.move(evidence, 'angry');
  }
}

/**
 * A smile closing a complaint ("说好今天来修，又没人来[微笑]", "still hasn't arrived 🙂") or opening one that asks
 * nothing ("🙂🙂🙂 still waiting") is the cold kind, whatever the complaint is (a worry too). Read after impatience and
 * worry, which are part of the complaint.
 */
export function closingSarcasmCheck(tally: Tally, asks: boolean): void {
  // "🙂 my order still hasn't arrived, any news?": a smile opening a question is manners.
  const closing = tally.sarcasm.find((c) => c.closing || (c.opening && !asks));
  if (!closing || tally.evidence.some((e) => e.rule === 'sarcasm')) return;
  if (tally.negativeTotal() < SARCASM_MIN_NEGATIVE) return;
  praiseToAnger(tally);
  tally.add(closing, 'signal', 'sarcasm', 'angry', SARCASM_POINTS);
}
