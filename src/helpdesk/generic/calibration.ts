import { composerText } from './find-composer';
import type { Alignment } from './message-side';

/** What the agent's own sent message taught about this page; kept for the page load. */
export interface Calibration {
  agentKey?: string;
  agentAuthor?: string;
  agentAlignment?: Alignment;
  /** The sent message landed first in DOM order: the page lists the newest message first. */
  newestFirst?: boolean;
}

export interface SentCandidate {
  id: string;
  text: string;
}

/** A draft shorter than this could match an unrelated message by chance ("ok"). */
const MIN_DRAFT_LENGTH = 2;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Watches the composer for what the agent writes. When the composer is empty again and a message that was not
 * there while the agent typed now holds that text, the agent sent it: that message shows where "agent" is.
 */
export function createDraftWatch() {
  const watched = new WeakSet<Element>();
  let draft = '';
  let knownWhileTyping: ReadonlySet<string> = new Set();
  let lastRead: ReadonlySet<string> = new Set();

  return {
    watch(composer: HTMLElement) {
      if (watched.has(composer)) return;
      watched.add(composer);
      composer.addEventListener('input', () => {
        const text = composerText(composer);
        if (text.length < MIN_DRAFT_LENGTH) return;
        draft = normalise(text);
        knownWhileTyping = lastRead;
      });
    },

    /** Index (in `messages`) of the message the agent just sent, if a read shows one. */
    findSent(composer: HTMLElement, messages: readonly SentCandidate[]): number {
      lastRead = new Set(messages.map((m) => m.id));
      if (!draft || composerText(composer)) return -1;
      for (let i = messages.length - 1; i >= 0; i--) {
        const m = messages[i];
        if (!m || knownWhileTyping.has(m.id)) continue;
        const text = normalise(m.text);
        if (text && (text === draft || text.includes(draft) || draft.includes(text))) {
          draft = '';
          return i;
        }
      }
      return -1;
    },
  };
}

export type DraftWatch = ReturnType<typeof createDraftWatch>;
