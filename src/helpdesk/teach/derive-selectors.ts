import { byPriority, escapeIdent, isStableClass, type SelectorToken, tokensOf } from './selector-tokens';

/** What the picker learns from one customer message and one agent message the agent clicked. */
export interface TaughtSelectors {
  container: string;
  message: string;
  customer: string;
  agent: string;
  text?: string;
  composer?: string;
}

export type DeriveResult =
  | { ok: true; selectors: TaughtSelectors }
  | { ok: false; reason: 'same-element' | 'no-common-list' | 'indistinguishable' };

/** Ancestors up to the root, nearest first, crossing no shadow boundary. */
function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let at = el.parentElement; at; at = at.parentElement) out.push(at);
  return out;
}

function lowestCommonAncestor(a: Element, b: Element): Element | null {
  const ofA = new Set([a, ...ancestors(a)]);
  return [b, ...ancestors(b)].find((el) => ofA.has(el)) ?? null;
}

/** The child of `list` that holds `el`: one message item. */
function itemWithin(list: Element, el: Element): Element | null {
  let at: Element | null = el;
  while (at && at.parentElement !== list) at = at.parentElement;
  return at;
}

const matchesSafely = (el: Element, selector: string) => {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
};

/** A selector that finds exactly this element in its document or shadow root, from stable attributes if it can. */
export function uniqueSelector(el: Element): string {
  const scope = el.getRootNode() as Document | ShadowRoot;
  const unique = (selector: string) => {
    try {
      const found = scope.querySelectorAll(selector);
      return found.length === 1 && found[0] === el;
    } catch {
      return false;
    }
  };
  if (el.id && isStableClass(el.id) && unique(`#${escapeIdent(el.id)}`)) return `#${escapeIdent(el.id)}`;
  const own = tokensOf(el)
    .filter((t) => !t.selector.startsWith(':has'))
    .sort(byPriority);
  const tag = el.tagName.toLowerCase();
  for (const token of own) if (unique(`${tag}${token.selector}`)) return `${tag}${token.selector}`;
  const parent = el.parentElement;
  if (!parent) return tag;
  const step = own[0] ? `${tag}${own[0].selector}` : tag;
  const sameKind = Array.from(parent.children).filter((c) => matchesSafely(c, step));
  const position = sameKind.length > 1 ? `:nth-child(${Array.from(parent.children).indexOf(el) + 1})` : '';
  return `${uniqueSelector(parent)} > ${step}${position}`;
}

/** The token that tells `own` apart from `other` and generalises best: the most stable kind wins. */
function discriminator(own: Element, other: Element): SelectorToken | null {
  const otherTokens = new Set(tokensOf(other).map((t) => t.selector));
  return (
    tokensOf(own)
      .filter((t) => !otherTokens.has(t.selector) && !matchesSafely(other, t.selector))
      .sort(byPriority)[0] ?? null
  );
}

function sharedBase(a: Element, b: Element): string {
  const tag = a.tagName === b.tagName ? a.tagName.toLowerCase() : '*';
  const ofB = new Set(tokensOf(b).map((t) => t.selector));
  const shared = tokensOf(a)
    .filter((t) => ofB.has(t.selector) && (t.kind === 'class' || t.kind === 'semantic-class' || t.kind === 'data'))
    .sort(byPriority)[0];
  return `${tag}${shared?.selector ?? ''}`;
}

/** The clicked element's place inside its item, when it is a text part with a stable class (the bubble, not the avatar). */
function textSelector(item: Element, clicked: Element): string | undefined {
  if (clicked === item) return undefined;
  const named = [clicked, ...ancestors(clicked)].find(
    (el) => el !== item && item.contains(el) && Array.from(el.classList).some(isStableClass),
  );
  const cls = named && Array.from(named.classList).find(isStableClass);
  return cls ? `.${escapeIdent(cls)}` : undefined;
}

/**
 * Derives selectors from one customer message and one agent message: the list that holds both, the shape every
 * message shares, and what tells the two apart. Where only the agent's side is marked, customer = "not agent".
 */
export function deriveSelectors(customerEl: Element, agentEl: Element): DeriveResult {
  if (customerEl === agentEl || customerEl.contains(agentEl) || agentEl.contains(customerEl)) {
    return { ok: false, reason: 'same-element' };
  }
  const list = lowestCommonAncestor(customerEl, agentEl);
  const customerItem = list && itemWithin(list, customerEl);
  const agentItem = list && itemWithin(list, agentEl);
  if (!list || !customerItem || !agentItem || list.children.length < 2) return { ok: false, reason: 'no-common-list' };

  const message = sharedBase(customerItem, agentItem);
  const customerMark = discriminator(customerItem, agentItem);
  const agentMark = discriminator(agentItem, customerItem);
  if (!customerMark && !agentMark) return { ok: false, reason: 'indistinguishable' };
  const agent = agentMark ? `${message}${agentMark.selector}` : `${message}:not(${customerMark?.selector})`;
  const customer = customerMark ? `${message}${customerMark.selector}` : `${message}:not(${agentMark?.selector})`;
  const text = textSelector(customerItem, customerEl);
  return {
    ok: true,
    selectors: { container: uniqueSelector(list), message, customer, agent, ...(text ? { text } : {}) },
  };
}
