import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { ClassifiedMessage } from '../conversation/tab-conversation';

/** Conversations whose nudge was already offered, for this browser session: never more than once each. */
const OFFERED_KEY = 'session:careOffered' as const;

const hostile = (m: ClassifiedMessage) =>
  m.result.flags.includes('abusive') || (m.result.emotion === 'angry' && m.result.intensity === 'severe');

/**
 * The pause is offered after the storm, not in it: once a hostile stretch is followed by a calmer message, when the
 * agent can take 30 seconds without leaving a furious customer waiting.
 */
export function hostileStretchOver(messages: readonly ClassifiedMessage[]): boolean {
  const latest = messages.at(-1);
  return latest !== undefined && !hostile(latest) && messages.some(hostile);
}

async function offered(): Promise<string[]> {
  const parsed = z.array(z.string()).safeParse(await storage.getItem(OFFERED_KEY));
  return parsed.success ? parsed.data : [];
}

/** Whether to show the breathing nudge for this conversation now, and how to dismiss it for good. */
export function useCareNudge(conversationKey: string, hostile: boolean, enabled: boolean) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    let live = true;
    setShow(false);
    if (!enabled || !hostile) return;
    void offered().then(async (keys) => {
      if (!live || keys.includes(conversationKey)) return;
      // Marked as offered when shown, so reopening the panel or a worker restart does not show it twice.
      await storage.setItem(OFFERED_KEY, [...keys, conversationKey]);
      if (live) setShow(true);
    });
    return () => {
      live = false;
    };
  }, [conversationKey, hostile, enabled]);
  return { show, dismiss: () => setShow(false) };
}
