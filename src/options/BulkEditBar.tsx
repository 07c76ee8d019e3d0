import { useState } from 'preact/hooks';
import { EMOTIONS, type Emotion } from '../emotion/types';
import type { BulkChange } from '../library/edits';
import { useT } from '../panel/i18n-context';
import { ValueOptions } from './ValueOptions';

const splitTags = (text: string) =>
  text
    .split(/[,，、]/)
    .map((tag) => tag.trim())
    .filter(Boolean);

/** Shown while entries are selected: one tag/emotion change for all of them, or delete them. */
export function BulkEditBar(props: {
  count: number;
  onApply(change: BulkChange): void;
  onDelete(): void;
  onClear(): void;
}) {
  const t = useT();
  const [addTags, setAddTags] = useState('');
  const [removeTags, setRemoveTags] = useState('');
  const [addEmotion, setAddEmotion] = useState<Emotion | ''>('');
  const [removeEmotion, setRemoveEmotion] = useState<Emotion | ''>('');
  const emotionSelect = (value: Emotion | '', onChange: (next: Emotion | '') => void, testId: string) => (
    <select
      id={testId}
      data-testid={testId}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as Emotion | '')}
    >
      <option value="">—</option>
      <ValueOptions values={EMOTIONS} label={(value) => t(`emotion_${value}`)} />
    </select>
  );
  return (
    <form
      class="bulk"
      data-testid="bulk-bar"
      aria-label={t('bulkTitle', props.count)}
      onSubmit={(event) => {
        event.preventDefault();
        props.onApply({
          addTags: splitTags(addTags),
          removeTags: splitTags(removeTags),
          addEmotions: addEmotion ? [addEmotion] : [],
          removeEmotions: removeEmotion ? [removeEmotion] : [],
        });
        setAddTags('');
        setRemoveTags('');
        setAddEmotion('');
        setRemoveEmotion('');
      }}
    >
      <strong>{t('bulkTitle', props.count)}</strong>
      <label>
        {t('bulkAddTags')}
        <input data-testid="bulk-add-tags" value={addTags} onInput={(event) => setAddTags(event.currentTarget.value)} />
      </label>
      <label>
        {t('bulkRemoveTags')}
        <input value={removeTags} onInput={(event) => setRemoveTags(event.currentTarget.value)} />
      </label>
      <span class="bulk__field">
        <label for="bulk-add-emotion">{t('bulkAddEmotion')}</label>
        {emotionSelect(addEmotion, setAddEmotion, 'bulk-add-emotion')}
      </span>
      <span class="bulk__field">
        <label for="bulk-remove-emotion">{t('bulkRemoveEmotion')}</label>
        {emotionSelect(removeEmotion, setRemoveEmotion, 'bulk-remove-emotion')}
      </span>
      <button type="submit" class="button button--primary" data-testid="bulk-apply">
        {t('bulkApply')}
      </button>
      <button type="button" class="button" onClick={props.onDelete}>
        {t('bulkDelete')}
      </button>
      <button type="button" class="button" onClick={props.onClear}>
        {t('bulkClear')}
      </button>
    </form>
  );
}
