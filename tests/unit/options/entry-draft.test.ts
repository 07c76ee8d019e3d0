import { describe, expect, it } from 'vitest';
import { blankDraft, draftFromEntry, mergeDrafts, validateDraft } from '../../../src/options/entry-draft';
import { type PhraseEntry, PhraseEntrySchema } from '../../../src/phrasebook/schema';

const NO_IDS = { mine: new Set<string>(), team: new Set<string>(), shipped: new Set<string>(), original: null };
const entry: PhraseEntry = PhraseEntrySchema.parse({
  id: 'my-1',
  step: 'solve',
  emotions: ['anxious'],
  intensity: { min: 'mild', max: 'severe' },
  tags: ['wait'],
  text: { 'zh-CN': '马上处理。', en: 'On it now.' },
});

describe('the entry form', () => {
  it('turns a valid draft into an entry, tags split on Chinese and Latin commas', () => {
    const draft = { ...draftFromEntry(entry), tags: 'wait， 供暖、vip,' };
    expect(validateDraft(draft, NO_IDS)).toEqual({ entry: { ...entry, tags: ['wait', '供暖', 'vip'] }, errors: [] });
  });

  it('locates each problem at its field, in both languages', () => {
    const draft = { ...blankDraft('Bad Id'), emotions: [], min: 'severe' as const, max: 'mild' as const };
    draft.text = { 'zh-CN': '{eta}前回复', en: '' };
    const { entry: result, errors } = validateDraft(draft, NO_IDS);
    expect(result).toBeNull();
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));
    expect(Object.keys(byField).sort()).toEqual(['emotions', 'id', 'intensity.min', 'text', 'text.en']);
    expect(byField['text.en']).toEqual({ 'zh-CN': '文本为空', en: 'text is empty' });
    expect(byField['intensity.min']?.en).toBe('intensity min "severe" is above max "mild"');
  });

  it('refuses an id taken by another own entry, a team entry or a shipped phrase, but keeps the original id', () => {
    const rules = {
      mine: new Set(['mine-2']),
      team: new Set(['team-1']),
      shipped: new Set(['ack-1']),
      original: 'ack-1',
    };
    const idError = (id: string) =>
      validateDraft({ ...draftFromEntry(entry), id }, rules).errors.find((e) => e.field === 'id')?.message.en;
    expect(idError('mine-2')).toBe('another of your entries already uses this id');
    expect(idError('team-1')).toBe('a team entry uses this id (team entries are read-only)');
    expect(idError('ack-1')).toBeUndefined();
    expect(
      validateDraft({ ...draftFromEntry(entry), id: 'ack-1' }, { ...rules, original: null }).errors[0]?.message.en,
    ).toMatch(/shipped phrase uses this id/);
  });

  it('merges another tab’s save into the form field by field, listing fields both changed', () => {
    const base = draftFromEntry(entry);
    const ours = { ...base, tags: 'wait, vip', text: { ...base.text, en: 'Ours.' } };
    const theirs = { ...base, stage: 'closing' as const, text: { ...base.text, en: 'Theirs.' } };
    const { merged, conflicts } = mergeDrafts(base, ours, theirs);
    expect(merged).toEqual({ ...base, tags: 'wait, vip', stage: 'closing', text: { ...base.text, en: 'Ours.' } });
    expect(conflicts).toEqual(['text']);
  });
});
