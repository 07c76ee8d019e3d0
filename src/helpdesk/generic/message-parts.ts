import { DATE_ONLY } from './signal-words';
import { classWords, labelWords } from './words';

/** What a piece of text inside a message element is: what was written, or the sender, time or other labels. */
export type LeafKind = 'body' | 'name' | 'time' | 'meta';

export interface Leaf {
  text: string;
  /** The text as written, spaces kept, so inline markup joins back without extra spaces. */
  raw: string;
  /** Tag and first class of each element from the message down to the text: the same slot in every message. */
  path: string;
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
  /** A sortable reading of the message's time, when it shows one. */
  time?: number;
}

const SKIP_TAG = /^(button|svg|img|script|style|input|textarea|select|template|noscript|video|audio|canvas|picture)$/;
const SKIP_CLASS = /(^|[-_])(sr-only|visually-hidden|visuallyhidden|screen-reader)/;
const NAME_WORDS = new Set(['name', 'author', 'sender', 'nick', 'nickname', 'username', 'participant', 'displayname']);
const TIME_WORDS = new Set(['time', 'timestamp', 'date', 'datetime', 'ago', 'clock']);
const META_WORDS = new Set(['meta', 'header', 'head', 'footer', 'status', 'avatar', 'tag', 'badge', 'label', 'receipt']);
const RELATIVE_TIME = /^(just now|now|刚刚|\d+\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)( ago)?|\d+\s*(秒|分钟|小时|天)前)$/i;
const DELIVERY = /^(delivered|read|seen|sent|sending|failed|edited|已读|未读|已送达|发送中|发送失败|已编辑)$/i;
/** A slot whose texts repeat this much across messages holds names or labels, not what people wrote. */
const LABEL_REPEAT_RATIO = 0.5;
const LABEL_MAX_LENGTH = 40;

function kindOfElement(el: Element, inherited: LeafKind): LeafKind {
  if (inherited === 'time' || inherited === 'name') return inherited;
  const tag = el.localName;
  if (tag === 'time') return 'time';
  if (tag === 'cite') return 'name';
  let kind: LeafKind = tag === 'header' || tag === 'footer' ? 'meta' : inherited;
  for (const cls of el.classList) {
    for (const word of classWords(cls)) {
      if (TIME_WORDS.has(word)) return 'time';
      if (NAME_WORDS.has(word)) return 'name';
      if (META_WORDS.has(word)) kind = 'meta';
    }
  }
  return kind;
}

function skipped(el: Element): boolean {
  return (
    SKIP_TAG.test(el.localName) ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('hidden') ||
    SKIP_CLASS.test(el.className && typeof el.className === 'string' ? el.className : '')
  );
}

/** A whole short text that only says when, or whether it was delivered. */
function kindOfText(text: string, kind: LeafKind): LeafKind {
  if (kind !== 'body' || text.length > 24) return kind;
  if (DATE_ONLY.test(text) || RELATIVE_TIME.test(text)) return 'time';
  return DELIVERY.test(text) ? 'meta' : kind;
}

/** The texts of one message element in document order, each with the slot it sits in. */
export function leavesOf(item: Element): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (el: Element, kind: LeafKind, path: string) => {
    let own = '';
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) own += node.nodeValue ?? '';
      else if (node instanceof Element && !skipped(node)) {
        flush();
        walk(node, kindOfElement(node, kind), `${path}>${node.localName}.${node.classList[0] ?? ''}`);
      }
    }
    flush();
    function flush() {
      const text = own.replace(/\s+/g, ' ').trim();
      if (text) leaves.push({ text, raw: own, path, kind: el.childElementCount ? kind : kindOfText(text, kind), el });
      own = '';
    }
  };
  walk(item, 'body', '');
  return leaves;
}

/** Slots whose texts repeat across messages (a sender name without a class saying so) are labels. */
export function labelSlots(all: readonly Leaf[][]): Set<string> {
  const texts = new Map<string, { count: number; distinct: Set<string> }>();
  for (const leaves of all) {
    for (const leaf of leaves) {
      if (leaf.kind !== 'body') continue;
      const slot = texts.get(leaf.path) ?? { count: 0, distinct: new Set<string>() };
      slot.count++;
      slot.distinct.add(leaf.text);
      texts.set(leaf.path, slot);
    }
  }
  const labels = new Set<string>();
  for (const [path, slot] of texts) {
    const short = [...slot.distinct].every((t) => t.length <= LABEL_MAX_LENGTH);
    if (slot.count >= 2 && short && slot.distinct.size <= slot.count * LABEL_REPEAT_RATIO) labels.add(path);
  }
  return labels;
}

const TIME_VALUE = /(?:(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*)?(\d{1,2}):(\d{2})/;

/** Minutes since an arbitrary epoch, comparable between messages of one list; undefined without a time. */
function timeValue(leaves: Leaf[]): number | undefined {
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
export function assembleParts(leaves: Leaf[], labelPaths: ReadonlySet<string>): MessageParts {
  const isBody = (leaf: Leaf) => leaf.kind === 'body' && !labelPaths.has(leaf.path);
  // A message whose every slot looks repeated ("ok" twice) is still a message: keep its texts as the body.
  const bodyLeaves = leaves.some(isBody) ? leaves.filter(isBody) : leaves.filter((l) => l.kind === 'body');
  const names = leaves.filter((l) => l.kind === 'name' || (l.kind === 'body' && !bodyLeaves.includes(l)));
  const meta = leaves.filter((l) => l.kind === 'meta');
  const header = meta.find((l) => l.el.closest('header') && l.text.length <= LABEL_MAX_LENGTH);
  const author = names.map((l) => l.text).join(' ') || header?.text || undefined;
  return {
    text: bodyLeaves
      .map((l) => l.raw)
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
    author,
    labels: [...names, ...meta].flatMap((l) => labelWords(l.text)),
    bubble: bodyLeaves[0]?.el ?? null,
    time: timeValue(leaves),
  };
}
