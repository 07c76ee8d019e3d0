import type { ClassifiedMessage } from '../conversation/tab-conversation';
import { INTENSITIES } from '../emotion/types';
import { useT } from './i18n-context';

/** Long messages are cut in the label; the point is which message it was, not to reread it all. */
const LABEL_TEXT_CHARS = 80;

/** One point per customer message, oldest first: colour and icon-free shape by emotion, size by intensity. */
export function Timeline({ messages, total }: { messages: ClassifiedMessage[]; total: number }) {
  const t = useT();
  // Older messages may no longer be kept; numbering still counts from the first message read.
  const first = total - messages.length + 1;
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timelineTitle')}</h2>
      <ol class="timeline__points">
        {messages.map((m, i) => {
          const size = INTENSITIES.indexOf(m.result.intensity) + 1;
          const text = m.text.length > LABEL_TEXT_CHARS ? `${m.text.slice(0, LABEL_TEXT_CHARS)}…` : m.text;
          const label = t(
            'timelinePoint',
            first + i,
            t(`emotion_${m.result.emotion}`),
            t(`intensity_${m.result.intensity}`),
            text,
          );
          return (
            <li key={m.id}>
              <button
                type="button"
                class={`timeline__point timeline__point--${m.result.emotion} timeline__point--size-${size}`}
                data-testid="timeline-point"
                data-emotion={m.result.emotion}
                data-intensity={m.result.intensity}
                aria-label={label}
              >
                <span class="timeline__tip" role="tooltip">
                  {label}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
