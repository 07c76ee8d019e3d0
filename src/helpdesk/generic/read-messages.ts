import type { ReadMessage } from '../../messaging/protocol';
import type { Calibration, DraftWatch } from './calibration';
import { type MessageList, messageElements } from './find-message-list';
import type { createItemCache } from './item-cache';
import { firstIdOf, messageIds, ownIdOf } from './message-ids';
import { assembleParts, type Leaf, labelSlots, leavesOf, type MessageParts, timeOf } from './message-parts';
import {
  type Alignment,
  alignmentOf,
  type Decision,
  decideRole,
  isSystemRow,
  markupEvidence,
  type SideContext,
  type SideEvidence,
  strongScore,
  variantClasses,
  withLabels,
} from './message-side';
import { isNewestFirst, ORDER_SAMPLE } from './reading-order';

/** What one message element says on its own; kept until the element changes. */
export interface ItemFacts {
  leaves: Leaf[];
  markup: SideEvidence;
  own: string | null;
  /** The message put together (and what its labels add), for the set of label slots it was put together with. */
  parts?: { labels: ReadonlySet<number>; value: MessageParts; evidence: SideEvidence; firstId: string };
  /** Where its text sat, and the list width it was measured at (a re-layout measures again). */
  alignment?: { at: number; where: Alignment };
}

export type ItemCache = ReturnType<typeof createItemCache<ItemFacts>>;

export function itemFacts(item: Element, list: Element, context: Set<string>): ItemFacts {
  return { leaves: leavesOf(item), markup: markupEvidence(item, list, context), own: ownIdOf(item) };
}

export interface ReadState {
  found: MessageList;
  composer: HTMLElement;
  heading: string;
  calibration: Calibration;
  drafts: DraftWatch;
  items: ItemCache;
  /** The label slots of the previous read: kept as the same object while unchanged, so cached parts stay valid. */
  labels: { current?: Set<number> };
}

const sameSet = (a: ReadonlySet<number> | undefined, b: ReadonlySet<number>) =>
  a !== undefined && a.size === b.size && [...b].every((x) => a.has(x));

class Row {
  private keyValue?: string;
  constructor(
    readonly el: Element,
    readonly facts: ItemFacts,
    readonly parts: MessageParts,
    readonly evidence: SideEvidence,
    readonly id: string,
    private readonly list: () => DOMRect,
    private readonly common: ReadonlySet<string>,
  ) {}

  alignment = (): Alignment => {
    const rect = this.list();
    if (this.facts.alignment?.at !== rect.width) {
      this.facts.alignment = { at: rect.width, where: alignmentOf(this.parts.bubble, rect) };
    }
    return this.facts.alignment.where;
  };

  /** The side signature: its side words, else its own classes, else where it sits. Measured only when needed. */
  get key(): string {
    if (this.keyValue === undefined) {
      const variant = variantClasses(this.el, this.common);
      const where = this.evidence.sideWords.length || variant.length ? '' : this.alignment();
      this.keyValue = this.evidence.sideWords.length
        ? `w:${this.evidence.sideWords.join(' ')}`
        : variant.length
          ? `c:${variant.join(' ')}`
          : where === 'left' || where === 'right'
            ? `a:${where}`
            : '';
    }
    return this.keyValue;
  }
}

function commonClasses(items: readonly Element[]): Set<string> {
  const [first, ...rest] = items;
  const common = new Set(first?.classList ?? []);
  for (const item of rest) for (const cls of common) if (!item.classList.contains(cls)) common.delete(cls);
  return common;
}

function rowsOf(state: ReadState): Row[] {
  const { list } = state.found;
  const items = messageElements(state.found);
  state.items.sync();
  const facts = items.map((el) => state.items.get(el));
  const found = labelSlots(facts.map((f) => f.leaves));
  const labels = sameSet(state.labels.current, found) ? (state.labels.current as Set<number>) : found;
  state.labels.current = labels;
  const parts = facts.map((f) => {
    if (f.parts?.labels !== labels) {
      const value = assembleParts(f.leaves, labels);
      const evidence = withLabels(f.markup, value.labels);
      f.parts = { labels, value, evidence, firstId: firstIdOf(value.author, value.text) };
    }
    return f.parts;
  });
  const ids = messageIds(facts.map((f, i) => ({ own: f.own, firstId: parts[i]?.firstId ?? '' })));
  const common = commonClasses(items);
  let listRect: DOMRect | undefined;
  const rect = () => (listRect ??= list.getBoundingClientRect());
  return items.map((el, i) => {
    const p = parts[i] as NonNullable<ItemFacts['parts']>;
    return new Row(el, facts[i] as ItemFacts, p.value, p.evidence, ids[i] as string, rect, common);
  });
}

function roleWithoutContext(row: Row): Decision | null {
  if (!row.parts.text) return 'system';
  if (row.evidence.note) return 'note';
  if (row.evidence.system) return 'system';
  if (row.evidence.customer === row.evidence.agent && isSystemRow(row.parts, row.alignment)) return 'system';
  return null;
}

/** Learns from the agent's sent message, when this read shows one. */
function calibrate(state: ReadState, rows: Row[]): void {
  const sent = state.drafts.findSent(
    state.composer,
    rows.map((r) => ({ id: r.id, text: r.parts.text })),
  );
  const row = rows[sent];
  if (!row || row.evidence.customer > row.evidence.agent) return;
  Object.assign(state.calibration, {
    agentKey: row.key || undefined,
    agentAuthor: row.parts.author,
    agentAlignment: row.alignment() || undefined,
    newestFirst: rows.length > 1 ? sent === 0 : undefined,
  } satisfies Calibration);
}

/** Signatures whose side the strong words of other messages showed; a signature seen on both sides says nothing. */
function keyRolesOf(
  rows: Row[],
  fixed: (Decision | null)[],
  ctx: Omit<SideContext, 'keyRole'>,
): Map<string, 'customer' | 'agent'> {
  const roles = new Map<string, 'customer' | 'agent'>();
  const conflicting = new Set<string>();
  rows.forEach((row, i) => {
    const strong = strongScore(row.evidence, row.parts, ctx);
    if (fixed[i] || !strong || !row.key) return;
    const role = strong > 0 ? 'customer' : 'agent';
    if (roles.get(row.key) && roles.get(row.key) !== role) conflicting.add(row.key);
    roles.set(row.key, role);
  });
  for (const key of conflicting) roles.delete(key);
  return roles;
}

/** Every message of the list, oldest first, with the side the evidence supports; unknown sides never leave. */
export function readMessages(state: ReadState): ReadMessage[] {
  const rows = rowsOf(state);
  calibrate(state, rows);
  const fixed = rows.map(roleWithoutContext);
  let keyRoles: Map<string, 'customer' | 'agent'> | undefined;
  const known = { ...state.calibration, heading: state.heading };
  const ctx: SideContext = {
    ...known,
    keyRole(key) {
      keyRoles ??= keyRolesOf(rows, fixed, known);
      return keyRoles.get(key);
    },
  };
  const out = rows.map((row, i): ReadMessage => {
    const decided = fixed[i] ?? decideRole(row.evidence, row.parts, () => row.key, ctx, row.alignment);
    // A side the page does not show yet stays on the page, like a system row: never guessed as the customer's.
    return {
      id: row.id,
      role: decided === 'unknown' ? 'system' : decided,
      text: row.parts.text,
      author: row.parts.author,
    };
  });
  const ends = rows.length > 2 * ORDER_SAMPLE ? [...rows.slice(0, ORDER_SAMPLE), ...rows.slice(-ORDER_SAMPLE)] : rows;
  const newestFirst = isNewestFirst(
    ends.map((r) => timeOf(r.facts.leaves)),
    state.found.list,
    state.calibration.newestFirst,
  );
  return newestFirst ? out.reverse() : out;
}
