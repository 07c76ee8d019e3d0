import type { Emotion } from '../emotion/types';
import type { CatalogueRow, EntrySource } from '../library/compose';
import type { Locale, Stage, Step } from '../phrasebook/schema';

export interface EntryFilters {
  search: string;
  emotion: Emotion | '';
  step: Step | '';
  stage: Stage | '';
  /** A tag, or "industry:<id>" for a pack. */
  tag: string;
  /** The language searched and shown; "" for both side by side. */
  language: Locale | '';
  source: EntrySource | '';
  showHidden: boolean;
}

export const NO_FILTERS: EntryFilters = {
  search: '',
  emotion: '',
  step: '',
  stage: '',
  tag: '',
  language: '',
  source: '',
  showHidden: true,
};

function searchable(row: CatalogueRow, language: Locale | ''): string {
  const { entry } = row;
  const locales = language === '' ? (['zh-CN', 'en'] as const) : [language];
  const texts = locales.flatMap((locale) => [
    entry.text[locale],
    entry.note?.[locale] ?? '',
    ...entry.nextSteps.map((step) => step[locale]),
  ]);
  return [entry.id, ...entry.tags, ...texts].join('\n').toLowerCase();
}

export function matchesFilters(row: CatalogueRow, filters: EntryFilters): boolean {
  const { entry } = row;
  if (!filters.showHidden && row.hidden) return false;
  if (filters.emotion && !entry.emotions.includes(filters.emotion)) return false;
  if (filters.step && entry.step !== filters.step) return false;
  if (filters.stage && entry.stage !== filters.stage) return false;
  if (filters.source && row.source !== filters.source) return false;
  if (filters.tag.startsWith('industry:')) {
    const industry = filters.tag.slice('industry:'.length);
    if (row.industry !== industry && !entry.tags.includes(industry)) return false;
  } else if (filters.tag && !entry.tags.includes(filters.tag)) return false;
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchable(row, filters.language);
  return words.every((word) => haystack.includes(word));
}

/** Every tag in use, for the filter's list. */
export function tagsIn(rows: readonly CatalogueRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.entry.tags))].sort((a, b) => a.localeCompare(b));
}
