import type { ClassifiedMessage } from '../conversation/tab-conversation';
import { readTimelineCodes } from '../conversation/timeline-codes';
import { EMOTIONS, type Emotion, INTENSITIES, type Intensity } from '../emotion/types';
import { useT } from './i18n-context';

/** Long messages are cut in the label; the point is which message it was, not to reread it all. */
const LABEL_TEXT_CHARS = 80;
/** Earlier messages are drawn as at most this many bars, each the strongest read of its stretch. */
const EARLIER_BARS = 60;

interface Props {
  messages: ClassifiedMessage[];
  earlier: string;
  total: number;
}

/**
 * One point per customer message, oldest first: colour and shape by emotion, size by intensity, each focusable with
 * the message as its label. Messages older than those kept whole are summarised in a strip before the points.
 */
export function Timeline({ messages, earlier, total }: Props) {
  const t = useT();
  const first = total - messages.length + 1;
  const bars = summarise(readTimelineCodes(earlier));
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timelineTitle')}</h2>
      {bars.length > 0 && (
        <p class="timeline__earlier" data-testid="timeline-earlier">
          <span class="timeline__bars" aria-hidden="true">
            {bars.map((bar, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: bars are positional stretches of the conversation
              <span key={i} class={`timeline__bar timeline__point--${bar.emotion} timeline__bar--${bar.size}`} />
            ))}
          </span>
          {t('timelineEarlier', first - 1)}
        </p>
      )}
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

function summarise(points: { emotion: Emotion; intensity: Intensity }[]): { emotion: Emotion; size: number }[] {
  if (!points.length) return [];
  const per = Math.ceil(points.length / EARLIER_BARS);
  const bars: { emotion: Emotion; size: number }[] = [];
  for (let i = 0; i < points.length; i += per) {
    const stretch = points.slice(i, i + per);
    const strongest = stretch.reduce((a, b) =>
      INTENSITIES.indexOf(b.intensity) > INTENSITIES.indexOf(a.intensity) ||
      (b.intensity === a.intensity && EMOTIONS.indexOf(b.emotion) < EMOTIONS.indexOf(a.emotion))
        ? b
        : a,
    );
    bars.push({ emotion: strongest.emotion, size: INTENSITIES.indexOf(strongest.intensity) + 1 });
  }
  return bars;
}
