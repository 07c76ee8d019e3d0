import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Phrasebook } from '../../../src/phrasebook/schema';
import {
  MAX_ERRORS,
  MAX_JSON_DEPTH,
  type ParseResult,
  parsePhrasebook,
  replacePhrasebook,
} from '../../../src/phrasebook/validate';
import { miniPhrasebook } from '../phrasebook/fixtures/mini';

/** Hundreds of runs per property on a two-core machine that may be busy building: 5 s is too tight a hang guard. */
const PROPERTY_TIMEOUT = 30_000;

type Path = (string | number)[];
type Json = unknown;

const FILE = 'import.json';
const NESTING_MESSAGE = `nested more than ${MAX_JSON_DEPTH} levels deep; not a phrasebook`;
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'polluted'] as const;
const HTML_SNIPPETS = ['<b>hi</b>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '&#60;'];

function validMini(): Phrasebook {
  const parsed = parsePhrasebook(miniPhrasebook(), 'mini.json');
  if (!parsed.ok) throw new Error('the mini fixture should be a valid phrasebook');
  return parsed.phrasebook;
}

/** JSON nesting as JSON.parse sees it: a leaf is depth 0, each array or object around it adds one. */
function depthOf(value: Json): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce((max: number, child) => Math.max(max, depthOf(child)), 0);
}

function pathsOf(value: Json, at: Path = [], out: { path: Path; value: Json }[] = []): { path: Path; value: Json }[] {
  out.push({ path: at, value });
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      pathsOf(child, [...at, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> {
  let at = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  return at;
}

/** Sets an own property even for "__proto__", the way JSON.parse does. */
function setOwn(target: object, key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function nested(depth: number, leaf: Json, asObject: boolean): Json {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** The place an error names for a path: the entry (or avoid item) by id and the path inside it, or the path. */
function expectedLocation(book: Json, path: Path): { entryId?: string; path: string } {
  const format = (p: Path) =>
    p.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
  const [section, index] = path;
  if ((section === 'entries' || section === 'avoid') && typeof index === 'number') {
    const item = (book as Record<string, { id: string }[]>)[section]?.[index];
    if (item) return { entryId: item.id, path: format(path.slice(2)) };
  }
  return { path: format(path) };
}

function expectWellFormed(result: ParseResult, file: string): void {
  if (result.ok) {
    const again = parsePhrasebook(result.phrasebook, file);
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.phrasebook).toEqual(result.phrasebook);
    return;
  }
  expect(result).not.toHaveProperty('phrasebook');
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(MAX_ERRORS + 1);
  for (const error of result.errors) {
    expect(error.file).toBe(file);
    expect(typeof error.path).toBe('string');
    expect(error.message['zh-CN'].trim()).not.toBe('');
    expect(error.message.en.trim()).not.toBe('');
    if (error.entryId !== undefined) expect(['entries', 'avoid']).toContain(error.section);
    if (error.line !== undefined) {
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.column).toBeGreaterThanOrEqual(1);
    }
  }
}

const hasNestingError = (result: ParseResult) =>
  !result.ok && result.errors.some((e) => e.message.en === NESTING_MESSAGE);

/** One edit of a phrasebook's JSON tree; `pick` chooses the node among those the edit applies to. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', ' ', 'x'.repeat(600), '{Customer}', '{eta', 'Angry', -1, 1.5, null, true, [], {}),
    ),
  }),
  fc.record({ op: fc.constant('addKey' as const), pick: fc.nat(), key: fc.constantFrom(...HOSTILE_KEYS, 'extra') }),
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('html' as const), pick: fc.nat(), snippet: fc.constantFrom(...HTML_SNIPPETS) }),
  fc.record({
    op: fc.constant('nest' as const),
    pick: fc.nat(),
    depth: fc.integer({ min: 1, max: 60 }),
    asObject: fc.boolean(),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(root: Json, m: Mutation): void {
  const nodes = pathsOf(root).filter(({ path }) => path.length > 0);
  const choose = <T>(list: T[]) => list[m.pick % list.length];
  const isObject = (v: Json) => v !== null && typeof v === 'object' && !Array.isArray(v);
  switch (m.op) {
    case 'delete': {
      const node = choose(nodes);
      if (!node) return;
      const parent = parentOf(root, node.path);
      const key = node.path[node.path.length - 1] as string | number;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return;
    }
    case 'replace':
    case 'nest': {
      const node = choose(nodes);
      if (!node) return;
      const value = m.op === 'replace' ? structuredClone(m.value) : nested(m.depth, 'x', m.asObject);
      setOwn(parentOf(root, node.path), node.path[node.path.length - 1] as string | number, value);
      return;
    }
    case 'addKey': {
      const node = choose(pathsOf(root).filter(({ value }) => isObject(value)));
      if (node) setOwn(node.value as object, m.key, { polluted: 'yes' });
      return;
    }
    case 'duplicate': {
      const node = choose(nodes.filter(({ value }) => Array.isArray(value) && value.length > 0));
      if (node) (node.value as Json[]).push(structuredClone((node.value as Json[])[0]));
      return;
    }
    case 'html': {
      const node = choose(nodes.filter(({ value }) => typeof value === 'string'));
      if (node)
        setOwn(
          parentOf(root, node.path),
          node.path[node.path.length - 1] as string | number,
          `${node.value}${m.snippet}`,
        );
      return;
    }
  }
}

afterAll(() => {
  for (const key of ['polluted', 'isAdmin', 'a']) expect(Object.hasOwn(Object.prototype, key)).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('parsePhrasebook on any input', { timeout: PROPERTY_TIMEOUT }, () => {
  it('gives a phrasebook that re-validates, or located errors, for any string', () => {
    const jsonSoup = fc
      .array(
        fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          ':',
          ',',
          '"',
          '\\',
          '"schemaVersion"',
          '1',
          '2',
          '"entries"',
          '"__proto__"',
          'null',
          'true',
          '1e999',
          '-0',
          '"\\ud800"',
          '"\\u0000"',
          '\ufeff',
          ' ',
          '\n',
        ),
        { maxLength: 60 },
      )
      .map((tokens) => tokens.join(''));
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.oneof(jsonSoup, fc.string({ unit: anyUnit, maxLength: 200 }), fc.string()), (text) => {
        expectWellFormed(parsePhrasebook(text, FILE), FILE);
      }),
      { seed: 3101, numRuns: 2000 },
    );
  });

  it('gives a phrasebook that re-validates, or located errors, for any JSON value or JavaScript value', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 6 }),
      fc.anything({
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withDate: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        withObjectString: true,
      }),
    );
    fc.assert(
      fc.property(value, (v) => {
        expectWellFormed(parsePhrasebook(v, FILE), FILE);
        const text = JSON.stringify(v);
        if (text !== undefined) expectWellFormed(parsePhrasebook(text, FILE), FILE);
      }),
      { seed: 3102, numRuns: 600 },
    );
  });

  it('refuses nesting beyond the cap, and only that, for edited copies of a valid phrasebook', () => {
    const outcomes = { valid: 0, tooDeep: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.constantFrom(0, 2), (mutations, indent) => {
        const book = miniPhrasebook();
        for (const m of mutations) mutate(book, m);
        const text = JSON.stringify(book, null, indent);
        const fromText = parsePhrasebook(text, FILE);
        expectWellFormed(fromText, FILE);
        expect(hasNestingError(fromText)).toBe(depthOf(book) > MAX_JSON_DEPTH);
        if (hasNestingError(fromText) && !fromText.ok) expect(fromText.errors).toHaveLength(1);
        expectWellFormed(parsePhrasebook(book, FILE), FILE);
        outcomes[fromText.ok ? 'valid' : hasNestingError(fromText) ? 'tooDeep' : 'invalid']++;
      }),
      { seed: 3103, numRuns: 1500 },
    );
    // The edits reach all three outcomes, so the property above was exercised on each.
    expect(Math.min(outcomes.valid, outcomes.tooDeep, outcomes.invalid)).toBeGreaterThan(20);
  });

  it('names an unknown field, such as __proto__, at the object it was added to', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...HOSTILE_KEYS), (pick, key) => {
        const book = miniPhrasebook();
        const objects = pathsOf(book).filter(
          ({ value }) => value !== null && typeof value === 'object' && !Array.isArray(value),
        );
        const target = objects[pick % objects.length] as { path: Path; value: object };
        setOwn(target.value, key, { polluted: 'yes' });
        const result = parsePhrasebook(JSON.stringify(book), FILE);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const error = result.errors.find((e) => e.message.en === `unknown field "${key}"`);
        expect(error).toMatchObject(expectedLocation(book, target.path));
      }),
      { seed: 3104, numRuns: 300 },
    );
  });

  it('reports a duplicated entry or avoid item by its id at the copy', () => {
    fc.assert(
      fc.property(fc.constantFrom('entries', 'avoid'), fc.nat(), (section, pick) => {
        const book = miniPhrasebook();
        const items = book[section] as { id: string }[];
        const original = items[pick % items.length] as { id: string };
        items.push(structuredClone(original));
        const result = parsePhrasebook(JSON.stringify(book), FILE);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const duplicate = result.errors.find((e) => e.message.en.startsWith(`duplicate id "${original.id}"`));
        expect(duplicate).toMatchObject({ entryId: original.id, section, path: 'id' });
      }),
      { seed: 3105, numRuns: 100 },
    );
  });

  it('refuses HTML in any phrase, tag or name, at the place it was written', () => {
    const isText = (path: Path) =>
      ['zh-CN', 'en'].includes(String(path.at(-1))) || ['tags', 'zh-CN', 'en'].includes(String(path.at(-2)));
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...HTML_SNIPPETS), fc.boolean(), (pick, snippet, before) => {
        const book = miniPhrasebook();
        const texts = pathsOf(book).filter(({ path, value }) => typeof value === 'string' && isText(path));
        const target = texts[pick % texts.length] as { path: Path; value: string };
        const edited = before ? `${snippet} ${target.value}` : `${target.value} ${snippet}`;
        setOwn(parentOf(book, target.path), target.path.at(-1) as string | number, edited);
        const result = parsePhrasebook(JSON.stringify(book), FILE);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const error = result.errors.find((e) => e.message.en.includes('contains HTML'));
        expect(error).toMatchObject(expectedLocation(book, target.path));
      }),
      { seed: 3106, numRuns: 300 },
    );
  });
});

describe('replacePhrasebook with a hostile candidate', { timeout: PROPERTY_TIMEOUT }, () => {
  const candidates = fc.oneof(
    fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
      const book = miniPhrasebook();
      for (const m of mutations) mutate(book, m);
      return JSON.stringify(book);
    }),
    fc.stringMatching(/^[a-z][a-z ]{0,10}$/).map((name) => {
      const book = miniPhrasebook();
      book.name.en = name;
      return JSON.stringify(book);
    }),
    fc.jsonValue({ maxDepth: 4 }),
    fc.string(),
    fc
      .constantFrom(...HOSTILE_KEYS)
      .map((key) => JSON.stringify(miniPhrasebook()).replace('{', `{"${key}":{"polluted":1},`)),
  );

  it('keeps the current phrasebook, the very same object, unchanged when the candidate is invalid', () => {
    const current = validMini();
    const snapshot = structuredClone(current);
    let replaced = 0;
    fc.assert(
      fc.property(candidates, (candidate) => {
        const result = replacePhrasebook(current, candidate, FILE);
        if (result.replaced) replaced++;
        if (!result.replaced) {
          expect(result.phrasebook).toBe(current);
          expect(result.errors.length).toBeGreaterThan(0);
        } else {
          expect(result.errors).toEqual([]);
          expectWellFormed({ ok: true, phrasebook: result.phrasebook }, FILE);
        }
        expect(current).toEqual(snapshot);
      }),
      { seed: 3201, numRuns: 800 },
    );
    expect(replaced).toBeGreaterThan(20);
  });

  it('keeps the current phrasebook when handed a 20 MB file', () => {
    const current = validMini();
    const snapshot = structuredClone(current);
    const huge = JSON.stringify(miniPhrasebook()).replace('{', `{"pad":"${'x'.repeat(20 * 1024 * 1024)}",`);
    const result = replacePhrasebook(current, huge, FILE);
    expect(result.replaced).toBe(false);
    expect(result.phrasebook).toBe(current);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message.en).toMatch(/^file too large/);
    expect(current).toEqual(snapshot);
  });
});
