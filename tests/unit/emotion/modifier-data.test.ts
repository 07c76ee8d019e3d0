import { describe, expect, it } from 'vitest';
import en from '../../../src/emotion/en/modifiers.json';
import zh from '../../../src/emotion/zh/modifiers.json';

/** A term has one modifier role: the builder keeps the last list it reads, so a term in two lists loses one silently. */
const ROLE_LISTS = [
  'negators',
  'contrast',
  'inquiry',
  'retrospective',
  'wish',
  'intensifiers',
  'diminishers',
  'postIntensifiers',
] as const;

function termsOf(data: Record<string, unknown>, role: string): string[] {
  const list = data[role];
  if (Array.isArray(list)) return list as string[];
  return list && typeof list === 'object' ? Object.keys(list) : [];
}

describe.each([
  ['en', en],
  ['zh', zh],
])('shipped modifier data (%s)', (_lang, data) => {
  it('gives every term at most one modifier role', () => {
    const roleOf = new Map<string, string>();
    const clashes: string[] = [];
    for (const role of ROLE_LISTS) {
      for (const term of termsOf(data as Record<string, unknown>, role)) {
        const earlier = roleOf.get(term.toLowerCase());
        if (earlier && earlier !== role) clashes.push(`${term}: ${earlier} and ${role}`);
        roleOf.set(term.toLowerCase(), role);
      }
    }
    expect(clashes).toEqual([]);
  });
});
