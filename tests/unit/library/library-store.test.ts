import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeEntries, resetToDefaults, upsertEntry } from '../../../src/library/edits';
import { historyItem, MAX_VERSIONS, readHistory, stateAt } from '../../../src/library/history';
import { defaultLibraryState, type LibraryState } from '../../../src/library/library-state';
import {
  describeChange,
  libraryItem,
  pruneHistory,
  readLibrary,
  saveLibrary,
} from '../../../src/library/library-store';
import { type PhraseEntry, PhraseEntrySchema } from '../../../src/phrasebook/schema';
import { fakeBrowser } from './fake-browser';

const entry = (id: string, en = `Text of ${id}`): PhraseEntry =>
  PhraseEntrySchema.parse({
    id,
    step: 'solve',
    emotions: ['anxious'],
    intensity: { min: 'mild', max: 'severe' },
    text: { 'zh-CN': `${id} 的中文`, en },
  });

async function save(state: LibraryState, action: Parameters<typeof saveLibrary>[0]['action'] = 'edit') {
  const { revision } = await readLibrary();
  const outcome = await saveLibrary({ baseRevision: revision, state, action });
  if (!outcome.ok) throw new Error(`save failed: ${outcome.reason}`);
  return outcome;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the library store', () => {
  it('starts from the defaults and keeps every save as a version with a summary', async () => {
    expect(await readLibrary()).toMatchObject({ revision: 0, state: defaultLibraryState() });
    const one = upsertEntry(defaultLibraryState(), entry('my-a'));
    await save(one, 'create');
    const two = upsertEntry(upsertEntry(one, entry('my-a', 'Edited')), entry('my-b'));
    const outcome = await save(two);
    expect(outcome.snapshot.revision).toBe(2);
    expect(outcome.change).toMatchObject({ added: ['my-b'], changed: ['my-a'], removed: [] });
    const history = await readHistory();
    expect(history.versions.map((v) => [v.revision, v.action])).toEqual([
      [0, 'initial'],
      [1, 'create'],
      [2, 'edit'],
    ]);
    const latest = history.versions[2];
    if (!latest) throw new Error('no version 2');
    expect(describeChange(latest.summary)).toEqual({
      'zh-CN': '新增 1，修改 1',
      en: 'added 1, changed 1',
    });
    expect(stateAt(history, 1)).toEqual({ ok: true, state: one });
    expect((await readLibrary()).state).toEqual(two);
  });

  it('refuses a save made on a revision another tab has already replaced', async () => {
    await save(upsertEntry(defaultLibraryState(), entry('my-a')));
    const stale = await saveLibrary({
      baseRevision: 0,
      state: upsertEntry(defaultLibraryState(), entry('my-b')),
      action: 'create',
    });
    expect(stale).toMatchObject({ ok: false, reason: 'stale', current: { revision: 1 } });
    expect((await readLibrary()).state.mine.entries.map((e) => e.id)).toEqual(['my-a']);
  });

  it('refuses an invalid phrasebook with located errors and stores nothing', async () => {
    const bad = upsertEntry(upsertEntry(defaultLibraryState(), entry('dup')), { ...entry('other'), id: 'dup' });
    const twice = { ...bad, mine: { ...bad.mine, entries: [entry('dup'), entry('dup')] } };
    const outcome = await saveLibrary({ baseRevision: 0, state: twice, action: 'create' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.reason !== 'invalid') throw new Error('expected invalid');
    expect(outcome.errors[0]).toMatchObject({ entryId: 'dup', path: 'id' });
    expect(await libraryItem.getValue()).toBeNull();
  });

  it('keeps the state before a reset as a version, so the reset can be undone', async () => {
    const mine = upsertEntry(
      removeEntries(defaultLibraryState(), ['ack-angry-wait-1'], new Set(['ack-angry-wait-1'])),
      entry('my-a'),
    );
    await save(mine);
    await save(resetToDefaults(), 'reset');
    const history = await readHistory();
    const before = history.versions.at(-2);
    expect(history.versions.at(-1)?.action).toBe('reset');
    expect(before && stateAt(history, before.revision)).toEqual({ ok: true, state: mine });
    expect(history.versions.at(-1)?.summary).toMatchObject({ removed: ['my-a'], unhidden: ['ack-angry-wait-1'] });
  });

  it('keeps the last 50 versions and stores an unchanged entry once across them', async () => {
    let state = defaultLibraryState();
    for (let i = 0; i < 40; i++) state = upsertEntry(state, entry(`bulk-${i}`));
    for (let i = 0; i < MAX_VERSIONS + 10; i++) {
      state = upsertEntry(state, entry('bulk-0', `edit ${i}`));
      await save(state);
    }
    const history = await readHistory();
    expect(history.versions).toHaveLength(MAX_VERSIONS);
    expect(history.versions.at(-1)?.revision).toBe(MAX_VERSIONS + 10);
    // 39 entries never change; "bulk-0" has one text per kept version.
    expect(Object.keys(history.blobs)).toHaveLength(39 + MAX_VERSIONS);
    await pruneHistory(5);
    expect((await readHistory()).versions.map((v) => v.revision)).toEqual([56, 57, 58, 59, 60]);
    expect(Object.keys((await readHistory()).blobs)).toHaveLength(39 + 5);
  });

  it('reports a full storage quota and leaves what was saved untouched', async () => {
    await save(upsertEntry(defaultLibraryState(), entry('my-a')));
    const before = await fakeBrowser.storage.local.get();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const outcome = await saveLibrary({
      baseRevision: 1,
      state: upsertEntry(defaultLibraryState(), entry('my-b')),
      action: 'create',
    });
    expect(outcome).toEqual({ ok: false, reason: 'storage-full' });
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });

  it('falls back to the newest readable version when the stored phrasebook is damaged, and says so', async () => {
    const good = upsertEntry(defaultLibraryState(), entry('my-a'));
    await save(good);
    const stored = (await libraryItem.getValue()) as { mine: { entries: unknown[] } };
    await fakeBrowser.storage.local.set({
      library: { ...stored, mine: { ...stored.mine, entries: [{ id: 'Broken!' }] } },
    });
    const read = await readLibrary();
    expect(read.state).toEqual(good);
    expect(read.damaged?.errors[0]).toMatchObject({ entryId: 'Broken!', path: 'id' });
  });

  it('ignores a history that fails validation instead of trusting it', async () => {
    await historyItem.setValue({ versions: [{ revision: 'x' }], blobs: {} } as never);
    expect((await readHistory()).versions).toEqual([]);
  });
});
