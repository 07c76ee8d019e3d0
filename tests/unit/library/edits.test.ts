import { describe, expect, it } from 'vitest';
import {
  bulkEdit,
  duplicateEntry,
  freeId,
  moveEntry,
  removeEntries,
  summarizeChange,
  unhideEntries,
  upsertEntry,
} from '../../../src/library/edits';
import { defaultLibraryState, type LibraryState } from '../../../src/library/library-state';
import { type PhraseEntry, PhraseEntrySchema } from '../../../src/phrasebook/schema';

const entry = (id: string, extra: Partial<PhraseEntry> = {}): PhraseEntry =>
  PhraseEntrySchema.parse({
    id,
    step: 'solve',
    emotions: ['anxious'],
    intensity: { min: 'mild', max: 'severe' },
    text: { 'zh-CN': `${id} 中文`, en: `${id} text` },
    ...extra,
  });
const mineIds = (state: LibraryState) => state.mine.entries.map((e) => e.id);
const withThree = () => ['a', 'b', 'c'].reduce((state, id) => upsertEntry(state, entry(id)), defaultLibraryState());

describe('library edits', () => {
  it('replace an entry in place even when its id changes, and append new ones', () => {
    const state = upsertEntry(withThree(), entry('b2'), 'b');
    expect(mineIds(state)).toEqual(['a', 'b2', 'c']);
    expect(mineIds(upsertEntry(state, entry('d')))).toEqual(['a', 'b2', 'c', 'd']);
  });

  it('delete own entries, hide shipped ones, and show hidden ones again', () => {
    const state = removeEntries(withThree(), ['b', 'shipped-1'], new Set(['shipped-1']));
    expect(mineIds(state)).toEqual(['a', 'c']);
    expect(state.hidden).toEqual(['shipped-1']);
    expect(unhideEntries(state, ['shipped-1']).hidden).toEqual([]);
  });

  it('duplicate next to the original under a free id, and move entries up and down', () => {
    const { state, id } = duplicateEntry(withThree(), entry('a'), new Set(['a', 'b', 'c', 'a-copy']));
    expect(id).toBe('a-copy-2');
    expect(mineIds(state)).toEqual(['a', 'a-copy-2', 'b', 'c']);
    expect(mineIds(moveEntry(state, 'c', -1))).toEqual(['a', 'a-copy-2', 'c', 'b']);
    expect(mineIds(moveEntry(state, 'a', -1))).toEqual(mineIds(state));
    expect(freeId('x'.repeat(80), new Set())).toHaveLength(70);
  });

  it('bulk-edit tags and emotions, turning shipped entries into own edits and skipping what would become invalid', () => {
    const shipped = entry('ship-1', { tags: ['old'], emotions: ['angry'] });
    const result = bulkEdit(withThree(), [entry('a'), shipped, entry('b', { emotions: ['angry'] })], {
      addTags: ['vip'],
      removeTags: ['old'],
      addEmotions: [],
      removeEmotions: ['angry'],
    });
    expect(result.changed).toEqual(['a']);
    expect(result.skipped.map((s) => s.id)).toEqual(['ship-1', 'b']);
    expect(result.skipped[0]?.reason.en).toMatch(/without an emotion/);
    expect(result.state.mine.entries[0]?.tags).toEqual(['vip']);
    const added = bulkEdit(withThree(), [shipped], {
      addTags: [],
      removeTags: [],
      addEmotions: ['disappointed'],
      removeEmotions: [],
    });
    expect(mineIds(added.state)).toEqual(['a', 'b', 'c', 'ship-1']);
    expect(added.state.mine.entries[3]?.emotions).toEqual(['angry', 'disappointed']);
  });

  it('summarize a change for the history', () => {
    const before = withThree();
    const after = moveEntry(upsertEntry(removeEntries(before, ['a'], new Set()), entry('b', { tags: ['x'] })), 'c', -1);
    expect(summarizeChange(before, upsertEntry(after, entry('d')))).toMatchObject({
      added: ['d'],
      changed: ['b'],
      removed: ['a'],
      reordered: true,
    });
  });
});
