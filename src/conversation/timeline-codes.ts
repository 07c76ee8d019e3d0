import { EMOTIONS, type Emotion, INTENSITIES, type Intensity } from '../emotion/types';

/**
 * A customer message on the timeline in two characters: emotion (a, x, d, n, p) and intensity (0–3). A whole day's
 * conversation then costs a few kilobytes of the tab's state instead of its full text and read-outs.
 */
const EMOTION_CODES: Record<Emotion, string> = {
  angry: 'a',
  anxious: 'x',
  disappointed: 'd',
  neutral: 'n',
  positive: 'p',
};

/** Far beyond any real chat; bounds the work and storage a runaway page can cause. */
export const MAX_TIMELINE_CODES = 20_000;

export function timelineCode(result: { emotion: Emotion; intensity: Intensity }): string {
  return `${EMOTION_CODES[result.emotion]}${INTENSITIES.indexOf(result.intensity)}`;
}

export function appendTimelineCodes(codes: string, more: string[]): string {
  const all = codes + more.join('');
  return all.length > MAX_TIMELINE_CODES * 2 ? all.slice(all.length - MAX_TIMELINE_CODES * 2) : all;
}

export function readTimelineCodes(codes: string): { emotion: Emotion; intensity: Intensity }[] {
  const out: { emotion: Emotion; intensity: Intensity }[] = [];
  for (let i = 0; i + 1 < codes.length; i += 2) {
    const emotion = EMOTIONS.find((e) => EMOTION_CODES[e] === codes[i]);
    const intensity = INTENSITIES[Number(codes[i + 1])];
    if (emotion && intensity) out.push({ emotion, intensity });
  }
  return out;
}
