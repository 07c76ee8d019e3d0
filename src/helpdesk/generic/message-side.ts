import type { MessageRole } from '../../messaging/protocol';
import type { MessageParts } from './message-parts';
import { DATE_ONLY, NOISE_TOKENS, SYSTEM_PHRASES } from './signal-words';
import { classAttributeWords, classWords, kindOf, labelWords, splitWords } from './words';

/** What the markup says about one message's side. */
export interface SideEvidence {
  customer: number;
  agent: number;
  note: boolean;
  system: boolean;
  /**
   * Side words found, strong or not, on the message element (and its group) or else on its bubble: what sets
   * this message's side apart from the other's. Words on the message element win: deeper ones vary (status ticks).
   */
  sideWords: string[];
}

/** Explicit attributes (data-author="customer", aria-label) say more than a class name, and a class more than a label. */
const ATTRIBUTE_WEIGHT = 3;
const CLASS_WEIGHT = 2;
const LABEL_WEIGHT = 2;
/** The conversation heading names the customer; a message signed with that name is theirs. */
const HEADING_NAME_WEIGHT = 2;
/** A message's bubble often carries the side class a level or three below the message element. */
const INNER_DEPTH = 3;
/** Notes are marked on the message or its bubble; deeper words are about parts (a "note" icon, a tooltip). */
const NOTE_DEPTH = 2;
const SYSTEM_ROLES = /^(status|separator|alert|timer)$/;
/** Off-centre by more than this share of the list's width is a side; less, and narrow, is a centred row. */
const SIDE_OFFSET = 0.1;
const CENTRED_MAX_WIDTH = 0.6;

function valueWords(value: string): string[] {
  return labelWords(splitWords(value).join(' '));
}

/** Words of data-* values (or names, for boolean ones) and ARIA labels; ids are never words. */
export function attributeWords(el: Element): string[] {
  const out: string[] = [];
  const attributes = el.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const { name, value } = attributes[i] as Attr;
    if (name === 'aria-label' || name === 'aria-roledescription') {
      if (value.length <= 60) out.push(...valueWords(value));
    } else if (name.startsWith('data-') && !/(^|-)id$/.test(name.slice(5))) {
      if (value === '' || value === 'true') out.push(...valueWords(name.slice(5)));
      else if (value.length <= 40 && value !== 'false' && value !== '0') out.push(...valueWords(value));
    }
  }
  return out;
}

/** Words that describe the whole chat (a list called "customer-chat"), not one side of it. */
export function contextWords(list: Element): Set<string> {
  const words = new Set<string>();
  for (let el: Element | null = list; el; el = el.parentElement) {
    for (const w of classAttributeWords(el.getAttribute('class'))) words.add(w);
    for (const w of attributeWords(el)) words.add(w);
  }
  return words;
}

function addWord(ev: SideEvidence, inner: string[], word: string, weight: number, depth: number) {
  const kind = kindOf(word);
  if (!kind) return;
  if (kind === 'note') ev.note ||= depth <= NOTE_DEPTH;
  else if (kind === 'system') ev.system ||= depth === 0;
  else {
    (depth ? inner : ev.sideWords).push(word);
    if (kind === 'customer') ev.customer += weight;
    else if (kind === 'agent') ev.agent += weight;
  }
}

/** What the message element, its group and its bubble say in class names, data-* values and ARIA labels. */
export function markupEvidence(item: Element, list: Element, context: Set<string>): SideEvidence {
  const ev: SideEvidence = { customer: 0, agent: 0, note: false, system: false, sideWords: [] };
  const inner: string[] = [];
  const visit = (el: Element, depth: number) => {
    const cls = el.getAttribute('class');
    for (const w of classAttributeWords(cls)) if (!context.has(w)) addWord(ev, inner, w, CLASS_WEIGHT, depth);
    if (el.attributes.length > (cls === null ? 0 : 1)) {
      for (const w of attributeWords(el)) if (!context.has(w)) addWord(ev, inner, w, ATTRIBUTE_WEIGHT, depth);
    }
  };
  for (let el: Element | null = item; el && el !== list; el = el.parentElement) visit(el, 0);
  if (SYSTEM_ROLES.test(item.getAttribute('role') ?? '')) ev.system = true;
  const descend = (el: Element, depth: number) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'button' || child.localName === 'svg') continue;
      visit(child, depth);
      if (depth < INNER_DEPTH) descend(child, depth + 1);
    }
  };
  descend(item, 1);
  if (!ev.sideWords.length) ev.sideWords = inner;
  ev.sideWords = [...new Set(ev.sideWords)].sort();
  return ev;
}

/** Adds what the labels beside the text say ("访客", "客服", "You") to what the markup said. */
export function withLabels(markup: SideEvidence, labels: readonly string[]): SideEvidence {
  if (!labels.length) return markup;
  const ev = { ...markup, sideWords: [...markup.sideWords] };
  for (const w of labels) addWord(ev, ev.sideWords, w, LABEL_WEIGHT, 0);
  ev.sideWords = [...new Set(ev.sideWords)].sort();
  return ev;
}

export type Alignment = 'left' | 'right' | 'center' | '';

/** Where the written text sits across the list: a side, the centre (narrow rows), or unknown (full width). */
export function alignmentOf(bubble: Element | null, listRect: DOMRect): Alignment {
  const rect = bubble?.getBoundingClientRect();
  if (!rect?.width || !listRect.width) return '';
  const leftGap = rect.left - listRect.left;
  const rightGap = listRect.right - rect.right;
  const offset = (leftGap - rightGap) / listRect.width;
  if (offset > SIDE_OFFSET) return 'right';
  if (offset < -SIDE_OFFSET) return 'left';
  return rect.width / listRect.width < CENTRED_MAX_WIDTH ? 'center' : '';
}

/** Classes of a message not shared by every message: what a styled kit changes between its two sides. */
export function variantClasses(item: Element, common: ReadonlySet<string>): string[] {
  return [...item.classList]
    .filter((c) => {
      const words = classWords(c);
      return !common.has(c) && (words.length === 0 || !words.every((w) => NOISE_TOKENS.has(w)));
    })
    .sort();
}

/** What the page knows about sides beyond one message's own markup. */
export interface SideContext {
  /** Side signature of the agent's own messages, learned when the agent sent one. */
  agentKey?: string;
  agentAuthor?: string;
  agentAlignment?: Alignment;
  /** The side strong words of other messages showed for a signature, in this read. */
  keyRole(key: string): 'customer' | 'agent' | undefined;
  heading: string;
}

export type Decision = MessageRole | 'unknown';

/** A row with no sender that only says when, or that someone joined, left or was transferred. */
export function isSystemRow(parts: MessageParts, alignment: () => Alignment): boolean {
  if (parts.author) return false;
  if (DATE_ONLY.test(parts.text) || SYSTEM_PHRASES.some((p) => p.test(parts.text))) return true;
  return alignment() === 'center';
}

/** Above zero the customer's, below the agent's: side words, plus the sender's name against the heading's. */
export function strongScore(ev: SideEvidence, parts: MessageParts, ctx: Omit<SideContext, 'keyRole'>): number {
  let score = ev.customer - ev.agent;
  if (parts.author && parts.author.length > 1 && ctx.heading.includes(parts.author)) score += HEADING_NAME_WEIGHT;
  if (parts.author && parts.author === ctx.agentAuthor) score -= HEADING_NAME_WEIGHT;
  return score;
}

/** Strong words for a side; then the agent's own calibrated signature; then signatures strong words named. */
export function decideRole(
  ev: SideEvidence,
  parts: MessageParts,
  key: () => string,
  ctx: SideContext,
  alignment: () => Alignment,
): Decision {
  const score = strongScore(ev, parts, ctx);
  if (score > 0) return 'customer';
  if (score < 0) return 'agent';
  const signature = key();
  if (!signature) return 'unknown';
  if (ctx.agentKey) {
    if (signature === ctx.agentKey) return 'agent';
    // The other side, unless it sits where the agent's own message sat: then the signature is noise.
    const where = alignment();
    return where && where === ctx.agentAlignment ? 'unknown' : 'customer';
  }
  return ctx.keyRole(signature) ?? 'unknown';
}
