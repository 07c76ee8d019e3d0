import type { Emotion, Flag } from '../emotion/types';
import type { SuggestionContext } from './rank';
import { STEPS, type Stage, type Step } from './schema';

/** Where the conversation is, from the agent's side: what an agent says next depends on what they already said. */
export type Phase = Exclude<Stage, 'any'>;

type StepWeights = Partial<Record<Step, number>>;

/** An agent who has sent at most this many messages has not yet answered the feeling: acknowledge before solving. */
const OPENING_AGENT_MESSAGES = 1;
/** A disappointed customer who has written this many messages is usually retelling a history of failed fixes. */
const REPEAT_CONTACT_MESSAGES = 4;
/** Tags the shipped phrasebooks use for phrases that own a history of failures or broken promises. */
export const HISTORY_TAGS = ['repeat', 'history', 'repeat-report', 'repeat-incident', 'broken-promise'];

/**
 * How much each step fits each phase before the emotion is known, following the source articles' sequence:
 * listen and acknowledge, empathise, apologise, then solve, set expectations, update, follow up, close.
 * A step at 0 or below is not offered.
 */
const PHASE_WEIGHTS: Record<Phase, StepWeights> = {
  opening: { acknowledge: 10, empathise: 9, apologise: 7, solve: 6, set_expectations: 5, update: 1, follow_up: 1 },
  middle: {
    acknowledge: 4,
    empathise: 4,
    apologise: 3,
    solve: 9,
    set_expectations: 8,
    update: 7,
    follow_up: 6,
    close: 1,
  },
  closing: { acknowledge: 1, empathise: 1, solve: 3, set_expectations: 2, update: 2, follow_up: 6, close: 10 },
};

/** Each emotion pulls forward the steps the articles prescribe for it; closing on an upset customer is never offered. */
const EMOTION_WEIGHTS: Record<Emotion, StepWeights> = {
  angry: { acknowledge: 4, empathise: 2, apologise: 3, close: -20 },
  anxious: { set_expectations: 5, solve: 3, update: 2, close: -20 },
  disappointed: { acknowledge: 3, apologise: 2, follow_up: 4, close: -20 },
  neutral: { solve: 3, set_expectations: 1 },
  positive: { close: 10, follow_up: 2, acknowledge: -3, apologise: -5 },
};

/** Flags outrank the phase: they say what must happen now, whatever was said before. */
const FLAG_WEIGHTS: Record<Flag, StepWeights> = {
  // Insults: set the boundary, then offer a supervisor; both before any other step.
  abusive: { set_boundary: 30, hand_over: 25 },
  // Threats to go to a regulator or the press: show you heard it, own it, and offer the person who can decide.
  escalation_threat: { acknowledge: 14, apologise: 12, hand_over: 20 },
  // Talk of cancelling: a concrete fix and a retention hand-over are what keep a customer.
  churn: { empathise: 3, solve: 5, follow_up: 2, hand_over: 4 },
  // Urgency: a concrete time frame and the next step first.
  urgent: { set_expectations: 15, solve: 8, update: 2 },
};

/** Rising anger needs the feeling answered again; severe and rising may need someone with more authority. */
const ESCALATING_WEIGHTS: StepWeights = { acknowledge: 2, empathise: 2 };
const ESCALATING_SEVERE_HAND_OVER = 8;
/** A calming customer is ready for the fix and, when positive, the close. */
const CALMING_WEIGHTS: StepWeights = { solve: 2, follow_up: 1, close: 2 };
/** Retelling failures: say you know the history and commit to following up yourself. */
const HISTORY_WEIGHTS: StepWeights = { acknowledge: 3, follow_up: 2 };

export interface StepFit {
  step: Step;
  relevance: number;
  /** The flags that moved this step, for the reason line. */
  flags: Flag[];
  history: boolean;
}

export function phaseOf(context: SuggestionContext): Phase {
  if (context.emotion === 'positive' && context.agentMessageCount > 0) return 'closing';
  return context.agentMessageCount <= OPENING_AGENT_MESSAGES ? 'opening' : 'middle';
}

export function retellsHistory(context: SuggestionContext): boolean {
  return context.emotion === 'disappointed' && context.customerMessageCount >= REPEAT_CONTACT_MESSAGES;
}

/** Every step with how well it fits this moment, best first; ties keep the agent's sequence. */
export function stepsForMoment(context: SuggestionContext): StepFit[] {
  const phase = phaseOf(context);
  const history = retellsHistory(context);
  const fits = STEPS.map((step): StepFit => {
    let relevance = (PHASE_WEIGHTS[phase][step] ?? 0) + (EMOTION_WEIGHTS[context.emotion][step] ?? 0);
    const flags: Flag[] = [];
    for (const flag of context.flags) {
      const weight = FLAG_WEIGHTS[flag][step] ?? 0;
      relevance += weight;
      if (weight > 0 && !flags.includes(flag)) flags.push(flag);
    }
    if (context.trend === 'escalating') {
      relevance += ESCALATING_WEIGHTS[step] ?? 0;
      if (step === 'hand_over' && context.intensity === 'severe') relevance += ESCALATING_SEVERE_HAND_OVER;
    }
    if (context.trend === 'calming') relevance += CALMING_WEIGHTS[step] ?? 0;
    const historyWeight = history ? (HISTORY_WEIGHTS[step] ?? 0) : 0;
    return { step, relevance: relevance + historyWeight, flags, history: historyWeight > 0 };
  });
  return fits
    .filter((fit) => fit.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance || STEPS.indexOf(a.step) - STEPS.indexOf(b.step));
}
