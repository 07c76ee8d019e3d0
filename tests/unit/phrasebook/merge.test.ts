import { describe, expect, it } from 'vitest';
import { phrasebookToCsv, readPhrasebookCsv } from '../../../src/phrasebook/csv';
import { readPhrasebookJson } from '../../../src/phrasebook/json-items';
import {
  applyMerge,
  defaultAccepted,
  type IncomingItems,
  type MergeContext,
  previewMerge,
  syncBaseOf,
} from '../../../src/phrasebook/merge';
import type { Phrasebook, PhraseEntry } from '../../../src/phrasebook/schema';
import { parsePhrasebook } from '../../../src/phrasebook/validate';
import { miniPhrasebook } from './fixtures/mini';

function mini(): Phrasebook {
  const result = parsePhrasebook(miniPhrasebook(), 'mini.json');
  if (!result.ok) throw new Error('fixture invalid');
  return result.phrasebook;
}

const NO_CONTEXT: MergeContext = { base: {}, readOnlyIds: new Set(), shippedIds: new Set() };
const items = (book: Pick<Phrasebook, 'entries' | 'avoid'>): IncomingItems => ({
  entries: book.entries,
  avoid: book.avoid,
  invalid: [],
  notices: [],
});
const withText = (entry: PhraseEntry, en: string): PhraseEntry => ({ ...entry, text: { ...entry.text, en } });
const statusOf = (preview: ReturnType<typeof previewMerge>) =>
  Object.fromEntries(preview.rows.map((row) => [row.key, row.status]));

describe('import preview', () => {
  it('sorts incoming entries into new, changed, conflicting, unchanged and only-here, using the last export as base', () => {
    const exported = mini();
    const base = syncBaseOf(exported);
    const [ack, exp, bound, close] = exported.entries as [PhraseEntry, PhraseEntry, PhraseEntry, PhraseEntry];
    // Here: the lead edits "bound" and "close" after exporting. In the file: a colleague edits "ack" and "bound",
    // leaves "close" as exported, removes "exp" and adds a new entry.
    const here = {
      ...exported,
      entries: [ack, exp, withText(bound, 'Edited here.'), withText(close, 'Edited here too.')],
    };
    const added: PhraseEntry = { ...ack, id: 'new-1', text: { 'zh-CN': '新的', en: 'New' } };
    const file = {
      entries: [withText(ack, 'Edited in the file.'), withText(bound, 'Edited in the file.'), close, added],
      avoid: exported.avoid,
    };
    const preview = previewMerge(here, items(file), { ...NO_CONTEXT, base });
    expect(statusOf(preview)).toEqual({
      'entries:ack-angry-1': 'changed',
      'entries:bound-abusive-1': 'conflicting',
      'entries:close-positive-1': 'conflicting',
      'entries:new-1': 'new',
      'entries:exp-anxious-1': 'only-here',
      'avoid:avoid-calm-down': 'unchanged',
    });
    const byKey = Object.fromEntries(preview.rows.map((row) => [row.key, row]));
    expect(byKey['entries:ack-angry-1']?.fields).toEqual(['text']);
    expect(byKey['entries:bound-abusive-1']?.note?.en).toBe(
      'changed both here and in the file since the last export or import',
    );
    expect(byKey['entries:close-positive-1']?.note?.en).toBe(
      'the file has the version from before your last change here',
    );
    expect([...defaultAccepted(preview)].sort()).toEqual(['entries:ack-angry-1', 'entries:new-1']);
  });

  it('calls a differing entry conflicting when there is no record of an earlier export', () => {
    const here = mini();
    const [first] = here.entries as [PhraseEntry];
    const preview = previewMerge(here, items({ entries: [withText(first, 'Other')], avoid: [] }), NO_CONTEXT);
    expect(preview.rows[0]).toMatchObject({ status: 'conflicting', acceptByDefault: false });
    expect(preview.rows[0]?.note?.en).toMatch(/which is newer is unknown/);
  });

  it('refuses entries that would take over a read-only team entry, and marks ones that replace a shipped phrase', () => {
    const [first, second] = mini().entries as [PhraseEntry, PhraseEntry];
    const preview = previewMerge({ entries: [], avoid: [] }, items({ entries: [first, second], avoid: [] }), {
      base: {},
      readOnlyIds: new Set([first.id]),
      shippedIds: new Set([second.id]),
    });
    expect(preview.rows.map((row) => row.id)).toEqual([second.id]);
    expect(preview.rows[0]?.note?.en).toBe('replaces the shipped phrase with this id');
    expect(preview.invalid[0]).toMatchObject({ id: first.id });
    expect(preview.invalid[0]?.reasons[0]?.en).toMatch(/team entries are read-only/);
  });

  it('applies only what the lead accepts, keeping the order of the phrasebook and appending new entries', () => {
    const here = mini();
    const [ack, exp] = here.entries as [PhraseEntry, PhraseEntry];
    const added: PhraseEntry = { ...ack, id: 'new-1' };
    const file = { entries: [added, withText(exp, 'Changed'), withText(ack, 'Also changed')], avoid: [] };
    const preview = previewMerge(here, items(file), NO_CONTEXT);
    const merged = applyMerge(
      here,
      preview,
      new Set(['entries:new-1', 'entries:exp-anxious-1', 'entries:close-positive-1']),
    );
    expect(merged.entries.map((e) => e.id)).toEqual(['ack-angry-1', 'exp-anxious-1', 'bound-abusive-1', 'new-1']);
    expect(merged.entries[0]).toEqual(ack);
    expect(merged.entries[1]?.text.en).toBe('Changed');
    expect(merged.avoid).toEqual(here.avoid);
  });

  it('reproduces an exported phrasebook exactly when everything is accepted, from CSV and from JSON', () => {
    const exported = mini();
    const edited = {
      ...exported,
      entries: [
        withText(exported.entries[1] as PhraseEntry, 'x'),
        { ...(exported.entries[0] as PhraseEntry), id: 'extra' },
      ],
    };
    for (const incoming of [
      readPhrasebookCsv(phrasebookToCsv(exported)),
      readPhrasebookJson(JSON.stringify(exported), 'x.json'),
    ]) {
      const preview = previewMerge(edited, incoming, { ...NO_CONTEXT, base: syncBaseOf(exported) });
      const merged = applyMerge(edited, preview, new Set(preview.rows.map((row) => row.key)));
      expect(new Set(merged.entries.map((e) => e.id))).toEqual(new Set(exported.entries.map((e) => e.id)));
      const intoEmpty = applyMerge(
        { ...exported, entries: [], avoid: [] },
        previewMerge({ entries: [], avoid: [] }, incoming, NO_CONTEXT),
        new Set(preview.rows.map((row) => row.key)),
      );
      expect(intoEmpty).toEqual(exported);
    }
  });
});

describe('JSON import items', () => {
  it('keeps the valid entries of a partly broken file and lists the bad ones with located reasons', () => {
    const raw = miniPhrasebook();
    raw.entries[1].emotions = ['furious'];
    raw.entries[2].text.en = '<b>bold</b>';
    raw.entries.push({ ...raw.entries[0] });
    raw.name = 'not localized';
    const result = readPhrasebookJson(JSON.stringify(raw), 'team.json');
    expect(result.entries.map((e) => e.id)).toEqual(['ack-angry-1', 'close-positive-1']);
    expect(result.invalid.map((item) => item.id)).toEqual(['exp-anxious-1', 'bound-abusive-1', 'ack-angry-1']);
    expect(result.invalid[0]?.reasons[0]?.en).toMatch(/^emotions\[0\]: unknown emotion "furious"/);
    expect(result.invalid[1]?.reasons[0]?.en).toMatch(/^text\.en: contains HTML/);
    expect(result.invalid[2]?.reasons[0]?.en).toBe('duplicate id (already used by entries[0])');
    expect(result.notices[0]?.en).toMatch(/^name/);
  });

  it('gives one located notice for a file that is not JSON, and nothing to merge', () => {
    const result = readPhrasebookJson('{"schemaVersion": 1,\n  "entries": [', 'x.json');
    expect(result.entries).toEqual([]);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]?.en).toMatch(/^not valid JSON at line 2/);
  });
});

describe('an import that could not be read in part or in whole', () => {
  it('never offers to delete an entry the file has but could not read, nor anything when nothing could be read', async () => {
    const { previewMerge } = await import('../../../src/phrasebook/merge');
    const { SHIPPED_PHRASEBOOKS } = await import('../../../src/phrasebook/shipped');
    const book = SHIPPED_PHRASEBOOKS[0];
    if (!book) throw new Error('no shipped phrasebook');
    const mine = { ...book, id: 'mine', kind: 'mine' as const, entries: book.entries.slice(0, 3), avoid: [] };
    const [a, b, c] = mine.entries;
    if (!a || !b || !c) throw new Error('the default phrasebook has fewer than three entries');
    const context = { base: {}, readOnlyIds: new Set<string>(), shippedIds: new Set<string>() };
    const reason = { 'zh-CN': '步骤无效', en: 'unknown step' };
    const partly = previewMerge(
      mine,
      { entries: [a, b], avoid: [], invalid: [{ where: reason, id: c.id, reasons: [reason] }], notices: [] },
      context,
    );
    expect(partly.rows.filter((r) => r.status === 'only-here').map((r) => r.id)).toEqual([]);
    const nothing = previewMerge(
      mine,
      { entries: [], avoid: [], invalid: [{ where: reason, reasons: [reason] }], notices: [] },
      context,
    );
    expect(nothing.rows.filter((r) => r.status === 'only-here')).toEqual([]);
  });
});
