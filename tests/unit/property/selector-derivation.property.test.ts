import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { deriveSelectors, uniqueSelector } from '../../../src/helpdesk/teach/derive-selectors';
import {
  exportTaughtSites,
  mergeTaughtSites,
  parseTaughtSitesFile,
  type TaughtSite,
} from '../../../src/helpdesk/teach/taught-sites';

/** Hundreds of runs per property on a two-core machine that may be busy building: 5 s is too tight a hang guard. */
const PROPERTY_TIMEOUT = 30_000;

/*
 * Random chat pages, built with linkedom. Every message item of a side carries the same hand-written markers (classes,
 * role attributes, marker children); what varies from item to item is only what a page generates: hashed class
 * names, id-like attribute values, ids, labels and the text. So a selector learnt from one item per side must fit
 * every item of that side.
 */

/** Class names people write for every message row, BEM and utility styles included. */
const COMMON_CLASSES = ['message', 'msg', 'chat-message', 'message__row', 'timeline-item', 'row', 'entry', 'col-12'];
const CUSTOMER_CLASSES = [
  'customer',
  'incoming',
  'left',
  'message--incoming',
  'from-customer',
  'is-visitor',
  'in.bound',
];
const AGENT_CLASSES = ['agent', 'outgoing', 'right', 'message--outgoing', 'from-agent', 'is-operator', '2nd-line'];
const CUSTOMER_CHILDREN = ['avatar', 'customer-avatar', 'contact-name', '客户'];
const AGENT_CHILDREN = ['agent-badge', 'status-ticks', 'read-receipt', 'client!'];
const ROLE_ATTRIBUTES = [
  'data-author',
  'data-side',
  'data-sender-type',
  'aria-roledescription',
  'data-a.b',
  'data-x:y',
];
const CUSTOMER_VALUES = ['customer', 'visitor', 'in', 'contact', 'Customer "VIP"', 'back\\slash', 'two\nlines'];
const AGENT_VALUES = ['agent', 'operator', 'out', 'user', "agent's", 'me', 'form\ffeed\r'];
const CUSTOMER_FLAGS = ['data-incoming', 'data-visitor'];
const AGENT_FLAGS = ['data-own', 'data-is-agent'];

const alnum = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-zA-Z0-9]{${min},${max}}$`));
/** Names that CSS-in-JS, CSS modules and utility frameworks generate; they change with every deploy. */
const hashedClass = fc.oneof(
  fc.tuple(fc.constantFrom('css-', 'sc-', 'jsx-', 'emotion-'), alnum(4, 8)).map(([a, b]) => a + b),
  fc
    .tuple(fc.constantFrom('Message_root__', 'bubble_'), fc.stringMatching(/^[a-zA-Z0-9]{0,3}[0-9][a-zA-Z0-9]{4}$/))
    .map(([a, b]) => a + b),
  fc.stringMatching(/^[a-z]{1,4}[0-9]{3,5}$/),
  fc.constantFrom('md:flex', 'w-[40%]', 'hover:bg-blue'),
);
const idLikeValue = fc.oneof(fc.stringMatching(/^[0-9]{1,9}$/), fc.uuid());

interface SideSpec {
  tag: string;
  classes: string[];
  attribute: [string, string] | null;
  flag: string | null;
  child: string | null;
}

const sideSpec = (classes: string[], values: string[], flags: string[], children: string[]) =>
  // Each kind of marker about every other page: pages marked by one class alone are common.
  fc.record({
    classes: fc.oneof(
      fc.constant<string[]>([]),
      fc.constantFrom(...classes).map((name) => [name]),
      fc.subarray(classes, { maxLength: 2 }),
    ),
    attribute: fc.option(fc.tuple(fc.constantFrom(...ROLE_ATTRIBUTES), fc.constantFrom(...values)), { freq: 2 }),
    flag: fc.option(fc.constantFrom(...flags), { freq: 2 }),
    child: fc.option(fc.constantFrom(...children), { freq: 2 }),
  });

const itemNoise = fc.record({
  hashed: fc.array(hashedClass, { maxLength: 3 }),
  ids: fc.array(idLikeValue, { minLength: 2, maxLength: 2 }),
  noisyChildren: fc.array(fc.oneof(hashedClass, fc.constant('')), { maxLength: 2 }),
  text: fc.string({ maxLength: 12 }),
  clickDepth: fc.integer({ min: 0, max: 2 }),
});

const pageSpec = fc.record({
  common: fc.record({
    tag: fc.constantFrom('div', 'li', 'article'),
    classes: fc.subarray(COMMON_CLASSES, { maxLength: 2 }),
    testId: fc.boolean(),
    idAttributes: fc.subarray(['data-id', 'data-message-id'], { maxLength: 2 }),
    bubble: fc.constantFrom('bubble', 'text', 'content', ''),
  }),
  customer: sideSpec(CUSTOMER_CLASSES, CUSTOMER_VALUES, CUSTOMER_FLAGS, CUSTOMER_CHILDREN),
  agent: sideSpec(AGENT_CLASSES, AGENT_VALUES, AGENT_FLAGS, AGENT_CHILDREN),
  agentTag: fc.option(fc.constantFrom('div', 'li', 'section')),
  rows: fc.array(fc.tuple(fc.constantFrom('customer', 'agent', 'agent', 'customer', 'system'), itemNoise), {
    minLength: 2,
    maxLength: 10,
  }),
  list: fc.record({
    tag: fc.constantFrom('div', 'ul', 'section', 'ol'),
    id: fc.constantFrom(null, 'thread', 'x-12345', 'shared-id'),
    classes: fc.array(fc.oneof(fc.constantFrom('messages', 'thread', 'chat-log'), hashedClass), { maxLength: 2 }),
  }),
  wrappers: fc.array(
    fc.array(fc.oneof(fc.constantFrom('app', 'main', 'pane', 'layout'), hashedClass), { maxLength: 2 }),
    {
      maxLength: 3,
    },
  ),
  decoyLists: fc.integer({ min: 0, max: 2 }),
  customerPick: fc.nat(),
  agentPick: fc.nat(),
});
type PageSpec = typeof pageSpec extends fc.Arbitrary<infer P> ? P : never;

interface Page {
  document: Document;
  list: Element;
  customers: Element[];
  agents: Element[];
  clickedCustomer: Element;
  clickedAgent: Element;
}

function buildPage(spec: PageSpec): Page {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const element = (tag: string, classes: string[] = []) => {
    const el = document.createElement(tag);
    if (classes.length > 0) el.setAttribute('class', classes.join(' '));
    return el;
  };
  let parent: Element = document.body;
  for (const classes of spec.wrappers) {
    const wrapper = element('div', classes);
    parent.append(wrapper);
    parent = wrapper;
  }
  const makeList = () => {
    const list = element(spec.list.tag, spec.list.classes);
    if (spec.list.id) list.setAttribute('id', spec.list.id);
    return list;
  };
  const sides: Record<'customer' | 'agent', SideSpec> = {
    customer: { ...spec.customer, tag: spec.common.tag },
    agent: { ...spec.agent, tag: spec.agentTag ?? spec.common.tag },
  };
  const makeItem = (kind: string, noise: PageSpec['rows'][number][1], index: number) => {
    const side = kind === 'customer' || kind === 'agent' ? sides[kind] : null;
    const item = element(side?.tag ?? spec.common.tag, [
      ...spec.common.classes,
      ...(side?.classes ?? ['system']),
      ...noise.hashed,
    ]);
    item.setAttribute('id', `msg-${index}-${noise.ids[0]}`);
    item.setAttribute('aria-label', `${kind} said ${noise.text}`);
    if (spec.common.testId) item.setAttribute('data-testid', 'message');
    for (const [i, name] of spec.common.idAttributes.entries()) item.setAttribute(name, noise.ids[i] ?? '1');
    if (side?.attribute) item.setAttribute(side.attribute[0], side.attribute[1]);
    if (side?.flag) item.setAttribute(side.flag, '');
    if (side?.child) item.append(element('span', [side.child]));
    const bubble = element('div', spec.common.bubble ? [spec.common.bubble] : []);
    const inner = element('p', ['line']);
    inner.textContent = noise.text;
    bubble.append(inner);
    item.append(bubble, ...noise.noisyChildren.map((c) => element('span', c ? [c] : [])));
    return { item, clicked: [item, bubble, inner][noise.clickDepth] as Element };
  };
  for (let d = 0; d < spec.decoyLists; d++) {
    const decoy = makeList();
    decoy.append(makeItem('customer', spec.rows[0]?.[1] as PageSpec['rows'][number][1], 0).item);
    parent.append(decoy);
  }
  const list = makeList();
  const rows = [...spec.rows];
  // One item of each side at least, wherever the random order put the others.
  rows.push(
    ['customer', rows[0]?.[1] as PageSpec['rows'][number][1]],
    ['agent', rows[1]?.[1] as PageSpec['rows'][number][1]],
  );
  const built = rows.map(([kind, noise], i) => ({ kind, ...makeItem(kind, noise, i) }));
  list.append(...built.map((b) => b.item));
  parent.insertBefore(list, spec.decoyLists > 0 && spec.customerPick % 2 === 0 ? parent.firstChild : null);
  const customers = built.filter((b) => b.kind === 'customer');
  const agents = built.filter((b) => b.kind === 'agent');
  const pick = <T>(list: T[], n: number) => list[n % list.length] as T;
  return {
    document: document as unknown as Document,
    list,
    customers: customers.map((b) => b.item),
    agents: agents.map((b) => b.item),
    clickedCustomer: pick(customers, spec.customerPick).clicked,
    clickedAgent: pick(agents, spec.agentPick).clicked,
  };
}

/** Compared by identity: deep equality of DOM nodes is slow and would not say more. */
const isExactly = (found: NodeListOf<Element>, el: Element) => found.length === 1 && found[0] === el;

const hasMarker = (side: PageSpec['customer']) =>
  side.classes.length > 0 || side.attribute !== null || side.flag !== null || side.child !== null;

describe('deriveSelectors on random chat pages', { timeout: PROPERTY_TIMEOUT }, () => {
  it('learns selectors that tell every customer item from every agent item when a marker tells them apart', () => {
    const distinguishable = pageSpec.filter((spec) => hasMarker(spec.customer) || hasMarker(spec.agent));
    fc.assert(
      fc.property(distinguishable, (spec) => {
        const page = buildPage(spec);
        const result = deriveSelectors(page.clickedCustomer, page.clickedAgent);
        expect(result).toMatchObject({ ok: true });
        if (!result.ok) return;
        const { container, message, customer, agent } = result.selectors;
        // linkedom reads a raw line break inside a quoted value; browsers refuse the whole selector.
        for (const selector of Object.values(result.selectors)) expect(selector).not.toMatch(/[\n\r\f]/);
        expect(isExactly(page.document.querySelectorAll(container), page.list), container).toBe(true);
        const messages = Array.from(page.list.querySelectorAll(`:scope > ${message}`));
        for (const item of page.customers) {
          expect(messages.includes(item), `${message} should match ${item.outerHTML}`).toBe(true);
          expect(item.matches(customer), `${customer} should match ${item.outerHTML}`).toBe(true);
          expect(item.matches(agent), `${agent} should not match ${item.outerHTML}`).toBe(false);
        }
        for (const item of page.agents) {
          expect(messages.includes(item), `${message} should match ${item.outerHTML}`).toBe(true);
          expect(item.matches(agent), `${agent} should match ${item.outerHTML}`).toBe(true);
          expect(item.matches(customer), `${customer} should not match ${item.outerHTML}`).toBe(false);
        }
      }),
      { seed: 5101, numRuns: 400 },
    );
  });

  it('says the two sides cannot be told apart when only generated names and ids differ', () => {
    const none = { classes: [], attribute: null, flag: null, child: null };
    const alike = pageSpec.map((spec) => ({ ...spec, customer: none, agent: none, agentTag: null }));
    fc.assert(
      fc.property(alike, (spec) => {
        const page = buildPage(spec);
        expect(deriveSelectors(page.clickedCustomer, page.clickedAgent)).toEqual({
          ok: false,
          reason: 'indistinguishable',
        });
      }),
      { seed: 5102, numRuns: 200 },
    );
  });

  it('never throws for any two elements of the page, and refuses an element inside the other', () => {
    fc.assert(
      fc.property(pageSpec, fc.nat(), fc.nat(), (spec, a, b) => {
        const page = buildPage(spec);
        const all = Array.from(page.document.querySelectorAll('*'));
        const first = all[a % all.length] as Element;
        const second = all[b % all.length] as Element;
        const result = deriveSelectors(first, second);
        if (first === second || first.contains(second) || second.contains(first)) {
          expect(result).toEqual({ ok: false, reason: 'same-element' });
        }
        if (result.ok) for (const selector of Object.values(result.selectors)) page.document.querySelectorAll(selector);
      }),
      { seed: 5103, numRuns: 300 },
    );
  });

  it('finds exactly the element for any element of the page with uniqueSelector', () => {
    fc.assert(
      fc.property(pageSpec, fc.nat(), (spec, n) => {
        const page = buildPage(spec);
        const all = Array.from(page.document.querySelectorAll('*'));
        const target = all[n % all.length] as Element;
        const selector = uniqueSelector(target);
        expect(isExactly(page.document.querySelectorAll(selector), target), selector).toBe(true);
      }),
      { seed: 5104, numRuns: 300 },
    );
  });
});

describe('taught-sites import', { timeout: PROPERTY_TIMEOUT }, () => {
  const selectors = fc.record(
    {
      container: fc.string({ minLength: 1, maxLength: 40 }),
      message: fc.string({ minLength: 1, maxLength: 40 }),
      customer: fc.string({ minLength: 1, maxLength: 40 }),
      agent: fc.string({ minLength: 1, maxLength: 40 }),
      text: fc.string({ minLength: 1, maxLength: 40 }),
      composer: fc.string({ minLength: 1, maxLength: 40 }),
    },
    { requiredKeys: ['container', 'message', 'customer', 'agent'] },
  );
  const site: fc.Arbitrary<TaughtSite> = fc
    .record({
      origin: fc.constantFrom(
        'https://desk.example.com',
        'http://localhost:8080',
        'https://客服.example.cn',
        'https://a.b',
      ),
      selectors,
      savedAt: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
    })
    .map((s) => ({ ...s, origin: new URL(s.origin).origin }));

  it('never throws on any text, and gives sites or errors with a message in both languages', () => {
    const jsonish = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.array(site, { maxLength: 3 }).map((sites) => exportTaughtSites(sites).replace('"version": 1', '"version": 2')),
      fc
        .array(site, { maxLength: 3 })
        .map((sites) => exportTaughtSites(sites).replace('{', '{"__proto__":{"polluted":1},')),
      fc.integer({ min: 1, max: 100_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        const result = parseTaughtSitesFile(text);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(typeof error.path).toBe('string');
          expect(error.message['zh-CN'].trim()).not.toBe('');
          expect(error.message.en.trim()).not.toBe('');
        }
      }),
      { seed: 5201, numRuns: 500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads back exactly the sites it exported', () => {
    fc.assert(
      fc.property(fc.array(site, { maxLength: 5 }), (sites) => {
        expect(parseTaughtSitesFile(exportTaughtSites(sites))).toEqual({ ok: true, sites });
      }),
      { seed: 5202, numRuns: 300 },
    );
  });

  it('merging keeps one site per origin, the imported one winning', () => {
    fc.assert(
      fc.property(fc.array(site, { maxLength: 6 }), fc.array(site, { maxLength: 6 }), (saved, imported) => {
        const merged = mergeTaughtSites(saved, imported);
        const origins = merged.map((s) => s.origin);
        expect(new Set(origins).size).toBe(origins.length);
        expect(new Set(origins)).toEqual(new Set([...saved, ...imported].map((s) => s.origin)));
        for (const s of merged) {
          const fromImport = imported.filter((i) => i.origin === s.origin).at(-1);
          if (fromImport) expect(s).toBe(fromImport);
        }
      }),
      { seed: 5203, numRuns: 300 },
    );
  });
});
