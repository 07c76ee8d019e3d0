import { z } from 'zod';
import type { ExtraEntry } from './lexicon.ts';
import { EMOTIONS, FLAGS } from './types.ts';

/** Weights run like the built-in lexicon's: 1 a mild cue, 3 a strong word, 5 stronger than anything built in. */
export const CUSTOM_WEIGHT_MIN = 0.1;
export const CUSTOM_WEIGHT_MAX = 5;
/** A team lead's term counts like a clear built-in word unless they say otherwise. */
export const CUSTOM_WEIGHT_DEFAULT = 2;
/** Terms are words and phrases, not sentences. */
export const CUSTOM_TERM_MAX_LENGTH = 60;
/** Enough for a team's vocabulary; compiling stays well under a frame. */
export const CUSTOM_TERMS_MAX = 2000;

const MATCHABLE = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

export const customTermSchema = z
  .strictObject({
    term: z.string().trim().min(1).max(CUSTOM_TERM_MAX_LENGTH).regex(MATCHABLE),
    lang: z.enum(['zh', 'en']),
    emotion: z.enum(EMOTIONS).optional(),
    weight: z.number().min(CUSTOM_WEIGHT_MIN).max(CUSTOM_WEIGHT_MAX).optional(),
    flag: z.enum(FLAGS).optional(),
  })
  .refine((t) => t.emotion !== undefined || t.flag !== undefined, {
    message: 'emotion_or_flag',
    path: ['emotion'],
  });

export const customTermsSchema = z.array(customTermSchema).max(CUSTOM_TERMS_MAX);
export type CustomTerm = z.infer<typeof customTermSchema>;

export interface LocalizedMessage {
  'zh-CN': string;
  en: string;
}

export interface CustomTermError {
  /** Where the problem is: [entry index, field] ([] for the list itself). */
  path: (string | number)[];
  message: LocalizedMessage;
}

export type CustomTermsResult = { ok: true; terms: CustomTerm[] } | { ok: false; errors: CustomTermError[] };

function where(path: (string | number)[]): LocalizedMessage {
  const [index, field] = path;
  if (typeof index !== 'number') return { 'zh-CN': '词条列表', en: 'The term list' };
  const entry = { 'zh-CN': `第 ${index + 1} 条`, en: `Entry ${index + 1}` };
  if (field === undefined) return entry;
  return { 'zh-CN': `${entry['zh-CN']}的“${field}”`, en: `${entry.en}, field "${field}"` };
}

function what(issue: z.core.$ZodIssue): LocalizedMessage {
  const field = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { 'zh-CN': '不能为空', en: 'is required' };
      return { 'zh-CN': `类型应为 ${issue.expected}`, en: `should be a ${issue.expected}` };
    case 'too_small':
      if (field === 'weight') return { 'zh-CN': `不能小于 ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
      return { 'zh-CN': '不能为空', en: 'must not be empty' };
    case 'too_big':
      if (field === 'weight') return { 'zh-CN': `不能大于 ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
      return { 'zh-CN': `不能超过 ${issue.maximum} 个`, en: `must have at most ${issue.maximum} characters or items` };
    case 'invalid_value':
      return { 'zh-CN': `只能是 ${issue.values.join(' / ')}`, en: `must be one of ${issue.values.join(', ')}` };
    case 'invalid_format':
      return { 'zh-CN': '需要包含文字、数字或表情', en: 'must contain a letter, digit or emoji' };
    case 'unrecognized_keys':
      return { 'zh-CN': `有未知字段：${issue.keys.join('、')}`, en: `has unknown fields: ${issue.keys.join(', ')}` };
    case 'custom':
      return { 'zh-CN': '需要指定情绪（emotion）或标记（flag）', en: 'needs an emotion or a flag' };
    default:
      return { 'zh-CN': '格式不正确', en: 'is not valid' };
  }
}

/** Validates a team lead's terms; every problem is reported with the entry, the field and what is wrong. */
export function parseCustomTerms(input: unknown): CustomTermsResult {
  const parsed = customTermsSchema.safeParse(input);
  if (parsed.success) return { ok: true, terms: parsed.data };
  const errors = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const place = where(path);
    const problem = what(issue);
    return {
      path,
      message: { 'zh-CN': `${place['zh-CN']}${problem['zh-CN']}`, en: `${place.en} ${problem.en}` },
    };
  });
  return { ok: false, errors };
}

/** What the lexicon compiler needs: "neutral" clears the term's built-in weights, so it stops counting. */
export function toExtraEntries(terms: readonly CustomTerm[]): ExtraEntry[] {
  return terms.map((t) => {
    const entry: ExtraEntry = { term: t.term };
    if (t.emotion) entry.weights = t.emotion === 'neutral' ? {} : { [t.emotion]: t.weight ?? CUSTOM_WEIGHT_DEFAULT };
    if (t.flag) entry.flags = [t.flag];
    return entry;
  });
}
