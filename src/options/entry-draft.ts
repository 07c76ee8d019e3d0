import type { Emotion, Flag, Intensity } from '../emotion/types';
import { canonicalJson } from '../phrasebook/content-hash';
import { issueMessage } from '../phrasebook/errors';
import { type Bilingual, type PhraseEntry, PhraseEntrySchema, type Stage, type Step } from '../phrasebook/schema';

type Pair = { 'zh-CN': string; en: string };

/** The editor form's state: every field as the lead typed it, valid or not. */
export interface EntryDraft {
  id: string;
  step: Step;
  emotions: Emotion[];
  min: Intensity;
  max: Intensity;
  flags: Flag[];
  stage: Stage;
  /** Comma-separated, as typed. */
  tags: string;
  text: Pair;
  nextSteps: Pair[];
  note: Pair;
}

/** Where a problem is in the form: "id", "text.en", "nextSteps.1.zh-CN", "intensity.min"… */
export interface FieldError {
  field: string;
  message: Bilingual;
}

const TAG_SEPARATORS = /[,，、]/;

export function draftFromEntry(entry: PhraseEntry): EntryDraft {
  return {
    id: entry.id,
    step: entry.step,
    emotions: [...entry.emotions],
    min: entry.intensity.min,
    max: entry.intensity.max,
    flags: [...entry.flags],
    stage: entry.stage,
    tags: entry.tags.join(', '),
    text: { ...entry.text },
    nextSteps: entry.nextSteps.map((step) => ({ ...step })),
    note: entry.note ? { ...entry.note } : { 'zh-CN': '', en: '' },
  };
}

export function blankDraft(id: string): EntryDraft {
  return {
    id,
    step: 'acknowledge',
    emotions: ['angry'],
    min: 'mild',
    max: 'severe',
    flags: [],
    stage: 'any',
    tags: '',
    text: { 'zh-CN': '', en: '' },
    nextSteps: [],
    note: { 'zh-CN': '', en: '' },
  };
}

function rawEntry(draft: EntryDraft): Record<string, unknown> {
  const note = draft.note['zh-CN'] === '' && draft.note.en === '' ? undefined : draft.note;
  return {
    id: draft.id.trim(),
    step: draft.step,
    emotions: draft.emotions,
    intensity: { min: draft.min, max: draft.max },
    flags: draft.flags,
    stage: draft.stage,
    tags: draft.tags
      .split(TAG_SEPARATORS)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    text: draft.text,
    nextSteps: draft.nextSteps,
    ...(note ? { note } : {}),
  };
}

export interface IdRules {
  /** Ids of the lead's other entries (the one being edited left out). */
  mine: ReadonlySet<string>;
  team: ReadonlySet<string>;
  shipped: ReadonlySet<string>;
  /** The id the entry had when the form opened; keeping it is always allowed. */
  original: string | null;
}

function idErrors(id: string, rules: IdRules): Bilingual[] {
  if (id === rules.original) return [];
  if (rules.mine.has(id))
    return [{ 'zh-CN': '你的另一条话术已在用这个 id', en: 'another of your entries already uses this id' }];
  if (rules.team.has(id))
    return [
      {
        'zh-CN': '团队话术库已有这个 id（团队条目只读）',
        en: 'a team entry uses this id (team entries are read-only)',
      },
    ];
  if (rules.shipped.has(id)) {
    return [
      {
        'zh-CN': '内置话术已有这个 id；要改那条，请在列表里编辑它',
        en: 'a shipped phrase uses this id; to change it, edit it from the list',
      },
    ];
  }
  return [];
}

/** Validates the form as the phrasebook format does, and locates every problem at its field. */
export function validateDraft(draft: EntryDraft, rules: IdRules): { entry: PhraseEntry | null; errors: FieldError[] } {
  const raw = rawEntry(draft);
  const parsed = PhraseEntrySchema.safeParse(raw);
  const errors: FieldError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        field: issue.path.filter((key) => typeof key !== 'symbol').join('.'),
        message: issueMessage(issue, raw),
      }));
  for (const message of idErrors(String(raw.id), rules)) errors.push({ field: 'id', message });
  return { entry: parsed.success && errors.length === 0 ? parsed.data : null, errors };
}

const FIELDS = ['id', 'step', 'emotions', 'min', 'max', 'flags', 'stage', 'tags', 'text', 'nextSteps', 'note'] as const;

/**
 * Three-way merge of the form with a version saved meanwhile in another tab: a field only one side changed takes that
 * side's value; a field both changed keeps the form's value and is listed, so the lead can check it.
 */
export function mergeDrafts(
  base: EntryDraft,
  ours: EntryDraft,
  theirs: EntryDraft,
): { merged: EntryDraft; conflicts: string[] } {
  const merged = { ...ours } as Record<string, unknown>;
  const conflicts: string[] = [];
  for (const field of FIELDS) {
    const [b, o, t] = [base[field], ours[field], theirs[field]].map((value) => canonicalJson(value));
    if (o === b) merged[field] = structuredClone(theirs[field]);
    else if (t !== b && t !== o) conflicts.push(field);
  }
  return { merged: merged as unknown as EntryDraft, conflicts };
}

export function sameDraft(a: EntryDraft, b: EntryDraft): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
