import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDUSTRY_IDS, LOCALES, type Phrasebook } from '../../../src/phrasebook/schema';
import { INDUSTRIES, SHIPPED_PHRASEBOOK_ERRORS, SHIPPED_PHRASEBOOKS } from '../../../src/phrasebook/shipped';
import { findIdsSharedAcross, formatPhrasebookError, parsePhrasebook } from '../../../src/phrasebook/validate';

const ROOT = join(import.meta.dirname, '../../../phrasebook');
const MIN_DEFAULT_ENTRIES = 120;
const MIN_PACK_ENTRIES = 25;

/** Every JSON file on disk, so a file added without being wired into shipped.ts is still validated. */
const files = [
  'default.json',
  ...readdirSync(join(ROOT, 'packs'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `packs/${name}`),
];

const parsed = files.map((file) => ({ file, result: parsePhrasebook(readFileSync(join(ROOT, file), 'utf8'), file) }));
const valid = parsed.flatMap(({ file, result }) => (result.ok ? [{ file, phrasebook: result.phrasebook }] : []));

describe('shipped phrasebooks', () => {
  it.each(parsed)('$file passes validation', ({ result }) => {
    const lines = result.ok ? [] : result.errors.map((error) => formatPhrasebookError(error, 'en'));
    expect(lines).toEqual([]);
  });

  it('ship one pack per industry, each named for its industry', () => {
    expect(files).toEqual(['default.json', ...[...INDUSTRY_IDS].sort().map((id) => `packs/${id}.json`)]);
    for (const { file, phrasebook } of valid) {
      if (file === 'default.json') expect(phrasebook).toMatchObject({ id: 'default', kind: 'default' });
      else expect(phrasebook).toMatchObject({ kind: 'pack', industry: phrasebook.id, id: file.slice(6, -5) });
    }
  });

  it('have at least 120 default entries and 25 per pack', () => {
    for (const { file, phrasebook } of valid) {
      const minimum = file === 'default.json' ? MIN_DEFAULT_ENTRIES : MIN_PACK_ENTRIES;
      expect(phrasebook.entries.length, file).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('give every entry text in both locales', () => {
    for (const { phrasebook } of valid) {
      for (const entry of phrasebook.entries) {
        for (const locale of LOCALES) expect(entry.text[locale].trim(), `${entry.id} ${locale}`).not.toBe('');
      }
    }
  });

  it('use ids that are unique across all shipped files', () => {
    expect(findIdsSharedAcross(valid).map((error) => formatPhrasebookError(error, 'en'))).toEqual([]);
  });

  it('cover every step in the default phrasebook and every emotion', () => {
    const defaultBook = valid.find(({ file }) => file === 'default.json')?.phrasebook as Phrasebook;
    const steps = new Set(defaultBook.entries.map((entry) => entry.step));
    const emotions = new Set(defaultBook.entries.flatMap((entry) => entry.emotions));
    expect(steps.size).toBe(10);
    expect(emotions.size).toBe(5);
    expect(defaultBook.avoid.length).toBeGreaterThan(0);
  });

  it('are all bundled by shipped.ts, parsed without errors', () => {
    expect(SHIPPED_PHRASEBOOK_ERRORS.map((error) => formatPhrasebookError(error, 'en'))).toEqual([]);
    expect(SHIPPED_PHRASEBOOKS.map((book) => book.id).sort()).toEqual(
      valid.map(({ phrasebook }) => phrasebook.id).sort(),
    );
  });

  it('name every industry in both locales', () => {
    expect(INDUSTRIES.map((industry) => industry.id)).toEqual([...INDUSTRY_IDS]);
    for (const { name } of INDUSTRIES) for (const locale of LOCALES) expect(name[locale]).not.toBe('');
  });
});
