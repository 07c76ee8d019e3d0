import { clauseEndsBetween, closesText, isHan } from './clauses.ts';
import { concernCheck } from './concern.ts';
import type { TextProfile } from './language.ts';
import { overlapsAny, type Span } from './layout.ts';
import { type CompiledLexicon, SCORED_EMOTIONS, type ScoredEmotion } from './lexicon.ts';
import {
  BARE_ELLIPSIS_POINTS,
  BARE_EXCLAMATION_POINTS,
  BARE_REPLY_MAX_CHARS,
  BLAME_POINTS,
  BLAME_WINDOW,
  CONTEXT_FLAG_POINTS,
  COURTESY_COMPLAINT_MIN_POINTS,
  COURTESY_FACTOR,
  COURTESY_MAX_POINTS,
  ELLIPSIS_POINTS,
  EXCLAMATION_BOOST,
  EXCLAMATION_MAX_COUNT,
  EXPECTATION_GAP_POINTS,
  IMPATIENCE_POINTS,
  IMPATIENCE_QUESTION_POINTS,
  INTERROBANG_POINTS,
  PLEA_THANKS_POINTS,
  punctuationSignals,
  QUESTION_RUN_POINTS,
  REPEATED_QUESTION_POINTS,
  RESOLVED_WEIGHT,
  RETROSPECTIVE_WEIGHT,
  SCARE_QUOTE_POINTS,
  SCARE_RELIEF_MIN_POSITIVE,
  SHOUT_POINTS,
  STACCATO_MIN_WORDS,
  scareQuotes,
  trailingEllipsis,
} from './modifiers.ts';
import { closingSarcasmCheck, sarcasmCheck, thankedHarmCheck } from './sarcasm.ts';
import type { SarcasmCue, Tally } from './tally.ts';
import type { Token } from './tokenize.ts';
import { topNegative } from './verdict.ts';

/** Generic negative words (AFINN, not in our lexicon) most often voice a let-down when nothing more specific is said. */
export const POOL_DEFAULT_EMOTION: ScoredEmotion = 'disappointed';

export interface SignalContext {
  modifiers: boolean;
  contrastAt: number;
  shouting: boolean;
  tokens: readonly Token[];
  lexicon: CompiledLexicon;
  profile: TextProfile;
  /** Sentences that are how-to questions ("你们说的“不满意就退”怎么退？"): quotes there only quote. */
  inquiries: readonly number[];
  /** Where the second, third… sentence starts, as the scorer numbered them. */
  sentenceStarts: readonly number[];
  /** Quotes of what a screen shows ('it says "Access denied"'): they only quote too. */
  screenQuotes: readonly { start: number }[];
}

/** Message-level rules, after the words: where generic negatives go, context flags, then the modifiers. */
export function applySignals(tally: Tally, context: SignalContext): void {
  const { profile } = context;
  const quotes = context.modifiers && profile.hasQuote ? scareQuotes(tally.text) : [];
  // The heating has been "fixed" four times: a resolution in scare quotes is the company's word, not the customer's.
  const resolutions =
    quotes.length === 0 ? tally.resolutions : tally.resolutions.filter((r) => !overlapsAny(quotes, r));
  if (resolutions.length > 0) resolvedCheck(tally, resolutions);
  resolveNegativePool(tally);
  resolveContextFlags(tally, context.inquiries);
  if (!context.modifiers) return;
  const scare =
    context.inquiries.length === 0 && context.screenQuotes.length === 0
      ? quotes
      : quotes.filter(
          (q) =>
            !context.inquiries.includes(sentenceAt(context.sentenceStarts, q.start)) &&
            !context.screenQuotes.some((screen) => screen.start === q.start),
        );
  // A quoted screen or how-to wording is no sarcasm cue: 'it no longer says "Payment failed"'.
  for (const quote of scare) tally.sarcasm.push({ ...quote, sure: false, leading: true });
  blameCheck(tally, context.tokens, context.lexicon, profile.hasQuestion);
  thankedHarmCheck(tally, context.lexicon.thankedHarms);
  sarcasmCheck(tally, context.contrastAt, scare, resolutions.length > 0);
  scareQuoteCheck(tally, scare);
  if (tally.founds.length > 0 && tally.claims.length > 0 && !profile.hasQuestion) expectationGapCheck(tally);
  courtesyCheck(tally);
  concernCheck(tally, tally.concern);
  if (tally.scared) scareReliefCheck(tally);
  if (tally.tears.length > 0) tearsCheck(tally);
  if (tally.pleas.length > 0) pleaCheck(tally, profile.hasQuestion);
  impatienceCheck(tally, profile.hasQuestion);
  closingSarcasmCheck(tally, profile.hasQuestion);
  if (profile.hasBang || profile.hasQuestion) punctuationCheck(tally);
  ellipsisCheck(tally);
  if (!coldSmileCheck(tally)) coldReplyCheck(tally, context.lexicon.coldReplies);
  if (context.shouting) shoutingCheck(tally, context.tokens);
  if (profile.stops >= STACCATO_MIN_WORDS - 1 && context.tokens.length >= STACCATO_MIN_WORDS) {
    staccatoCheck(tally, context.tokens);
  }
}

/**
 * "Stop. Telling. Me. To. Restart. The. Router.": a full stop after every word hammers the point home; that many
 * one-word sentences in a row are raised voice.
 */
export function staccatoCheck(tally: Tally, tokens: readonly Token[]): void {
  const { text } = tally;
  const gapAfter = (i: number) => text.slice((tokens[i] as Token).end, tokens[i + 1]?.start ?? text.length);
  let run = 0;
  for (let i = 0; i <= tokens.length; i++) {
    // A word with a full stop right after it, in a run that opens the message or a sentence.
    const alone =
      i < tokens.length && ONE_WORD_SENTENCE.test(gapAfter(i)) && (run > 0 || i === 0 || /[.!?]/.test(gapAfter(i - 1)));
    if (alone) {
      run++;
      continue;
    }
    if (run >= STACCATO_MIN_WORDS) {
      const first = tokens[i - run] as Token;
      const last = tokens[i - 1] as Token;
      tally.add({ start: first.start, end: last.end + 1 }, 'signal', 'staccato', 'angry', SHOUT_POINTS);
      return;
    }
    run = 0;
  }
}

/** What follows a word that is a sentence on its own: a full stop or "!", then a space or the end. */
const ONE_WORD_SENTENCE = /^[.!](\s|$)/;

/**
 * "漏水的问题物业已经处理了", "the double charge has been refunded": the problem words in the clause of a resolution
 * describe what is over; they keep `RESOLVED_WEIGHT` of their points. Praise and the clauses around stay as they are.
 */
export function resolvedCheck(tally: Tally, resolutions: readonly Span[]): void {
  for (const e of [...tally.evidence, ...tally.negativePool]) {
    if (e.contribution <= 0 || e.emotion === 'positive') continue;
    const over = resolutions.some(
      (r) => !clauseEndsBetween(tally.text, Math.min(e.end, r.end), Math.max(e.start, r.start)),
    );
    if (over) tally.rescale(e, RESOLVED_WEIGHT);
  }
}

/** Which sentence of the text the offset stands in. */
function sentenceAt(sentenceStarts: readonly number[], offset: number): number {
  let sentence = 0;
  while (sentence < sentenceStarts.length && (sentenceStarts[sentence] as number) <= offset) sentence++;
  return sentence;
}

/**
 * "Could you send the invoice? Thanks.", "帮我查一下流量，谢谢": a bare thanks after a request or question is manners.
 * It counts `COURTESY_FACTOR` of its points, unless the message praises something else too.
 */
export function courtesyCheck(tally: Tally): void {
  const first = tally.courtesy[0];
  if (!first) return;
  const asked =
    (tally.firstRequestAt >= 0 && tally.firstRequestAt < first.start) ||
    /[?\uff1f]/.test(tally.text.slice(0, first.start));
  // "看来是时候考虑换一家了。谢谢您的解答。", "辛苦您了。我也知道跟您说没用": thanks around a let-down or a complaint.
  let complaint = 0;
  for (const e of tally.evidence) {
    if ((e.emotion === 'angry' || e.emotion === 'disappointed') && !tally.lookedBack.includes(e))
      complaint += e.contribution;
  }
  const complains = complaint >= COURTESY_COMPLAINT_MIN_POINTS;
  if (!asked && !complains) return;
  const praise = tally.evidence.some((e) => e.emotion === 'positive' && !tally.courtesy.includes(e));
  if (praise) return;
  let total = 0;
  for (const evidence of tally.courtesy) total += evidence.contribution;
  // A thanks after "but" or in capitals was boosted; manners stay below the bar all the same.
  const factor = Math.min(COURTESY_FACTOR, COURTESY_MAX_POINTS / total);
  for (const evidence of tally.courtesy) tally.rescale(evidence, factor);
}

/** Generic negatives join the emotion the specific words point to; alone, they read as disappointment. */
export function resolveNegativePool(tally: Tally): void {
  if (tally.negativePool.length === 0) return;
  const target = topNegative(tally.scores) ?? POOL_DEFAULT_EMOTION;
  for (const evidence of tally.negativePool) tally.move(evidence, target);
}

/** "my baby", 老人: urgent when the message voices a problem, not in a thank-you about them. */
export function resolveContextFlags(tally: Tally, inquiries: readonly number[]): void {
  if (tally.contextFlags.length === 0 || tally.negativeTotal() <= 0) return;
  for (const match of tally.contextFlags) {
    // "孩子生病了要请假，课时费怎么算": in a how-to question the child is the case asked about.
    if (inquiries.includes(match.sentence)) continue;
    for (const flag of match.entry.contextFlags ?? [])
      tally.add(match, 'flag', 'flag', 'anxious', CONTEXT_FLAG_POINTS, flag);
  }
}

/**
 * Quoting the company's own words back ("express" shipping, “极速退款”) marks an expectation gap. The quotes are also
 * a sarcasm cue (pushed before the sarcasm check), but their points come after it: a quote alone is not a complaint.
 */
export function scareQuoteCheck(tally: Tally, quotes: readonly { start: number; end: number }[]): void {
  const first = quotes[0];
  if (first) tally.add(first, 'signal', 'scare_quotes', 'disappointed', SCARE_QUOTE_POINTS);
}

/**
 * "you cut off my power", "your courier threw my box": blame is anger, unless it is only a question ("have you charged
 * me yet?" asks, even when it worries).
 */
export function blameCheck(tally: Tally, tokens: readonly Token[], lexicon: CompiledLexicon, asks: boolean): void {
  if (asks && tally.scores.angry + tally.scores.disappointed === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!lexicon.blameSubjects.has((tokens[i] as Token).key)) continue;
    for (let k = 1; k <= BLAME_WINDOW && i + k < tokens.length; k++) {
      const verb = tokens[i + k] as Token;
      // "Thank you, it was debited today": the comma ends the clause of "you"; in "you know I've sent", "I" did it.
      if (clauseEndsBetween(tally.text, (tokens[i + k - 1] as Token).end, verb.start)) break;
      if (lexicon.blameStops.has(verb.key)) break;
      if (!lexicon.blameVerbs.has(verb.key)) continue;
      tally.add({ start: (tokens[i] as Token).start, end: verb.end }, 'signal', 'blame', 'angry', BLAME_POINTS);
      return;
    }
  }
}

/**
 * "详情页写的实木，收到是颗粒板贴皮", "订的是江景房，拉开窗帘是对面楼的外墙": what was claimed, then in a later clause
 * what was found, is an expectation gap told as facts: a let-down of `EXPECTATION_GAP_POINTS`. A question asks instead.
 */
export function expectationGapCheck(tally: Tally): void {
  const claim = tally.claims[0] as { start: number; end: number; clause: number };
  const found = tally.founds.find((f) => f.clause > claim.clause);
  if (!found) return;
  // "说是明天到，到手挺快的": what was found may be praised; then there is no gap.
  const praised = tally.evidence.some(
    (e) => e.emotion === 'positive' && e.contribution > 0 && e.start >= found.start && !tally.courtesy.includes(e),
  );
  if (praised) return;
  tally.add(
    { start: claim.start, end: found.end },
    'signal',
    'expectation_gap',
    'disappointed',
    EXPECTATION_GAP_POINTS,
  );
}

/**
 * "刚才吓死我了，以为卡被盗刷，原来是自动扣费，谢谢", "I was panicking but the money is back, thank you": a fright told
 * next to thanks or relief is over; the worry in the message keeps `RETROSPECTIVE_WEIGHT` of its points.
 */
export function scareReliefCheck(tally: Tally): void {
  if (tally.scores.positive < SCARE_RELIEF_MIN_POSITIVE) return;
  for (const e of tally.evidence) {
    if (e.emotion === 'anxious' && e.contribution > 0) tally.rescale(e, RETROSPECTIVE_WEIGHT);
  }
}

/**
 * "omg finally 😭🙏", "终于到账了😭": tears of relief; "明天就要用了还没发货😭": tears of worry. Tears take the feeling of the
 * rest of the message when it is happy or worried, and stay sadness otherwise.
 */
export function tearsCheck(tally: Tally): void {
  const rest = tally.scoresWithout(tally.tears);
  let top: ScoredEmotion = 'positive';
  for (const emotion of SCORED_EMOTIONS) if (rest[emotion] > rest[top]) top = emotion;
  if (rest[top] <= 0 || (top !== 'positive' && top !== 'anxious')) return;
  for (const e of tally.tears) if (e.emotion !== top) tally.move(e, top);
}

/**
 * "🙏", "ty ty 🙏", "收到，辛苦了🙏": folded hands thank when the rest of the message neither worries, complains, asks
 * nor requests; "🙏🙏 please", "求帮忙🙏🙏 我妈一个人在家" keep them a plea.
 */
export function pleaCheck(tally: Tally, asks: boolean): void {
  if (asks || tally.firstRequestAt >= 0) return;
  const rest = tally.scoresWithout(tally.pleas);
  if (rest.angry > 0 || rest.anxious > 0 || rest.disappointed > 0) return;
  for (const e of tally.pleas) {
    if (e.emotion !== 'positive') tally.move(e, 'positive');
    if (e.contribution > 0) tally.rescale(e, PLEA_THANKS_POINTS / e.contribution);
  }
}

/**
 * "still", "again", 又, 还是: impatience. Pressing for an answer ("is it still coming?") is anxious; next to a
 * complaint it is anger.
 */
export function impatienceCheck(tally: Tally, asks: boolean): void {
  const marker = tally.impatience[0];
  if (!marker) return;
  const negative = topNegative(tally.scores);
  // "报修一周了还在排队", "two weeks and still nothing": time told twice over is the complaint, with no problem word.
  const second =
    !negative &&
    isHan(tally.text.charCodeAt(marker.start)) &&
    tally.impatience.find((m) => m.start >= marker.end && isHan(tally.text.charCodeAt(m.start)));
  if (second) {
    const emotion = asks ? 'anxious' : 'angry';
    tally.add(marker, 'signal', 'impatience', emotion, IMPATIENCE_POINTS);
    tally.add(second, 'signal', 'impatience', emotion, IMPATIENCE_POINTS);
    return;
  }
  if (asks && (!negative || negative === 'anxious')) {
    tally.add(marker, 'signal', 'impatience', 'anxious', IMPATIENCE_QUESTION_POINTS);
  } else if (negative) {
    tally.add(marker, 'signal', 'impatience', 'angry', IMPATIENCE_POINTS);
  }
}

export function punctuationCheck(tally: Tally): void {
  for (const signal of punctuationSignals(tally.text)) {
    switch (signal.rule) {
      case 'exclamation': {
        const leading = tally.leading();
        if (leading) {
          const boost = tally.scores[leading] * EXCLAMATION_BOOST * Math.min(signal.count, EXCLAMATION_MAX_COUNT);
          tally.add(signal, 'signal', 'exclamation', leading, boost);
        } else if (signal.count >= 2) {
          tally.add(signal, 'signal', 'exclamation', 'angry', BARE_EXCLAMATION_POINTS);
        }
        break;
      }
      case 'question_marks':
        tally.add(signal, 'signal', 'question_marks', topNegative(tally.scores) ?? 'anxious', QUESTION_RUN_POINTS);
        break;
      case 'interrobang':
        tally.add(signal, 'signal', 'interrobang', 'angry', INTERROBANG_POINTS);
        break;
      case 'repeated_questions':
        tally.add(signal, 'signal', 'repeated_questions', 'anxious', REPEATED_QUESTION_POINTS);
        break;
    }
  }
}

/** A message trailing off ("again...", "算了。。。") is a sigh. */
export function ellipsisCheck(tally: Tally): void {
  const ellipsis = trailingEllipsis(tally.text);
  if (!ellipsis) return;
  // "ok...", "哦。。。": a bare reply that trails off is the cold kind.
  const bare = tally.evidence.length === 0 && tally.text.slice(0, ellipsis.start).trim().length <= BARE_REPLY_MAX_CHARS;
  tally.add(ellipsis, 'signal', 'ellipsis', 'disappointed', bare ? BARE_ELLIPSIS_POINTS : ELLIPSIS_POINTS);
}

/** "🙃", "[微笑][微笑]": a cold smile sent alone is a cold reply. True when it was one. */
export function coldSmileCheck(tally: Tally): boolean {
  if (tally.sarcasm.length === 0) return false;
  const smiles = tally.sarcasm.filter((c) => c.closing || c.opening);
  if (smiles.length === 0 || tally.evidence.some((e) => e.contribution > 0)) return false;
  let rest = tally.text;
  for (const c of [...smiles].reverse()) rest = rest.slice(0, c.start) + rest.slice(c.end);
  if (!closesText(rest, 0)) return false;
  const first = smiles[0] as SarcasmCue;
  const last = smiles[smiles.length - 1] as SarcasmCue;
  tally.add({ start: first.start, end: last.end }, 'signal', 'cold_reply', 'disappointed', BARE_ELLIPSIS_POINTS);
  return true;
}

/** No cold reply is longer than this ("whatever." with spaces around). */
const COLD_REPLY_MAX_CHARS = 16;

/** "fine.", "wow.", "哦。": a one-word reply closed by a full stop is the cold kind, not praise. */
export function coldReplyCheck(tally: Tally, coldReplies: ReadonlySet<string>): void {
  // Most messages are longer than any cold reply: skip them before making a trimmed copy.
  if (tally.text.length > COLD_REPLY_MAX_CHARS) return;
  const text = tally.text.trim();
  const stop = text.charCodeAt(text.length - 1);
  // One full stop, either width ("fine.", "哦。"); two or more trail off, which the ellipsis check reads.
  if (text.length < 2 || (stop !== 0x2e && stop !== 0x3002) || text.charCodeAt(text.length - 2) === stop) return;
  // "Right. Fine.": each word a sentence of its own, every one of them cold.
  const words = text
    .slice(0, -1)
    .toLowerCase()
    .split(/[.。]\s*/);
  if (!words.every((word) => coldReplies.has(word))) return;
  for (const e of tally.evidence) if (e.emotion === 'positive' && e.contribution > 0) tally.move(e, 'disappointed');
  const start = tally.text.indexOf(text);
  tally.add({ start, end: start + text.length }, 'signal', 'cold_reply', 'disappointed', BARE_ELLIPSIS_POINTS);
}

/** A message written in capitals is raised voice: anger, unless the words are praise ("THANK YOU SO MUCH"). */
export function shoutingCheck(tally: Tally, tokens: readonly Token[]): void {
  const caps = tokens.filter((t) => t.caps);
  const first = caps[0];
  const last = caps[caps.length - 1];
  if (!first || !last) return;
  const emotion = tally.leading() === 'positive' ? 'positive' : 'angry';
  tally.add({ start: first.start, end: last.end }, 'signal', 'caps', emotion, SHOUT_POINTS);
}
