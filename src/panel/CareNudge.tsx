import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n-context';

/** Box breathing, 4 s per phase for 30 s: the article's advice to pause and regulate before the next customer. */
const PHASE_SECONDS = 4;
const PAUSE_SECONDS = 30;
const PHASES = ['careInhale', 'careHold', 'careExhale', 'careHold'] as const;

/** A private, dismissible pause offered once after a hostile conversation; nothing about it leaves the panel. */
export function CareNudge({ onDismiss }: { onDismiss(): void }) {
  const t = useT();
  const [elapsed, setElapsed] = useState<number | null>(null);

  useEffect(() => {
    if (elapsed === null || elapsed >= PAUSE_SECONDS) return;
    const timer = setTimeout(() => setElapsed(elapsed + 1), 1000);
    return () => clearTimeout(timer);
  }, [elapsed]);

  return (
    <aside class="care" data-testid="care-nudge" aria-live="polite">
      {elapsed === null ? (
        <>
          <p class="care__title">{t('careTitle')}</p>
          <p>{t('careBody')}</p>
          <div class="care__actions">
            <button type="button" class="button button--primary" data-testid="care-start" onClick={() => setElapsed(0)}>
              {t('careStart')}
            </button>
            <button type="button" class="button" data-testid="care-dismiss" onClick={onDismiss}>
              {t('careDismiss')}
            </button>
          </div>
        </>
      ) : elapsed < PAUSE_SECONDS ? (
        <div class="care__breath">
          <span
            class={`care__circle care__circle--${PHASES[Math.floor(elapsed / PHASE_SECONDS) % PHASES.length]}`}
            aria-hidden="true"
          />
          <p>{t(PHASES[Math.floor(elapsed / PHASE_SECONDS) % PHASES.length] ?? 'careInhale')}</p>
          <p class="care__count">{PAUSE_SECONDS - elapsed}</p>
        </div>
      ) : (
        <div class="care__actions">
          <p>{t('careDone')}</p>
          <button type="button" class="button" onClick={onDismiss}>
            {t('careDismiss')}
          </button>
        </div>
      )}
    </aside>
  );
}
