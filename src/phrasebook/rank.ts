import { type Emotion, type Flag, INTENSITIES, type Intensity, type Trend } from '../emotion/types';
import { sentPhraseMatcher } from './already-sent';
import { HISTORY_TAGS, phaseOf, retellsHistory, type StepFit, stepsForMoment } from './moment';
import { placeholdersIn } from './placeholders';
import { reasonFor } from './reason';
import type { Bilingual, Locale, Phrasebook, PhraseEntry, Step } from './schema';
import { INDUSTRY_IDS } from './schema';
import { TOPICS } from './topics';

export interface SuggestionContext {
  emotion: Emotion;
  intensity: Intensity;
  trend: Trend;
  flags: Flag[];
  customerMessageCount: number;
  agentMessageCount: number;
  /** The customer's language: suggestions are given in it. */
  locale: Locale;
  /** Agent messages already sent in this conversation, as read from the page. */
  sentTexts: string[];
  /** The active industry pack; packs for other industries are left out. */
  industry?: string;
  /** Topic tags known for this conversation (e.g. "refund", "outage"); entries sharing one rise within their step. */
  topics?: string[];
  limit?: number;
}

export interface Suggestion {
  entry: PhraseEntry;
  step: Step;
  /** In the context's locale, placeholders unfilled. */
  text: string;
  reason: Bilingual;
  alreadySent: boolean;
  score: number;
  phrasebookId: string;
}

export interface SuggestionGroup {
  step: Step;
  suggestions: Suggestion[];
}

export interface NextStep {
  id: string;
  text: string;
  entryId: string;
}

export interface SuggestionResult {
  /** Best first, in the groups' step order, at most `limit`. */
  suggestions: Suggestion[];
  /** Steps in the order this moment calls for them. */
  groups: SuggestionGroup[];
  /** Checklist items of the listed suggestions, each once. */
  nextSteps: NextStep[];
}

/** Eight fits the panel without scrolling and covers the first three or four steps an agent needs. */
export const DEFAULT_LIMIT = 8;
/** The flat list starts with the best two of each step, so it spans the sequence instead of eight acknowledgements. */
const PER_STEP_IN_LIST = 2;
/** A group is a short menu to choose from, not the whole phrasebook (already-sent phrases are listed on top of this). */
const GROUP_SIZE = 6;
/** A checklist longer than this stops being read mid-conversation. */
const MAX_NEXT_STEPS = 6;

/** The entry was written for this emotion. */
const EMOTION_MATCH = 10;
/** Written for this emotion alone, so more specific than a phrase for several. */
const SINGLE_EMOTION_BONUS = 2;
/** The entry's intensity range includes the customer's. */
const INTENSITY_IN_RANGE = 5;
/** One level outside the range is still usable; further out the tone is wrong and the entry is left out. */
const INTENSITY_LEVEL_OFF = -4;
const MAX_INTENSITY_LEVELS_OFF = 1;
/** The entry answers a flag the customer raised; this outweighs an emotion match on purpose. */
const FLAG_MATCH = 12;
/** The entry's stage matches where the conversation is; a mismatch costs as much. */
const STAGE_MATCH = 3;
/**
 * The active industry pack speaks the customer's domain (radiators, broadband, parcels). Kept below TOPIC_MATCH:
 * many pack phrases name one situation (a leak, a rude rider), and a known topic should decide between them.
 */
const INDUSTRY_PACK_BOOST = 4;
/** A default entry tagged with the active industry. */
const INDUSTRY_TAG_BOOST = 3;
/** Each topic the entry shares with the conversation. */
const TOPIC_MATCH = 6;
/**
 * The entry is about something the customer has not mentioned (a refund, a radiator) while what they wrote about is
 * known: it should lose to a general phrase of the same fit, so it costs more than a topic match gains.
 */
const OFF_TOPIC = -8;
/** An anxious or urgent customer needs a concrete time frame, which a phrase with {eta} gives. */
const TIME_FRAME_BOOST = 4;
/** A phrase that owns a history of failures, for a customer retelling one. */
const HISTORY_TAG_BOOST = 4;
/** A team's or the agent's own phrases were chosen on purpose for this desk. */
const KIND_BOOST: Record<Phrasebook['kind'], number> = { default: 0, pack: 0, team: 2, mine: 3 };
/** Sent phrases sink below every unsent one of their step but stay listed. */
const ALREADY_SENT_PENALTY = 1000;

const isIndustry = (tag: string) => (INDUSTRY_IDS as readonly string[]).includes(tag);

const intensityRank = (intensity: Intensity) => INTENSITIES.indexOf(intensity);

function intensityDistance(entry: PhraseEntry, intensity: Intensity): number {
  const rank = intensityRank(intensity);
  const min = intensityRank(entry.intensity.min);
  const max = intensityRank(entry.intensity.max);
  return rank < min ? min - rank : rank > max ? rank - max : 0;
}

/** How well an entry fits the customer; undefined when it should not be offered at all. */
function entryFit(entry: PhraseEntry, book: Phrasebook, context: SuggestionContext, history: boolean) {
  const matchedFlags = entry.flags.filter((flag) => context.flags.includes(flag));
  // An entry written for a flag (a boundary for abuse) is wrong without it.
  if (entry.flags.length > 0 && matchedFlags.length === 0) return undefined;
  const emotionMatch = entry.emotions.includes(context.emotion);
  if (!emotionMatch && matchedFlags.length === 0) return undefined;
  const levelsOff = intensityDistance(entry, context.intensity);
  if (levelsOff > MAX_INTENSITY_LEVELS_OFF) return undefined;

  let score = levelsOff === 0 ? INTENSITY_IN_RANGE : levelsOff * INTENSITY_LEVEL_OFF;
  if (emotionMatch) score += EMOTION_MATCH + (entry.emotions.length === 1 ? SINGLE_EMOTION_BONUS : 0);
  score += matchedFlags.length * FLAG_MATCH;
  if (entry.stage !== 'any') score += entry.stage === phaseOf(context) ? STAGE_MATCH : -STAGE_MATCH;
  if (context.industry !== undefined) {
    if (book.industry === context.industry) score += INDUSTRY_PACK_BOOST;
    else if (entry.tags.includes(context.industry)) score += INDUSTRY_TAG_BOOST;
  }
  const topics = context.topics ?? [];
  const entryTopics = entry.tags.filter((tag) => TOPICS.includes(tag));
  const onTopic = entryTopics.filter((tag) => topics.includes(tag)).length;
  score += onTopic * TOPIC_MATCH;
  // A default phrase written for one industry (a cold radiator) is a topic too, unless that industry is the desk's.
  const otherIndustry = entry.tags.some((tag) => isIndustry(tag) && tag !== context.industry);
  if (topics.length > 0 && onTopic === 0 && (entryTopics.length > 0 || otherIndustry)) score += OFF_TOPIC;
  const needsTimeFrame = context.emotion === 'anxious' || context.flags.includes('urgent');
  if (needsTimeFrame && placeholdersIn(entry.text.en).includes('eta')) score += TIME_FRAME_BOOST;
  if (history && entry.tags.some((tag) => HISTORY_TAGS.includes(tag))) score += HISTORY_TAG_BOOST;
  return { score: score + KIND_BOOST[book.kind], matchedFlags };
}

const byScoreThenId = (a: Suggestion, b: Suggestion) =>
  b.score - a.score ||
  (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0) ||
  (a.phrasebookId < b.phrasebookId ? -1 : a.phrasebookId > b.phrasebookId ? 1 : 0);

function suggestionsFor(
  fit: StepFit,
  phrasebooks: readonly Phrasebook[],
  context: SuggestionContext,
  wasSent: (t: string) => boolean,
) {
  const opening = phaseOf(context) === 'opening' && (fit.step === 'acknowledge' || fit.step === 'empathise');
  const history = retellsHistory(context);
  const found: Suggestion[] = [];
  for (const book of phrasebooks) {
    if (book.industry !== undefined && book.industry !== context.industry) continue;
    for (const entry of book.entries) {
      if (entry.step !== fit.step) continue;
      const match = entryFit(entry, book, context, history);
      if (match === undefined) continue;
      const text = entry.text[context.locale];
      // Either language counts: in a mixed-language chat the agent may have sent the other version.
      const alreadySent = wasSent(entry.text['zh-CN']) || wasSent(entry.text.en);
      const flags = [...fit.flags, ...match.matchedFlags.filter((flag) => !fit.flags.includes(flag))];
      found.push({
        entry,
        step: fit.step,
        text,
        reason: reasonFor({ ...context, step: fit.step, flags, history: fit.history, opening, alreadySent }),
        alreadySent,
        score: match.score - (alreadySent ? ALREADY_SENT_PENALTY : 0),
        phrasebookId: book.id,
      });
    }
  }
  found.sort(byScoreThenId);
  // The same id in two phrasebooks (a team's edit of a default phrase) is offered once, the better-fitting copy.
  const seen = new Set<string>();
  const unique = found.filter((suggestion) => !seen.has(suggestion.entry.id) && seen.add(suggestion.entry.id));
  // Sent phrases stay visible at the end of their group however many unsent ones there are.
  const unsent = unique.filter((suggestion) => !suggestion.alreadySent).slice(0, GROUP_SIZE);
  return [...unsent, ...unique.filter((suggestion) => suggestion.alreadySent)];
}

/** The best few of each step first; when steps are few, more of each, up to the limit. */
function pickList(groups: SuggestionGroup[], limit: number): Suggestion[] {
  let perStep = PER_STEP_IN_LIST;
  let list = groups.flatMap((group) => group.suggestions.slice(0, perStep));
  while (list.length < limit && perStep < GROUP_SIZE) {
    perStep++;
    list = groups.flatMap((group) => group.suggestions.slice(0, perStep));
  }
  return list.slice(0, limit);
}

function nextStepsOf(suggestions: Suggestion[], locale: Locale): NextStep[] {
  const steps: NextStep[] = [];
  const seen = new Set<string>();
  for (const { entry } of suggestions) {
    entry.nextSteps.forEach((item, index) => {
      const text = item[locale];
      if (seen.has(text) || steps.length >= MAX_NEXT_STEPS) return;
      seen.add(text);
      steps.push({ id: `${entry.id}#${index}`, text, entryId: entry.id });
    });
  }
  return steps;
}

/**
 * Suggestions for this moment of the conversation, grouped by step in the order the moment calls for.
 * Deterministic: the same phrasebooks and context always give the same result.
 */
export function rankSuggestions(phrasebooks: readonly Phrasebook[], context: SuggestionContext): SuggestionResult {
  const limit = Math.max(0, Math.floor(context.limit ?? DEFAULT_LIMIT));
  const wasSent = sentPhraseMatcher(context.sentTexts);
  const groups: SuggestionGroup[] = [];
  for (const fit of stepsForMoment(context)) {
    const suggestions = suggestionsFor(fit, phrasebooks, context, wasSent);
    if (suggestions.length > 0) groups.push({ step: fit.step, suggestions });
  }
  const suggestions = pickList(groups, limit);
  return { suggestions, groups, nextSteps: nextStepsOf(suggestions, context.locale) };
}
