import TOPIC_WORDS from './data/topic-words.json';

/**
 * What the conversation is about, read from the customer's own words, so a phrase about refunds is not offered to
 * someone whose radiator is cold. Topics are phrasebook tags; their cue words live in data/topic-words.json.
 */
export const TOPICS: readonly string[] = Object.keys(TOPIC_WORDS);

/** Recent messages say what the conversation is about now; a topic from long ago has usually been dealt with. */
export const TOPIC_MESSAGES = 5;

const ASCII_WORD = /^[\x20-\x7e]+$/;

function cuePattern(cue: string): RegExp | string {
  // English cues match whole words ("fee" is not in "feedback"); Chinese has no spaces to respect.
  if (!ASCII_WORD.test(cue)) return cue;
  return new RegExp(`(?:^|[^a-z0-9])${cue.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
}

const CUES: readonly [string, (RegExp | string)[]][] = Object.entries(TOPIC_WORDS as Record<string, string[]>).map(
  ([topic, cues]) => [topic, cues.map(cuePattern)],
);

export function detectTopics(customerTexts: readonly string[]): string[] {
  const text = customerTexts.slice(-TOPIC_MESSAGES).join('\n').toLowerCase();
  return CUES.filter(([, cues]) =>
    cues.some((cue) => (typeof cue === 'string' ? text.includes(cue) : cue.test(text))),
  ).map(([topic]) => topic);
}
