import { DATE_ONLY } from './signal-words';
import { classAttributeWords, firstClass, labelWords } from './words';

/** What a piece of text inside a message element is: what was written, or the sender, time or other labels. */
export type LeafKind = 'body' | 'name' | 'time' | 'meta';

export interface Leaf {
  text: string;
  /** The text as written, spaces kept, so inline markup joins back without extra spaces. */
  raw: string;
  /** Tag and first class of each element from the message down to the text, as a number: the same slot in every message. */
  path: number;
  kind: LeafKind;
  el: Element;
}

export interface MessageParts {
  text: string;
  author?: string;
  /** Side words in the labels beside the text ("访客", "客服", "You"). */
  labels: string[];
  /** The element around the written text, for where it sits on screen. */
  bubble: Element | null;
}

const SKIP_TAG = /^(button|svg|img|script|style|input|textarea|select|template|noscript|video|audio|canvas|picture)$/;
const SKIP_CLASS = /(^|[-_])(sr-only|visually-hidden|visuallyhidden|screen-reader)/;
const NAME_WORDS = new Set(['name', 'author', 'sender', 'nick', 'nickname', 'username', 'participant', 'displayname']);
const TIME_WORDS = new Set(['time', 'timestamp', 'date', 'datetime', 'ago', 'clock']);
const META_WORDS = new Set([
  'meta',
  'header',
  'head',
  'footer',
  'status',
  'avatar',
  'tag',
  'badge',
  'label',
  'receipt',
]);
const RELATIVE_TIME =
  /^(just now|now|刚刚|\d+\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)( ago)?|\d+\s*(秒|分钟|小时|天)前)$/i;
const DELIVERY = /^(delivered|read|seen|sent|sending|failed|edited|已读|未读|已送达|发送中|发送失败|已编辑)$/i;
/** A slot whose texts repeat this much across messages holds names or labels, not what people wrote. */
const LABEL_REPEAT_RATIO = 0.5;
const LABEL_MAX_LENGTH = 40;
const HAS_LETTER = /\p{L}/u;

const kindCache = new Map<string, LeafKind | null>();

/** The kind a class attribute gives an element's texts (time, name, meta), or null when it says nothing. */
function kindOfClass(value: string): LeafKind | null {
  let kind = kindCache.get(value);
  if (kind === undefined) {
    const words = classAttributeWords(value);
    kind = words.some((w) => TIME_WORDS.has(w))
      ? 'time'
      : words.some((w) => NAME_WORDS.has(w))
        ? 'name'
        : words.some((w) => META_WORDS.has(w))
          ? 'meta'
          : null;
    kindCache.set(value, kind);
  }
  return kind;
}

function kindOfElement(el: Element, cls: string | null, inherited: LeafKind): LeafKind {
  if (inherited === 'time' || inherited === 'name') return inherited;
  const tag = el.localName;
  if (tag === 'time') return 'time';
  if (tag === 'cite') return 'name';
  const fromClass = cls ? kindOfClass(cls) : null;
  if (fromClass) return fromClass;
  return tag === 'header' || tag === 'footer' ? 'meta' : inherited;
}

function skipped(el: Element, cls: string | null): boolean {
  if (SKIP_TAG.test(el.localName)) return true;
  if (cls && SKIP_CLASS.test(cls)) return true;
  return (
    el.attributes.length > (cls === null ? 0 : 1) &&
    (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden'))
  );
}

/** A whole short text that only says when, or whether it was delivered. */
function kindOfText(text: string, kind: LeafKind): LeafKind {
  if (kind !== 'body' || text.length > 24) return kind;
  if (DATE_ONLY.test(text) || RELATIVE_TIME.test(text)) return 'time';
  return DELIVERY.test(text) ? 'meta' : kind;
}

const slots = new Map<number, Map<string, Map<string, number>>>();
let nextSlot = 1;

/** The slot one level below `parent` for an element of this tag and first class. */
function slotOf(parent: number, tag: string, cls: string): number {
  let byTag = slots.get(parent);
  if (!byTag) {
    byTag = new Map();
    slots.set(parent, byTag);
  }
  let byClass = byTag.get(tag);
  if (!byClass) {
    byClass = new Map();
    byTag.set(tag, byClass);
  }
  let slot = byClass.get(cls);
  if (slot === undefined) {
    slot = nextSlot++;
    byClass.set(cls, slot);
  }
  return slot;
}

/** The texts of one message element in document order, each with the slot it sits in. */
export function leavesOf(item: Element): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (el: Element, kind: LeafKind, path: number) => {
    let own = '';
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        own += node.nodeValue;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const cls = child.getAttribute('class');
      if (skipped(child, cls)) continue;
      if (own) own = flush(el, own, kind, path);
      walk(child, kindOfElement(child, cls, kind), slotOf(path, child.localName, firstClass(cls)));
    }
    if (own) flush(el, own, kind, path);
  };
  const flush = (el: Element, raw: string, kind: LeafKind, path: number) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text) leaves.push({ text, raw, path, kind: el.firstElementChild ? kind : kindOfText(text, kind), el });
    return '';
  };
  walk(item, 'body', 0);
  return leaves;
}

/** Messages looked at to learn which slots hold labels: the pattern shows in a few hundred. */
const LABEL_SAMPLE = 400;

/** Slots whose texts repeat across messages (a sender name without a class saying so) are labels. */
export function labelSlots(all: readonly Leaf[][]): Set<number> {
  const texts = new Map<number, { count: number; distinct: Set<string> }>();
  for (const leaves of all.slice(-LABEL_SAMPLE)) {
    for (const leaf of leaves) {
      if (leaf.kind !== 'body') continue;
      const slot = texts.get(leaf.path) ?? { count: 0, distinct: new Set<string>() };
      slot.count++;
      slot.distinct.add(leaf.text);
      texts.set(leaf.path, slot);
    }
  }
  const labels = new Set<number>();
  for (const [path, slot] of texts) {
    const short = [...slot.distinct].every((t) => t.length <= LABEL_MAX_LENGTH);
    if (slot.count >= 2 && short && slot.distinct.size <= slot.count * LABEL_REPEAT_RATIO) labels.add(path);
  }
  return labels;
}

const TIME_VALUE = /(?:(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*)?(\d{1,2}):(\d{2})/;

/** Minutes since an arbitrary epoch, comparable between messages of one list; undefined without a time. */
export function timeOf(leaves: readonly Leaf[]): number | undefined {
  for (const leaf of leaves) {
    if (leaf.kind !== 'time') continue;
    const stamp = leaf.el.getAttribute('datetime');
    const parsed = stamp ? Date.parse(stamp) : Number.NaN;
    if (!Number.isNaN(parsed)) return parsed / 60_000;
    const m = TIME_VALUE.exec(leaf.text);
    if (!m) continue;
    const [, y, mo, d, h, mi] = m.map(Number) as number[];
    const day = y ? Date.UTC(y, (mo ?? 1) - 1, d) / 86_400_000 : 0;
    return day * 1440 + (h ?? 0) * 60 + (mi ?? 0);
  }
  return undefined;
}

/** Puts one message back together from its texts: what was written, who wrote it, the labels beside it. */
export function assembleParts(leaves: readonly Leaf[], labelPaths: ReadonlySet<number>): MessageParts {
  // A message whose every slot looks repeated ("ok" twice) is still a message: keep its texts as the body.
  const slotsAreLabels = leaves.some((l) => l.kind === 'body' && !labelPaths.has(l.path));
  let raw = '';
  let bubble: Element | null = null;
  let names = '';
  let header = '';
  const labels: string[] = [];
  for (const leaf of leaves) {
    if (leaf.kind === 'time') continue;
    if (leaf.kind === 'body' && !(slotsAreLabels && labelPaths.has(leaf.path))) {
      raw += leaf.raw;
      bubble ??= leaf.el;
      continue;
    }
    // Repeated texts without a letter (✓✓, 👍) are delivery marks and reactions, not names.
    if (leaf.kind === 'body' && !HAS_LETTER.test(leaf.text)) continue;
    if (leaf.kind !== 'meta') names = names ? `${names} ${leaf.text}` : leaf.text;
    else if (!header && leaf.text.length <= LABEL_MAX_LENGTH && leaf.el.closest('header')) header = leaf.text;
    labels.push(...labelWords(leaf.text));
  }
  return { text: raw.replace(/\s+/g, ' ').trim(), author: names || header || undefined, labels, bubble };
}
