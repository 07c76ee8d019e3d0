import type { ComponentChildren } from 'preact';
import type { ClassifiedMessage } from '../conversation/tab-conversation';
import type { ConversationEmotion, Emotion, Intensity, Trend } from '../emotion/types';
import { INTENSITIES } from '../emotion/types';
import { HighlightedText } from './HighlightedText';
import { useT } from './i18n-context';

// Icons carry the emotion too, so the card never relies on colour alone.
const ICONS: Record<Emotion, string> = { angry: '⚡', anxious: '⏳', disappointed: '☁', neutral: '●', positive: '✓' };
const TREND_ARROWS: Record<Trend, string> = { escalating: '↗', steady: '→', calming: '↘' };

export function EmotionCard(props: {
  conversation: ConversationEmotion;
  latest: ClassifiedMessage;
  count: number;
  children?: ComponentChildren;
}) {
  const t = useT();
  const { conversation, latest, count } = props;
  const level = INTENSITIES.indexOf(conversation.intensity) + 1;
  return (
    <section class={`card card--${conversation.emotion}`} aria-label={t('panelTitle')}>
      <div class="card__head">
        <span
          class="card__emotion"
          data-testid="emotion"
          data-emotion={conversation.emotion}
          role="status"
          aria-live="polite"
        >
          <span class="card__icon" aria-hidden="true">
            {ICONS[conversation.emotion]}
          </span>
          {t(`emotion_${conversation.emotion}`)}
        </span>
        <span class="card__trend" title={t('trendLabel')} data-testid="trend" data-trend={conversation.trend}>
          <span aria-hidden="true">{TREND_ARROWS[conversation.trend]}</span> {t(`trend_${conversation.trend}`)}
        </span>
      </div>
      <IntensityMeter intensity={conversation.intensity} level={level} />
      {conversation.flags.length > 0 && (
        <ul class="card__flags" aria-label="flags">
          {conversation.flags.map((flag) => (
            <li key={flag} class={`badge badge--${flag}`} data-testid="flag" data-flag={flag}>
              {t(`flag_${flag}`)}
            </li>
          ))}
        </ul>
      )}
      <figure class="card__latest">
        <figcaption>{t('lastCustomerMessage')}</figcaption>
        <blockquote data-testid="last-customer-message">
          <HighlightedText text={latest.text} evidence={latest.result.evidence} />
        </blockquote>
      </figure>
      <p class="card__count" data-testid="customer-message-count">
        {t('customerMessageCount', count)}
      </p>
      {props.children}
    </section>
  );
}

function IntensityMeter({ intensity, level }: { intensity: Intensity; level: number }) {
  const t = useT();
  return (
    <div class="meter" data-testid="intensity" data-intensity={intensity}>
      <span class="meter__label">{t('intensityLabel')}</span>
      <meter
        class="visually-hidden"
        min={0}
        max={INTENSITIES.length}
        value={level}
        aria-label={t('intensityLabel')}
        aria-valuetext={t(`intensity_${intensity}`)}
      />
      {/* The steps are drawn apart from <meter>, whose look browsers do not let one style consistently. */}
      <span class="meter__bar" aria-hidden="true">
        {INTENSITIES.map((step, i) => (
          <span key={step} class={`meter__step${i < level ? ' meter__step--on' : ''}`} />
        ))}
      </span>
      <span class="meter__value">{t(`intensity_${intensity}`)}</span>
    </div>
  );
}
