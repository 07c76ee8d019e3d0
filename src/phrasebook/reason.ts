import type { Emotion, Flag, Intensity, Trend } from '../emotion/types';
import type { Bilingual, Step } from './schema';

const EMOTION_LABELS: Record<Emotion, Bilingual> = {
  angry: { 'zh-CN': '愤怒', en: 'angry' },
  anxious: { 'zh-CN': '焦虑', en: 'anxious' },
  disappointed: { 'zh-CN': '失望', en: 'disappointed' },
  neutral: { 'zh-CN': '平静', en: 'neutral' },
  positive: { 'zh-CN': '满意', en: 'positive' },
};

const FLAG_LABELS: Record<Flag, Bilingual> = {
  abusive: { 'zh-CN': '辱骂', en: 'abusive' },
  escalation_threat: { 'zh-CN': '扬言投诉', en: 'escalation threat' },
  churn: { 'zh-CN': '流失风险', en: 'churn risk' },
  urgent: { 'zh-CN': '紧急', en: 'urgent' },
};

/** Only the strong end is worth a word in a one-line reason; mild and calm are the default reading. */
const INTENSITY_LABELS: Partial<Record<Intensity, Bilingual>> = {
  strong: { 'zh-CN': '强烈', en: 'strong' },
  severe: { 'zh-CN': '非常强烈', en: 'severe' },
};

/** Group headings for the panel and the editor. */
export const STEP_LABELS: Record<Step, Bilingual> = {
  acknowledge: { 'zh-CN': '回应', en: 'Acknowledge' },
  empathise: { 'zh-CN': '共情', en: 'Empathise' },
  apologise: { 'zh-CN': '致歉', en: 'Apologise' },
  solve: { 'zh-CN': '解决方案', en: 'Solve' },
  set_expectations: { 'zh-CN': '给出时限', en: 'Set expectations' },
  update: { 'zh-CN': '同步进展', en: 'Update' },
  follow_up: { 'zh-CN': '跟进', en: 'Follow up' },
  close: { 'zh-CN': '结束语', en: 'Close' },
  set_boundary: { 'zh-CN': '设定边界', en: 'Set a boundary' },
  hand_over: { 'zh-CN': '转交', en: 'Hand over' },
};

/** What the step does for the customer, phrased as the instruction a team lead would give. */
const STEP_PURPOSES: Record<Step, Bilingual> = {
  acknowledge: { 'zh-CN': '倾听并回应', en: 'listen and acknowledge' },
  empathise: { 'zh-CN': '表达共情', en: 'show empathy' },
  apologise: { 'zh-CN': '为问题致歉', en: 'apologise for what went wrong' },
  solve: { 'zh-CN': '给出具体方案', en: 'offer a concrete solution' },
  set_expectations: { 'zh-CN': '给出明确时限', en: 'give a time frame' },
  update: { 'zh-CN': '同步进展', en: 'keep them informed' },
  follow_up: { 'zh-CN': '承诺跟进', en: 'promise a follow-up' },
  close: { 'zh-CN': '温暖地结束', en: 'close warmly' },
  set_boundary: { 'zh-CN': '设定边界', en: 'set a boundary' },
  hand_over: { 'zh-CN': '转交主管', en: 'hand over to a supervisor' },
};

const HISTORY_LABEL: Bilingual = { 'zh-CN': '多次反映', en: 'repeated contact' };
const OPENING_LABEL: Bilingual = { 'zh-CN': '对话初期', en: 'early in the chat' };
const ESCALATING_LABEL: Bilingual = { 'zh-CN': '情绪升温', en: 'rising' };
const SENT_LABEL: Bilingual = { 'zh-CN': '（本次对话已发送过）', en: ' (already sent in this chat)' };

export interface ReasonParts {
  emotion: Emotion;
  intensity: Intensity;
  trend: Trend;
  step: Step;
  flags: readonly Flag[];
  history: boolean;
  opening: boolean;
  alreadySent: boolean;
}

/** One line such as "anxious · urgent → give a time frame", in both languages. */
export function reasonFor(parts: ReasonParts): Bilingual {
  const line = (locale: keyof Bilingual): string => {
    const intensity = INTENSITY_LABELS[parts.intensity];
    const emotion = EMOTION_LABELS[parts.emotion][locale];
    const strength = intensity ? (locale === 'en' ? ` (${intensity.en})` : `（${intensity['zh-CN']}）`) : '';
    const head = [`${emotion}${strength}`];
    if (parts.trend === 'escalating') head.push(ESCALATING_LABEL[locale]);
    for (const flag of parts.flags) head.push(FLAG_LABELS[flag][locale]);
    if (parts.history) head.push(HISTORY_LABEL[locale]);
    if (parts.opening) head.push(OPENING_LABEL[locale]);
    const sent = parts.alreadySent ? SENT_LABEL[locale] : '';
    return `${head.join(' · ')} → ${STEP_PURPOSES[parts.step][locale]}${sent}`;
  };
  return { 'zh-CN': line('zh-CN'), en: line('en') };
}
