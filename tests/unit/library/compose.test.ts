import { describe, expect, it } from 'vitest';
import { asTeamBook, catalogue, composeActive, teamBooks } from '../../../src/library/compose';
import { removeEntries, upsertEntry } from '../../../src/library/edits';
import { defaultLibraryState, emptyMine } from '../../../src/library/library-state';
import { type Phrasebook, type PhraseEntry, PhraseEntrySchema } from '../../../src/phrasebook/schema';

const entry = (id: string, en = `Text ${id}`): PhraseEntry =>
  PhraseEntrySchema.parse({
    id,
    step: 'acknowledge',
    emotions: ['angry'],
    intensity: { min: 'mild', max: 'severe' },
    text: { 'zh-CN': `文本 ${id}`, en },
  });

const book = (
  id: string,
  kind: Phrasebook['kind'],
  entries: PhraseEntry[],
  industry?: Phrasebook['industry'],
): Phrasebook => ({
  ...emptyMine(),
  id,
  kind,
  entries,
  ...(industry ? { industry } : {}),
});

const shipped = [
  book('default', 'default', [entry('d-1'), entry('d-2'), entry('d-3')]),
  book('heating', 'pack', [entry('heat-1')], 'heating'),
];
const ids = (books: Phrasebook[]) => books.map((b) => [b.id, b.kind, b.entries.map((e) => e.id)]);

describe('composing the active phrasebooks', () => {
  it('puts own entries on top, lets edits replace shipped phrases and leaves hidden ones out', () => {
    let state = upsertEntry(defaultLibraryState(), entry('d-1', 'My edit'));
    state = upsertEntry(state, entry('my-1'));
    state = removeEntries(state, ['d-2'], new Set(['d-2']));
    expect(ids(composeActive(state, shipped, []))).toEqual([
      ['default', 'default', ['d-3']],
      ['heating', 'pack', ['heat-1']],
      ['mine', 'mine', ['d-1', 'my-1']],
    ]);
  });

  it('keeps team entries read-only: an own entry with a team id is left out, a team entry replaces a shipped one', () => {
    const team = teamBooks({ phrasebook: book('x', 'mine', [entry('d-3'), entry('t-1')]) }, null);
    const state = upsertEntry(upsertEntry(defaultLibraryState(), entry('t-1', 'Agent rewrite')), entry('my-1'));
    expect(ids(composeActive(state, shipped, team))).toEqual([
      ['default', 'default', ['d-1', 'd-2']],
      ['heating', 'pack', ['heat-1']],
      ['team-policy', 'team', ['d-3', 't-1']],
      ['mine', 'mine', ['my-1']],
    ]);
    const rows = catalogue(state, shipped, team);
    expect(rows.find((r) => r.entry.id === 't-1' && r.source === 'mine')?.shadowedByTeam).toBe(true);
    expect(rows.filter((r) => r.source === 'team').every((r) => r.readOnly)).toBe(true);
  });

  it('lists policy entries before the URL copy, without ids the policy already has', () => {
    const team = teamBooks(
      { phrasebook: book('p', 'team', [entry('t-1')]) },
      { phrasebook: book('u', 'pack', [entry('t-1', 'URL version'), entry('t-2')], 'telecom') },
    );
    expect(ids(team)).toEqual([
      ['team-policy', 'team', ['t-1']],
      ['team', 'team', ['t-2']],
    ]);
    expect(team[1]?.industry).toBeUndefined();
    expect(asTeamBook(book('u', 'pack', [], 'telecom'), 'team')).not.toHaveProperty('industry');
  });

  it('lists every entry once in the editor catalogue, with its source and state', () => {
    let state = upsertEntry(defaultLibraryState(), entry('heat-1', 'My heating edit'));
    state = removeEntries(state, ['d-2'], new Set(['d-2']));
    const rows = catalogue(state, shipped, []);
    expect(rows.map((r) => [r.entry.id, r.source, r.replaces ?? '', r.hidden])).toEqual([
      ['heat-1', 'mine', 'pack', false],
      ['d-1', 'default', '', false],
      ['d-2', 'default', '', true],
      ['d-3', 'default', '', false],
    ]);
  });
});
