import { useContext } from 'preact/hooks';
import { UiLocaleContext } from '../panel/i18n-context';
import { LOCALES, type Locale } from '../phrasebook/schema';
import type { FieldError } from './entry-draft';

export const LOCALE_LABEL: Record<Locale, string> = { 'zh-CN': '中文 zh-CN', en: 'English en' };

/** Errors whose field is this one, or inside it when `nested` (a list's items). */
export function errorsFor(errors: readonly FieldError[], field: string, nested = false): FieldError[] {
  return errors.filter((error) => error.field === field || (nested && error.field.startsWith(`${field}.`)));
}

export function FieldErrors({ errors, id }: { errors: FieldError[]; id: string }) {
  const locale = useContext(UiLocaleContext);
  if (errors.length === 0) return null;
  return (
    <ul class="field-errors" id={id} data-testid={`error-${id.replace(/^err-/, '')}`}>
      {errors.map((error) => (
        <li key={`${error.field}-${error.message.en}`}>{error.message[locale]}</li>
      ))}
    </ul>
  );
}

export const describedBy = (errors: FieldError[], id: string) =>
  errors.length > 0 ? { 'aria-invalid': true, 'aria-describedby': id } : { 'aria-invalid': false };

/** One text field per locale, side by side, each with its own located errors and the pair's shared ones below. */
export function LocalePair(props: {
  field: string;
  label: string;
  value: Record<Locale, string>;
  errors: FieldError[];
  readOnly: boolean;
  multiline: boolean;
  onInput(locale: Locale, text: string): void;
}) {
  const { field, label, value, errors, readOnly, multiline, onInput } = props;
  const pairErrors = errorsFor(errors, field);
  return (
    <fieldset class="pair">
      <legend>{label}</legend>
      <div class="pair__fields">
        {LOCALES.map((locale) => {
          const id = `${field}.${locale}`;
          const own = errorsFor(errors, id);
          const inputProps = {
            id: `input-${id}`,
            'data-testid': `field-${id}`,
            lang: locale,
            value: value[locale],
            readOnly,
            onInput: (event: Event) => onInput(locale, (event.currentTarget as HTMLInputElement).value),
            ...describedBy(own, `err-${id}`),
          };
          return (
            <div class="pair__field" key={locale}>
              <label for={`input-${id}`}>{LOCALE_LABEL[locale]}</label>
              {multiline ? <textarea rows={3} {...inputProps} /> : <input {...inputProps} />}
              <FieldErrors errors={own} id={`err-${id}`} />
            </div>
          );
        })}
      </div>
      <FieldErrors errors={pairErrors} id={`err-${field}`} />
    </fieldset>
  );
}
