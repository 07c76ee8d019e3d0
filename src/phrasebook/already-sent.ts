/**
 * Whether the agent already sent a phrase in this conversation. The page gives us what was sent, with names,
 * times and ticket numbers filled in and punctuation or spacing possibly changed by the helpdesk editor, so the
 * phrase is compared as letters and digits only, with each placeholder matching any short run of text.
 */

const PLACEHOLDER = /\{[a-z_]+\}/;
/** A filled-in name, ticket number or time frame, without spaces and punctuation, is shorter than this. */
const WILDCARD_MAX_CHARS = 40;
/** Below this many letters a phrase ("您好", "Hi") would be "found" in unrelated messages. */
const MIN_LITERAL_CHARS = 4;

interface Segment {
  literal: string;
  /** How far this literal may start after the previous one ends: one wildcard's worth per placeholder between. */
  maxGap: number;
}

export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const compiled = new Map<string, Segment[] | null>();
/** Phrase texts are few and reused on every re-rank; the cap only guards against an unbounded stream of edits. */
const MAX_COMPILED = 5000;

function compile(template: string): Segment[] | null {
  const cached = compiled.get(template);
  if (cached !== undefined) return cached;
  const segments: Segment[] = [];
  let gap = 0;
  let literalChars = 0;
  for (const part of template.split(PLACEHOLDER).map(normaliseForMatch)) {
    if (part !== '') {
      segments.push({ literal: part, maxGap: gap * WILDCARD_MAX_CHARS });
      literalChars += part.length;
      gap = 0;
    }
    gap++;
  }
  const result = literalChars >= MIN_LITERAL_CHARS ? segments : null;
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(template, result);
  return result;
}

/**
 * Backtracking over wildcard gaps, remembering (segment, position) pairs that already failed so a hostile
 * phrase such as "a{x}a{x}a{x}…" against "aaaa…" stays linear in practice rather than exponential.
 */
function contains(segments: Segment[], sent: string): boolean {
  const failed = new Set<number>();
  const matchesFrom = (index: number, from: number): boolean => {
    const segment = segments[index];
    if (segment === undefined) return true;
    const key = index * (sent.length + 1) + from;
    if (failed.has(key)) return false;
    // The first literal may sit anywhere in the message; later ones must follow within their wildcard gaps.
    const limit = index === 0 ? sent.length : from + segment.maxGap;
    for (
      let at = sent.indexOf(segment.literal, from);
      at !== -1 && at <= limit;
      at = sent.indexOf(segment.literal, at + 1)
    ) {
      if (matchesFrom(index + 1, at + segment.literal.length)) return true;
    }
    failed.add(key);
    return false;
  };
  return segments.length > 0 && matchesFrom(0, 0);
}

/** Prepares the agent's sent messages once per ranking, then answers for each phrase template. */
export function sentPhraseMatcher(sentTexts: readonly string[]): (template: string) => boolean {
  const sent = sentTexts.map(normaliseForMatch).filter((text) => text !== '');
  return (template) => {
    if (sent.length === 0) return false;
    const segments = compile(template);
    return segments !== null && sent.some((text) => contains(segments, text));
  };
}
