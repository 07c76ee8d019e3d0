import { useContext } from 'preact/hooks';
import { EMOTIONS } from '../emotion/types';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import { STAGES, STEPS } from '../phrasebook/schema';
import { INDUSTRIES } from '../phrasebook/shipped';
import type { EntryFilters } from './entry-filter';
import { ValueOptions } from './ValueOptions';

const SOURCES = ['default', 'pack', 'team', 'mine'] as const;

/** A filter over one value list: "all", or one value. */
function ListFilter<T extends string>(props: {
  label: string;
  testId: string;
  value: T | '';
  values: readonly T[];
  name(value: T): string;
  onChange(value: T | ''): void;
}) {
  const t = useT();
  return (
    <label>
      {props.label}
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as T | '')}
      >
        <option value="">{t('filterAll')}</option>
        <ValueOptions values={props.values} label={props.name} />
      </select>
    </label>
  );
}

export function EntryFilterBar(props: { filters: EntryFilters; tags: string[]; onChange(next: EntryFilters): void }) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const { filters, tags, onChange } = props;
  const set = <K extends keyof EntryFilters>(key: K, value: EntryFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <section class="filters" aria-label={t('filterSearch')}>
      <label class="filters__search">
        {t('filterSearch')}
        <input
          type="search"
          data-testid="filter-search"
          value={filters.search}
          placeholder={t('filterSearchHint')}
          onInput={(event) => set('search', event.currentTarget.value)}
        />
      </label>
      <ListFilter
        label={t('fieldEmotions')}
        testId="filter-emotion"
        value={filters.emotion}
        values={EMOTIONS}
        name={(value) => t(`emotion_${value}`)}
        onChange={(value) => set('emotion', value)}
      />
      <ListFilter
        label={t('fieldStep')}
        testId="filter-step"
        value={filters.step}
        values={STEPS}
        name={(value) => t(`step_${value}`)}
        onChange={(value) => set('step', value)}
      />
      <ListFilter
        label={t('fieldStage')}
        testId="filter-stage"
        value={filters.stage}
        values={STAGES}
        name={(value) => t(`stage_${value}`)}
        onChange={(value) => set('stage', value)}
      />
      <label>
        {t('filterTag')}
        <select
          data-testid="filter-tag"
          value={filters.tag}
          onChange={(event) => set('tag', event.currentTarget.value)}
        >
          <option value="">{t('filterAll')}</option>
          <optgroup label={t('industryLabel')}>
            {INDUSTRIES.map((industry) => (
              <option key={industry.id} value={`industry:${industry.id}`}>
                {industry.name[locale]}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('fieldTags')}>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                #{tag}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        {t('filterLanguage')}
        <select
          data-testid="filter-language"
          value={filters.language}
          onChange={(event) => set('language', event.currentTarget.value as EntryFilters['language'])}
        >
          <option value="">{t('filterBothLanguages')}</option>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <ListFilter
        label={t('filterSource')}
        testId="filter-source"
        value={filters.source}
        values={SOURCES}
        name={(value) => t(`source_${value}`)}
        onChange={(value) => set('source', value)}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={filters.showHidden}
          onChange={(event) => set('showHidden', event.currentTarget.checked)}
        />
        {t('filterShowHidden')}
      </label>
    </section>
  );
}
