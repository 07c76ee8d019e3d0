/**
 * Pieces of CSS selectors that describe an element robustly: stable attributes first, then class names that a
 * person wrote, never the hashed class names CSS-in-JS and CSS modules generate (they change with every deploy).
 */

export type TokenKind = 'data' | 'aria' | 'semantic-class' | 'class' | 'child-class';

export interface SelectorToken {
  selector: string;
  kind: TokenKind;
}

/** Earlier kinds survive redesigns better, so they are preferred when several tell two elements apart. */
export const TOKEN_PRIORITY: readonly TokenKind[] = ['data', 'aria', 'semantic-class', 'class', 'child-class'];

const HASHED_CLASS = [
  /^(css|sc|jsx|emotion|styled|svelte|astro)-/i,
  // CSS modules: name_x7Fk2, name__3kd9s. A hash holds a digit or a capital; BEM words (message--incoming) do not.
  /[_-](?=[a-z]*[A-Z0-9])[a-zA-Z0-9]{5,}$/,
  /\d{3,}/,
  /^[a-zA-Z]{1,3}[A-Z0-9][a-zA-Z0-9]{3,}$/, // short random mixes such as kXyZ12
  /[:[\]/]/, // utility classes with variants (md:flex, w-[40%]) differ per breakpoint and theme
];

const SEMANTIC_WORDS =
  /(customer|client|visitor|guest|user|contact|incoming|inbound|received|left|them|other|agent|operator|staff|support|outgoing|outbound|sent|right|self|own|mine|me)\b/i;

/** Attribute values that look like per-message ids carry no role information. */
const ID_LIKE_VALUE = /^[0-9a-f-]{8,}$|^\d+$|\d{4,}/i;
const MAX_VALUE_LENGTH = 40;

export function isStableClass(name: string): boolean {
  return name.length > 1 && !HASHED_CLASS.some((pattern) => pattern.test(name));
}

/** CSS.escape for identifiers, written out so the picker's logic also runs in Node tests without a CSS global. */
export function escapeIdent(name: string): string {
  const escaped = name.replace(/[^a-zA-Z0-9_\u00a0-\uffff-]/g, (ch) => `\\${ch}`);
  // An identifier may not start with a digit (or a hyphen and a digit): those need a code-point escape.
  return escaped.replace(/^(-?)(\d)/, (_whole, hyphen: string, digit: string) => `${hyphen}\\3${digit} `);
}

/** A raw line break ends a CSS string, and browsers then refuse the whole selector: it is written as a hex escape. */
const cssString = (value: string) =>
  `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

function attributeTokens(el: Element): SelectorToken[] {
  const tokens: SelectorToken[] = [];
  for (const { name, value } of Array.from(el.attributes)) {
    const isData = name.startsWith('data-') && name !== 'data-reactid';
    const isAria = name === 'role' || name === 'aria-roledescription';
    if (!isData && !isAria) continue;
    const kind: TokenKind = isData ? 'data' : 'aria';
    // HTML allows attribute names a selector does not ("data-a.b", "data-x:y"): written unescaped, the selector is invalid.
    const attribute = escapeIdent(name);
    if (value && value.length <= MAX_VALUE_LENGTH && !ID_LIKE_VALUE.test(value)) {
      tokens.push({ selector: `[${attribute}=${cssString(value)}]`, kind });
    } else {
      tokens.push({ selector: `[${attribute}]`, kind });
    }
  }
  return tokens;
}

function classTokens(el: Element): SelectorToken[] {
  return Array.from(el.classList)
    .filter(isStableClass)
    .map((name) => ({
      selector: `.${escapeIdent(name)}`,
      kind: SEMANTIC_WORDS.test(name.replace(/[-_]/g, ' ')) ? 'semantic-class' : 'class',
    }));
}

/** A message's role often shows only on a child (an avatar, a bubble class), so direct children count too. */
function childTokens(el: Element): SelectorToken[] {
  const tokens: SelectorToken[] = [];
  for (const child of Array.from(el.children)) {
    for (const name of Array.from(child.classList).filter(isStableClass)) {
      tokens.push({ selector: `:has(> .${escapeIdent(name)})`, kind: 'child-class' });
    }
  }
  return tokens;
}

export function tokensOf(el: Element): SelectorToken[] {
  const all = [...attributeTokens(el), ...classTokens(el), ...childTokens(el)];
  const seen = new Set<string>();
  return all.filter((t) => !seen.has(t.selector) && seen.add(t.selector));
}

export function byPriority(a: SelectorToken, b: SelectorToken): number {
  return TOKEN_PRIORITY.indexOf(a.kind) - TOKEN_PRIORITY.indexOf(b.kind) || a.selector.localeCompare(b.selector);
}
