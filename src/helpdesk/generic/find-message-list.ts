import { classWords, firstClass, kindOf } from './words';

/** Where a chat's messages are: the list element and how to pick its message elements out of it. */
export interface MessageList {
  list: Element;
  /** Shape shared by the message elements (tag plus first class with side words taken out). */
  itemShape: string;
  /** How many levels below `list` the messages sit (1 = children; 2 = grouped by day, exchange or sender). */
  depth: number;
}

/** How far from the composer a message list may be, in ancestors: a console's reply box and list are close kin. */
const MAX_COMPOSER_ANCESTORS = 10;
/** Levels below a candidate container searched for repeated message elements. */
const MAX_ITEM_DEPTH = 6;
/** Children looked at per element while discovering: enough to see the pattern, cheap on 5,000-message pages. */
const SAMPLE_HEAD = 20;
const SAMPLE_TAIL = 60;
/** Groups this close to the largest one count as "the same messages", so the outermost wrapper wins. */
const SAME_COUNT_RATIO = 0.95;

const LIST_ROLES = '[role="log"], [role="feed"], [role="list"], [aria-live="polite"], [aria-live="assertive"]';
const NOT_A_LIST = /^(nav|menu|header|footer|form)$/;
const NOT_A_LIST_ROLE = /^(navigation|tablist|listbox|menu|menubar|toolbar|search|dialog)$/;
const NOT_AN_ITEM =
  /^(button|a|span|b|i|em|strong|small|code|img|svg|input|textarea|select|option|label|script|style|time|br|hr)$/;
const ITEM_ROLE = /^(listitem|article|row)$/;
const MESSAGE_WORD = /^(message|msg|bubble|utterance)$/;
/** Bars and panels around a chat repeat elements too; they are never its message list. */
const NOT_A_LIST_WORD = /^(header|toolbar|footer|nav|navbar|menu|tabs|sidebar|input|composer|editor|actions)$/;

/** Two messages of different sides share a shape: side words are taken out of the class that names it. */
export function shapeOf(el: Element): string | null {
  const tag = el.localName;
  if (NOT_AN_ITEM.test(tag)) return null;
  const first = el.classList[0];
  const role = el.getAttribute('role') ?? '';
  if (!first && tag !== 'li' && tag !== 'article' && !ITEM_ROLE.test(role)) return null;
  const words = first ? classWords(first) : [];
  const kept = words.filter((w) => {
    const kind = kindOf(w);
    return kind !== 'customer' && kind !== 'agent' && kind !== 'side';
  });
  return `${tag}.${words.length ? kept.join('-') : (first ?? '')}|${role}`;
}

function sampledChildren(el: Element): Element[] {
  const all = el.children;
  const n = all.length;
  const out: Element[] = [];
  for (let i = 0; i < n; i++) {
    if (i === SAMPLE_HEAD && n > SAMPLE_HEAD + SAMPLE_TAIL) i = n - SAMPLE_TAIL;
    out.push(all[i] as Element);
  }
  return out;
}

interface Group {
  shape: string;
  members: Element[];
  depth: number;
}

/** The repeated element shape under `container` that best looks like its messages, from a sample. */
function messageGroup(container: Element, isAriaList: boolean): Group | null {
  const groups = new Map<string, Group>();
  let level = [container];
  for (let depth = 1; depth <= MAX_ITEM_DEPTH && level.length; depth++) {
    const next: Element[] = [];
    for (const parent of level) {
      for (const child of sampledChildren(parent)) {
        if (child.matches('button, [role="button"], [role="option"], [role="tab"], [aria-hidden="true"]')) continue;
        // Hidden prompts ("New messages ↓") and templates are not messages.
        if (!child.getClientRects().length) continue;
        next.push(child);
        const shape = shapeOf(child);
        if (!shape || !child.textContent?.trim()) continue;
        const key = `${depth}:${shape}`;
        const group = groups.get(key) ?? { shape, members: [], depth };
        group.members.push(child);
        groups.set(key, group);
      }
    }
    level = next;
  }
  const all = [...groups.values()];
  const largest = Math.max(0, ...all.map((g) => g.members.length));
  const enough = (g: Group) =>
    g.members.length >= 2 || (g.members.length === 1 && (isAriaList || shapeNamesMessage(g.shape)));
  const outermost = all
    .filter((g) => enough(g) && g.members.length >= largest * SAME_COUNT_RATIO)
    .sort((a, b) => a.depth - b.depth)[0];
  return outermost ?? null;
}

function shapeNamesMessage(shape: string): boolean {
  return shape.split(/[.\-|]/).some((w) => MESSAGE_WORD.test(w));
}

function unlikelyList(el: Element): boolean {
  return (
    NOT_A_LIST.test(el.localName) ||
    NOT_A_LIST_ROLE.test(el.getAttribute('role') ?? '') ||
    classWords(firstClass(el.getAttribute('class'))).some((w) => NOT_A_LIST_WORD.test(w))
  );
}

/** Messages in one branch beside the composer; a log/feed/list the page labels itself is taken at its word. */
function groupInBranch(branch: Element): { container: Element; group: Group } | null {
  const labelled = branch.matches(LIST_ROLES) ? [branch] : [...branch.querySelectorAll(LIST_ROLES)];
  for (const container of labelled) {
    const group = messageGroup(container, true);
    if (group) return { container, group };
  }
  const group = messageGroup(branch, false);
  return group && { container: branch, group };
}

/** Walks up from the composer; the first level whose other branches hold repeated messages holds the list. */
export function findMessageList(composer: HTMLElement): MessageList | null {
  let branch: Element = composer;
  for (let i = 0; i < MAX_COMPOSER_ANCESTORS; i++) {
    // Inside a web component the walk goes on to the top of its open shadow root.
    const parent = branch.parentNode;
    const ancestor = parent instanceof Element || parent instanceof ShadowRoot ? parent : null;
    if (!ancestor) return null;
    let best: { container: Element; group: Group } | null = null;
    for (const sibling of ancestor.children) {
      if (sibling === branch || unlikelyList(sibling)) continue;
      const found = groupInBranch(sibling);
      if (found && (!best || found.group.members.length > best.group.members.length)) best = found;
    }
    if (best) return { list: best.container, itemShape: best.group.shape, depth: best.group.depth };
    if (!(ancestor instanceof Element)) return null;
    branch = ancestor;
  }
  return null;
}

/** Every message element of a found list, in DOM order, read in full (discovery only sampled). */
export function messageElements(found: MessageList): Element[] {
  let level: Element[] = [found.list];
  for (let d = 0; d < found.depth; d++) {
    const next: Element[] = [];
    for (const parent of level) next.push(...parent.children);
    level = next;
  }
  return level.filter((el) => shapeOf(el) === found.itemShape);
}
