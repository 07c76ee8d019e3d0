import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../panel/i18n-context';

interface Props {
  entryId: string;
  /** False while the form has errors: then the changes can only be discarded or kept. */
  canSave: boolean;
  onSave(): void;
  onDiscard(): void;
  onKeepEditing(): void;
}

/** Asked before a step would leave a form with unsaved changes (another entry, a new one, closing the editor). */
export function UnsavedGuard({ entryId, canSave, onSave, onDiscard, onKeepEditing }: Props) {
  const t = useT();
  const keepEditing = useRef<HTMLButtonElement>(null);
  // The question takes the focus, on its safest answer, so a keyboard user is not left behind on the list.
  useEffect(() => keepEditing.current?.focus(), []);
  return (
    <div
      class="notice notice--warning guard"
      role="alertdialog"
      aria-labelledby="guard-text"
      data-testid="unsaved-guard"
    >
      <p id="guard-text">{t('unsavedGuard', entryId)}</p>
      <div class="notice__actions">
        <button type="button" class="button button--primary" disabled={!canSave} onClick={onSave}>
          {t('guardSave')}
        </button>
        <button type="button" class="button" data-testid="guard-discard" onClick={onDiscard}>
          {t('guardDiscard')}
        </button>
        <button type="button" class="button" ref={keepEditing} onClick={onKeepEditing}>
          {t('guardKeepEditing')}
        </button>
      </div>
    </div>
  );
}
