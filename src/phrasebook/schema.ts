import { z } from 'zod';
import { EMOTIONS, FLAGS, INTENSITIES, type Intensity } from '../emotion/types';
import { malformedPlaceholders, placeholdersIn } from './placeholders';

/** Bump when a file written for the old version would be read wrongly by the new code. */
export const SCHEMA_VERSION = 1;

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** A message or label written in both locales (for validated phrase text, see LocalizedText). */
export type Bilingual = Record<Locale, string>;

/** In the order an agent uses them: the source articles' sequence, then the two steps for hostile customers. */
export const STEPS = [
  'acknowledge',
  'empathise',
  'apologise',
  'solve',
  'set_expectations',
  'update',
  'follow_up',
  'close',
  'set_boundary',
  'hand_over',
] as const;
export type Step = (typeof STEPS)[number];

export const STAGES = ['opening', 'middle', 'closing', 'any'] as const;
export type Stage = (typeof STAGES)[number];

export const PHRASEBOOK_KINDS = ['default', 'pack', 'team', 'mine'] as const;
export type PhrasebookKind = (typeof PHRASEBOOK_KINDS)[number];

export const INDUSTRY_IDS = ['heating', 'telecom', 'ecommerce', 'vip-tech', 'food-delivery', 'utilities'] as const;
export type IndustryId = (typeof INDUSTRY_IDS)[number];

/** Long enough for three chat sentences; a longer "phrase" is a policy document, not something to insert. */
export const MAX_TEXT_CHARS = 500;
/** Far above any real phrasebook (the default has ~150); bounds the work a hostile file can cause. */
export const MAX_ENTRIES = 5000;
const MAX_AVOID_ITEMS = 1000;
const MAX_TAGS = 20;
const MAX_TAG_CHARS = 40;
const MAX_NEXT_STEPS = 10;
const MAX_AVOID_PHRASES = 30;
const MAX_AVOID_PHRASE_CHARS = 100;
const MAX_ID_CHARS = 80;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Tags, entities and comments; a lone "<" as in "<2 hours" is fine. */
const HTML_PATTERN = /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/** Custom issues carry their message in both locales; validate.ts shows them as written here. */
export interface BilingualIssueParams {
  calmdesk: Bilingual;
}

function report(ctx: z.RefinementCtx, path: PropertyKey[], zh: string, en: string): void {
  const params: BilingualIssueParams = { calmdesk: { 'zh-CN': zh, en } };
  ctx.addIssue({ code: 'custom', path, message: en, params });
}

function plainTextChecks(text: string, ctx: z.RefinementCtx, maxChars: number): void {
  if (text.trim() === '') report(ctx, [], '文本为空', 'text is empty');
  if (text.length > maxChars) {
    report(
      ctx,
      [],
      `文本过长（${text.length} 字符，上限 ${maxChars}）`,
      `too long (${text.length} characters, max ${maxChars})`,
    );
  }
  const html = HTML_PATTERN.exec(text);
  if (html) report(ctx, [], `包含 HTML：“${html[0]}”，只能是纯文本`, `contains HTML "${html[0]}"; use plain text`);
}

const TextSchema = z.string().superRefine((text, ctx) => {
  plainTextChecks(text, ctx, MAX_TEXT_CHARS);
  for (const bad of malformedPlaceholders(text)) {
    report(
      ctx,
      [],
      `占位符格式错误：“${bad}”（应为 {customer} 这样的小写英文名）`,
      `malformed placeholder "${bad}" (use lower-case names like {customer})`,
    );
  }
});

export const LocalizedTextSchema = z.strictObject({ 'zh-CN': TextSchema, en: TextSchema }).superRefine((text, ctx) => {
  const zh = placeholdersIn(text['zh-CN']);
  const en = placeholdersIn(text.en);
  const onlyZh = zh.filter((name) => !en.includes(name)).map((name) => `{${name}}`);
  const onlyEn = en.filter((name) => !zh.includes(name)).map((name) => `{${name}}`);
  if (onlyZh.length > 0 || onlyEn.length > 0) {
    const list = (names: string[]) => (names.length > 0 ? names.join(' ') : '—');
    report(
      ctx,
      [],
      `两种语言的占位符不一致：仅中文有 ${list(onlyZh)}，仅英文有 ${list(onlyEn)}`,
      `placeholders differ between locales: only zh-CN has ${list(onlyZh)}, only en has ${list(onlyEn)}`,
    );
  }
});
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

const IdSchema = z.string().min(1).max(MAX_ID_CHARS).regex(ID_PATTERN);

const TagSchema = z.string().superRefine((tag, ctx) => plainTextChecks(tag, ctx, MAX_TAG_CHARS));

function uniqueValues<T>(values: T[], ctx: z.RefinementCtx): void {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) {
      report(ctx, [index], `重复的值“${String(value)}”`, `"${String(value)}" is listed twice`);
    }
  });
}

const rankOf = (intensity: Intensity) => INTENSITIES.indexOf(intensity);

export const IntensityRangeSchema = z
  .strictObject({ min: z.enum(INTENSITIES), max: z.enum(INTENSITIES) })
  .superRefine((range, ctx) => {
    if (rankOf(range.min) > rankOf(range.max)) {
      report(
        ctx,
        ['min'],
        `强度下限“${range.min}”高于上限“${range.max}”`,
        `intensity min "${range.min}" is above max "${range.max}"`,
      );
    }
  });

export const PhraseEntrySchema = z.strictObject({
  id: IdSchema,
  step: z.enum(STEPS),
  emotions: z.array(z.enum(EMOTIONS)).min(1).max(EMOTIONS.length).superRefine(uniqueValues),
  intensity: IntensityRangeSchema,
  flags: z.array(z.enum(FLAGS)).max(FLAGS.length).superRefine(uniqueValues).default([]),
  stage: z.enum(STAGES).default('any'),
  tags: z.array(TagSchema).max(MAX_TAGS).default([]),
  text: LocalizedTextSchema,
  nextSteps: z.array(LocalizedTextSchema).max(MAX_NEXT_STEPS).default([]),
  note: LocalizedTextSchema.optional(),
});
export type PhraseEntry = z.output<typeof PhraseEntrySchema>;

const AvoidPhraseSchema = z.string().superRefine((phrase, ctx) => plainTextChecks(phrase, ctx, MAX_AVOID_PHRASE_CHARS));

export const AvoidItemSchema = z.strictObject({
  id: IdSchema,
  phrases: z.strictObject({
    'zh-CN': z.array(AvoidPhraseSchema).min(1).max(MAX_AVOID_PHRASES),
    en: z.array(AvoidPhraseSchema).min(1).max(MAX_AVOID_PHRASES),
  }),
  better: LocalizedTextSchema,
  why: LocalizedTextSchema,
});
export type AvoidItem = z.output<typeof AvoidItemSchema>;

/** Reads ids from whatever survived parsing, so duplicates are reported even when other fields are wrong. */
function idsOf(list: unknown): (string | undefined)[] {
  if (!Array.isArray(list)) return [];
  return list.map((item) => {
    const id: unknown = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  });
}

function reportDuplicateIds(book: { entries?: unknown; avoid?: unknown }, ctx: z.RefinementCtx): void {
  const seen = new Map<string, string>();
  for (const field of ['entries', 'avoid'] as const) {
    idsOf(book[field]).forEach((id, index) => {
      if (id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, `${field}[${index}]`);
        return;
      }
      report(
        ctx,
        [field, index, 'id'],
        `id “${id}”重复（已用于 ${first}）`,
        `duplicate id "${id}" (already used by ${first})`,
      );
    });
  }
}

export const PhrasebookSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: IdSchema,
    kind: z.enum(PHRASEBOOK_KINDS),
    industry: z.enum(INDUSTRY_IDS).optional(),
    name: LocalizedTextSchema,
    entries: z.array(PhraseEntrySchema).max(MAX_ENTRIES),
    avoid: z.array(AvoidItemSchema).max(MAX_AVOID_ITEMS).default([]),
  })
  .superRefine((book, ctx) => {
    if (book.kind === 'pack' && book.industry === undefined) {
      report(ctx, ['industry'], '行业包必须填写 industry', 'a pack must name its industry');
    }
  })
  .superRefine(reportDuplicateIds, { when: (payload) => payload.value !== null && typeof payload.value === 'object' });
export type Phrasebook = z.output<typeof PhrasebookSchema>;
/** What a person writes: optional fields may be left out. */
export type PhrasebookInput = z.input<typeof PhrasebookSchema>;
