import { useState } from 'preact/hooks';
import type { ClassifiedMessage } from '../conversation/tab-conversation';
import { createCorrection } from '../emotion/correction';
import { EMOTIONS, type Emotion } from '../emotion/types';
import { recordCorrection } from '../feedback/corrections-store';
import { useT } from './i18n-context';

interface Props {
  latest: ClassifiedMessage;
  conversationKey: string;
  storeText: boolean;
}

/** One click says the read is wrong, a second says what it should be; kept locally for the team lead. */
export function CorrectionControl({ latest, conversationKey, storeText }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [recordedFor, setRecordedFor] = useState<string | null>(null);

  async function correct(corrected: Emotion) {
    await recordCorrection(
      createCorrection({ result: latest.result, corrected, text: latest.text, storeText, conversationKey }),
    );
    setOpen(false);
    setRecordedFor(latest.id);
  }

  if (recordedFor === latest.id) {
    return (
      <p class="correction__done" role="status" data-testid="correction-recorded">
        {t('correctionRecorded')}
      </p>
    );
  }
  return (
    <div class="correction">
      <button
        type="button"
        class="button button--quiet"
        data-testid="correct-read"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('correctRead')}
      </button>
      {open && (
        <fieldset class="correction__choices">
          <legend>{t('correctPrompt')}</legend>
          {EMOTIONS.filter((e) => e !== latest.result.emotion).map((emotion) => (
            <button
              key={emotion}
              type="button"
              class="button"
              data-testid="correct-to"
              data-emotion={emotion}
              onClick={() => void correct(emotion)}
            >
              {t(`emotion_${emotion}`)}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
