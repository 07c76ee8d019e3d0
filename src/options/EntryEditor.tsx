import { useContext } from 'preact/hooks';
import { EMOTIONS, FLAGS, INTENSITIES } from '../emotion/types';
import { UiLocaleContext, useT } from '../panel/i18n-context';
import { type Locale, STAGES, STEPS } from '../phrasebook/schema';
import type { EntryDraft, FieldError } from './entry-draft';
import { describedBy, errorsFor, FieldErrors, LOCALE_LABEL, LocalePair } from './LocalePair';
import './editor.css';
import { ValueOptions } from './ValueOptions';

interface Props {
  draft: EntryDraft;
  errors: FieldError[];
  readOnly: boolean;
  isNew: boolean;
  dirty: boolean;
  /** What the entry is: the lead's own, an edit of a shipped phrase, a shipped phrase, a team phrase. */
  origin: string;
  onChange(next: EntryDraft): void;
  onSave(): void;
  onClose(): void;
}

/** "text.en" → "Phrase (English)", "nextSteps.1.zh-CN" → "Next step 2 (中文 zh-CN)": where a problem is, in the form's own words. */
function fieldLabel(field: string, t: ReturnType<typeof useT>): string {
  const [name, second, third] = field.split('.');
  const at = [second, third].find((key): key is Locale => key === 'zh-CN' || key === 'en');
  const base =
    name === 'text'
      ? t('fieldText')
      : name === 'note'
        ? t('fieldNote')
        : name === 'nextSteps'
          ? t('fieldNextStep', Number(second) + 1)
          : name === 'emotions'
            ? t('fieldEmotions')
            : name === 'intensity'
              ? t('fieldIntensity')
              : name === 'tags'
                ? t('fieldTags')
                : name === 'flags'
                  ? t('fieldFlags')
                  : t('fieldId');
  return at ? `${base} (${LOCALE_LABEL[at]})` : base;
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
}

export function EntryEditor({ draft, errors, readOnly, isNew, dirty, origin, onChange, onSave, onClose }: Props) {
  const t = useT();
  const locale = useContext(UiLocaleContext);
  const set = <K extends keyof EntryDraft>(key: K, value: EntryDraft[K]) => onChange({ ...draft, [key]: value });
  const setStep = (index: number, at: Locale, text: string) =>
    set(
      'nextSteps',
      draft.nextSteps.map((step, i) => (i === index ? { ...step, [at]: text } : step)),
    );
  const emotionErrors = errorsFor(errors, 'emotions', true);
  const intensityErrors = [...errorsFor(errors, 'intensity', true)];
  const idErrors = errorsFor(errors, 'id');
  const tagErrors = errorsFor(errors, 'tags', true);
  return (
    <form
      class="editor"
      data-testid="entry-editor"
      aria-labelledby="editor-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly && errors.length === 0) onSave();
      }}
    >
      <div class="editor__head">
        <h2 id="editor-title">
          {isNew ? t('editorNewTitle') : t(readOnly ? 'editorViewTitle' : 'editorEditTitle', draft.id)}
        </h2>
        <span class="badge-soft">{origin}</span>
      </div>
      {errors.length > 0 && !readOnly && (
        <div class="editor__summary" role="alert" data-testid="editor-errors">
          <p>{t('editorHasErrors', errors.length)}</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field}-${error.message.en}`}>
                <a href={`#input-${error.field}`}>{fieldLabel(error.field, t)}</a>: {error.message[locale]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="editor__grid" disabled={readOnly}>
        <label>
          {t('fieldId')}
          <input
            data-testid="field-id"
            id="input-id"
            value={draft.id}
            spellcheck={false}
            onInput={(event) => set('id', event.currentTarget.value)}
            {...describedBy(idErrors, 'err-id')}
          />
          <FieldErrors errors={idErrors} id="err-id" />
        </label>
        <label>
          {t('fieldStep')}
          <select
            data-testid="field-step"
            id="input-step"
            value={draft.step}
            onChange={(event) => set('step', event.currentTarget.value as EntryDraft['step'])}
          >
            <ValueOptions values={STEPS} label={(value) => t(`step_${value}`)} />
          </select>
        </label>
        <label>
          {t('fieldStage')}
          <select
            data-testid="field-stage"
            id="input-stage"
            value={draft.stage}
            onChange={(event) => set('stage', event.currentTarget.value as EntryDraft['stage'])}
          >
            <ValueOptions values={STAGES} label={(value) => t(`stage_${value}`)} />
          </select>
        </label>
        <fieldset class="checks" {...describedBy(emotionErrors, 'err-emotions')}>
          <legend>{t('fieldEmotions')}</legend>
          {EMOTIONS.map((emotion) => (
            <label key={emotion} class="check">
              <input
                type="checkbox"
                data-testid={`field-emotion-${emotion}`}
                checked={draft.emotions.includes(emotion)}
                onChange={(event) => set('emotions', toggle(draft.emotions, emotion, event.currentTarget.checked))}
              />
              {t(`emotion_${emotion}`)}
            </label>
          ))}
          <FieldErrors errors={emotionErrors} id="err-emotions" />
        </fieldset>
        <fieldset class="checks">
          <legend>{t('fieldIntensity')}</legend>
          {(['min', 'max'] as const).map((bound) => (
            <label key={bound}>
              {t(bound === 'min' ? 'fieldIntensityMin' : 'fieldIntensityMax')}
              <select
                data-testid={`field-intensity-${bound}`}
                id={`input-intensity.${bound}`}
                value={draft[bound]}
                onChange={(event) => set(bound, event.currentTarget.value as EntryDraft['min'])}
              >
                <ValueOptions values={INTENSITIES} label={(value) => t(`intensity_${value}`)} />
              </select>
            </label>
          ))}
          <FieldErrors errors={intensityErrors} id="err-intensity" />
        </fieldset>
        <fieldset class="checks">
          <legend>{t('fieldFlags')}</legend>
          {FLAGS.map((flag) => (
            <label key={flag} class="check">
              <input
                type="checkbox"
                checked={draft.flags.includes(flag)}
                onChange={(event) => set('flags', toggle(draft.flags, flag, event.currentTarget.checked))}
              />
              {t(`flag_${flag}`)}
            </label>
          ))}
        </fieldset>
        <label class="editor__wide">
          {t('fieldTags')}
          <input
            data-testid="field-tags"
            id="input-tags"
            value={draft.tags}
            placeholder={t('fieldTagsHint')}
            onInput={(event) => set('tags', event.currentTarget.value)}
            {...describedBy(tagErrors, 'err-tags')}
          />
          <FieldErrors errors={tagErrors} id="err-tags" />
        </label>
      </fieldset>
      <LocalePair
        field="text"
        label={t('fieldText')}
        value={draft.text}
        errors={errors}
        readOnly={readOnly}
        multiline
        onInput={(at, text) => set('text', { ...draft.text, [at]: text })}
      />
      <p class="hint">{t('fieldTextHint')}</p>
      {draft.nextSteps.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: next steps are positional; their text is what is being edited
        <div class="editor__step" key={index}>
          <LocalePair
            field={`nextSteps.${index}`}
            label={t('fieldNextStep', index + 1)}
            value={step}
            errors={errors}
            readOnly={readOnly}
            multiline={false}
            onInput={(at, text) => setStep(index, at, text)}
          />
          {!readOnly && (
            <button
              type="button"
              class="button"
              onClick={() =>
                set(
                  'nextSteps',
                  draft.nextSteps.filter((_, i) => i !== index),
                )
              }
            >
              {t('removeNextStep')}
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button
          type="button"
          class="button editor__add"
          data-testid="add-next-step"
          onClick={() => set('nextSteps', [...draft.nextSteps, { 'zh-CN': '', en: '' }])}
        >
          {t('addNextStep')}
        </button>
      )}
      <LocalePair
        field="note"
        label={t('fieldNote')}
        value={draft.note}
        errors={errors}
        readOnly={readOnly}
        multiline={false}
        onInput={(at, text) => set('note', { ...draft.note, [at]: text })}
      />
      <div class="editor__actions">
        {!readOnly && (
          <button
            type="submit"
            class="button button--primary"
            data-testid="save-entry"
            disabled={errors.length > 0 || (!dirty && !isNew)}
          >
            {t('saveEntry')}
          </button>
        )}
        <button type="button" class="button" data-testid="close-editor" onClick={onClose}>
          {t('closeEditor')}
        </button>
        {dirty && !readOnly && (
          <span class="editor__dirty" role="status">
            {t('unsavedChanges')}
          </span>
        )}
      </div>
    </form>
  );
}
