import { type Emotion, type Flag, INTENSITIES, type Intensity } from '../emotion/types';
import { findAvoidPhrases } from '../phrasebook/avoid';
import type { Bilingual, Locale, Phrasebook } from '../phrasebook/schema';
import { ACKNOWLEDGEMENT_MARKERS, HINT_TEXT, HUMOUR_MARKERS, LAUGHTER_SYLLABLES, SNEER_SYLLABLES } from './draft-words';
import { findPromise } from './promises';
import { repeatedSyllablePattern, straightenApostrophes, wordPattern } from './word-match';

export type DraftHintKind = 'avoid' | 'no-acknowledgement' | 'no-time-frame' | 'humour';

export interface DraftHint {
  kind: DraftHintKind;
  message: Bilingual;
  /** What to write instead, in both languages; the panel shows the one the conversation is in. */
  better?: Bilingual;
  /** UTF-16 offsets of the words the hint is about. */
  span?: Span;
}

export interface Span {
  start: number;
  end: number;
}

export interface DraftContext {
  emotion: Emotion;
  intensity: Intensity;
  flags: readonly Flag[];
}

/** Two hints are all an agent reads while typing; a third would be skimmed past with the other two. */
export const MAX_HINTS = 2;
/**
 * Below this many letters, digits or emoji the agent is still typing. An IME commits whole words, so four Chinese
 * characters are already a phrase (你冷静点); six Latin letters are barely one English word.
 */
export const MIN_DRAFT_CHARS: Readonly<Record<Locale, number>> = { 'zh-CN': 4, en: 6 };
/** From here on an emotion is strongly worded (see src/emotion/verdict.ts). */
export const STRONG_INTENSITY: Intensity = 'strong';

const ACKNOWLEDGEMENT = wordPattern(ACKNOWLEDGEMENT_MARKERS);
const HUMOUR = wordPattern(HUMOUR_MARKERS);
const LAUGHTER = repeatedSyllablePattern(LAUGHTER_SYLLABLES);
const SNEER = repeatedSyllablePattern(SNEER_SYLLABLES);
const COUNTED_CHAR = /[\p{L}\p{N}\p{Extended_Pictographic}]/gu;

const atLeastStrong = (intensity: Intensity) => INTENSITIES.indexOf(intensity) >= INTENSITIES.indexOf(STRONG_INTENSITY);

/** One hint for each avoid-listed phrase the draft uses, with the team's reason and better wording. */
function avoidHints(draft: string, phrasebooks: readonly Phrasebook[]): DraftHint[] {
  const seen = new Set<string>();
  const hints: DraftHint[] = [];
  for (const match of findAvoidPhrases(draft, phrasebooks)) {
    if (seen.has(match.item.id)) continue;
    seen.add(match.item.id);
    const { why, better } = match.item;
    hints.push({ kind: 'avoid', message: why, better, span: { start: match.start, end: match.end } });
  }
  return hints;
}

/** Laughter next to anger, or next to any strongly felt worry or let-down; a delighted customer can take a joke. */
function humourHint(draft: string, context: DraftContext): DraftHint | undefined {
  const upset = context.emotion === 'angry' || (context.emotion !== 'positive' && atLeastStrong(context.intensity));
  if (!upset) return undefined;
  const sneer = SNEER.exec(draft);
  if (sneer) return { kind: 'humour', message: HINT_TEXT.sneer, span: spanOf(sneer) };
  const joke = [HUMOUR.exec(draft), LAUGHTER.exec(draft)]
    .filter((found) => found !== null)
    .sort((a, b) => a.index - b.index)[0];
  return joke ? { kind: 'humour', message: HINT_TEXT.humour, span: spanOf(joke) } : undefined;
}

function acknowledgementHint(draft: string, context: DraftContext): DraftHint | undefined {
  const angry = context.emotion === 'angry';
  const letDown = context.emotion === 'disappointed' && atLeastStrong(context.intensity);
  if ((!angry && !letDown) || ACKNOWLEDGEMENT.test(draft)) return undefined;
  return angry
    ? { kind: 'no-acknowledgement', message: HINT_TEXT.acknowledgeAnger, better: HINT_TEXT.acknowledgeAngerBetter }
    : {
        kind: 'no-acknowledgement',
        message: HINT_TEXT.acknowledgeDisappointment,
        better: HINT_TEXT.acknowledgeDisappointmentBetter,
      };
}

/** No `better` on purpose: the coach must not put a deadline in the agent's mouth. */
function timeFrameHint(draft: string, context: DraftContext): DraftHint | undefined {
  const anxious = context.emotion === 'anxious';
  const urgent = context.flags.includes('urgent');
  // The date is irrelevant here: only whether the draft names a time frame matters.
  if ((!anxious && !urgent) || findPromise(draft, new Date()) !== null) return undefined;
  return { kind: 'no-time-frame', message: anxious ? HINT_TEXT.timeFrameAnxious : HINT_TEXT.timeFrameUrgent };
}

function spanOf(found: RegExpExecArray): Span {
  return { start: found.index, end: found.index + found[0].length };
}

/** A team may list laughter in its avoid list too ("haha"); the same words get one hint, the team's. */
function overlaps(a: Span | undefined, b: Span | undefined): boolean {
  return a !== undefined && b !== undefined && a.start < b.end && b.start < a.end;
}

/**
 * At most two hints on the agent's draft, most important first: wording the team has ruled out, then laughter at an
 * upset customer (both already hurt if sent), then a missing acknowledgement, then a missing time frame. A second
 * ruled-out phrase comes after every other kind, so two different problems show before two of the same; a hint
 * about words another hint already points at is left out.
 * `locale` is the language the agent is writing in; it sets how long a draft must be before it is judged.
 */
export function coachDraft(
  draft: string,
  context: DraftContext,
  phrasebooks: readonly Phrasebook[],
  locale: Locale,
): DraftHint[] {
  if ((draft.match(COUNTED_CHAR)?.length ?? 0) < MIN_DRAFT_CHARS[locale]) return [];
  const plain = straightenApostrophes(draft);
  const [firstAvoid, ...moreAvoid] = avoidHints(draft, phrasebooks);
  const hints = [
    firstAvoid,
    humourHint(plain, context),
    acknowledgementHint(plain, context),
    timeFrameHint(draft, context),
    ...moreAvoid,
  ];
  const kept: DraftHint[] = [];
  for (const hint of hints) {
    if (hint === undefined || kept.some((other) => overlaps(other.span, hint.span))) continue;
    kept.push(hint);
  }
  return kept.slice(0, MAX_HINTS);
}
