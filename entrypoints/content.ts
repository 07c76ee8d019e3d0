import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { chooseAdapter } from '../src/content/choose-adapter';
import { followConversation } from '../src/content/conversation-follower';
import { startTeachPicker } from '../src/content/teach-picker';
import type { HelpdeskAdapter } from '../src/helpdesk/adapter';
import { HOSTED_HELPDESKS, LOCAL_PAGES } from '../src/helpdesk/hosted-domains';
import { insertIntoComposer, watchComposition } from '../src/helpdesk/insert';
import { isPanelMessage, type PanelMessage, sendDraft, sendToBackground } from '../src/messaging/protocol';

/** Long enough that the coach reacts to a pause, not to every key. */
const DRAFT_DEBOUNCE_MS = 400;

function composerText(composer: HTMLElement): string {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return composer.value;
  // biome-ignore lint/performance/useDomNodeTextContent: a rich editor's paragraphs are lines only in innerText
  return composer.innerText;
}

const GENERIC_ID = 'generic';

/** Long enough to let a helpdesk app finish a burst of rendering before the page is looked at again. */
const RECHECK_DEBOUNCE_MS = 400;

export default defineContentScript({
  matches: [...LOCAL_PAGES, ...HOSTED_HELPDESKS],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const isTop = window === window.top;
    // Known from the start, so a composition already under way when an insert arrives is waited for.
    watchComposition(document);
    let taught = await sendToBackground('site:taught', { origin: location.origin })
      .then((reply) => reply?.selectors ?? null)
      .catch(() => null);
    let adapter: HelpdeskAdapter | null = null;
    let follower: ReturnType<typeof followConversation> | null = null;

    function follow(next: HelpdeskAdapter) {
      follower?.stop();
      adapter = next;
      follower = followConversation(next, document, window, {
        send: (type, payload) => sendToBackground(type, payload),
        alive: () => !ctx.isInvalid,
      });
    }

    const found = chooseAdapter(document, location, taught);
    if (found) follow(found);
    if (!found && isTop) void sendToBackground('conversation:none', { url: location.href, reason: 'no-adapter' });
    // Self-hosted helpdesks render after load: until a built-in adapter or a taught one reads the page (not just the
    // generic guess), look again after each burst of changes, and let the better reader take over.
    if (found?.id === GENERIC_ID || !found) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const watcher = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const next = chooseAdapter(document, location, taught);
          if (!next || next.id === adapter?.id) return;
          follow(next);
          if (next.id !== GENERIC_ID) watcher.disconnect();
        }, RECHECK_DEBOUNCE_MS);
      });
      watcher.observe(document.documentElement, { childList: true, subtree: true });
      ctx.onInvalidated(() => watcher.disconnect());
    }

    function handle(message: PanelMessage) {
      if (message.type === 'content:ping') return isTop ? Promise.resolve({ alive: true }) : undefined;
      if (message.type === 'picker:start') {
        if (!isTop) return undefined;
        startTeachPicker(document, {
          text: pickerText(),
          onSave: (selectors) => {
            void sendToBackground('site:teach', { origin: location.origin, selectors });
            // The re-check after page changes must choose with what was just taught, or the picker closing (a page
            // change) hands the page back to the generic guess.
            taught = selectors;
            const found = chooseAdapter(document, location, selectors);
            if (found) follow(found);
          },
        });
        return Promise.resolve({ started: true });
      }
      const composer = adapter?.composer(document);
      // A frame without the composer stays silent so the frame that has it can answer.
      if (!composer) return undefined;
      return insertIntoComposer(composer, message.payload.text);
    }

    const onMessage = (message: unknown) => (isPanelMessage(message) ? handle(message) : undefined);
    browser.runtime.onMessage.addListener(onMessage);

    // The draft goes to the panel's coach as the agent types; a pause in typing is enough, every key is too much.
    let draftTimer: ReturnType<typeof setTimeout> | undefined;
    const onInput = (event: Event) => {
      const composer = adapter?.composer(document);
      if (!composer || !(event.target instanceof Node) || !composer.contains(event.target)) return;
      clearTimeout(draftTimer);
      draftTimer = setTimeout(() => void sendDraft(composerText(composer)), DRAFT_DEBOUNCE_MS);
    };
    document.addEventListener('input', onInput, true);

    // Alt+1…Alt+5 where the agent types; the commands API covers them too, where the browser lets it.
    const onKey = (event: KeyboardEvent) => {
      const digit = shortcutDigit(event);
      if (digit === null) return;
      event.preventDefault();
      event.stopPropagation();
      void sendToBackground('shortcut:insert', { index: digit - 1 });
    };
    document.addEventListener('keydown', onKey, true);

    // After an extension update this script is orphaned: it must stop touching the page and the old runtime.
    ctx.onInvalidated(() => {
      follower?.stop();
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('input', onInput, true);
      clearTimeout(draftTimer);
      // The old runtime may already be gone (Chrome in developer mode leaves `runtime` undefined after a reload).
      browser.runtime?.onMessage?.removeListener(onMessage);
    });
  },
});

/** Alt+digit 1–5, not while an IME is composing (Chinese input uses the keyboard too). */
function shortcutDigit(event: KeyboardEvent): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return null;
  const digit = /^Digit([1-5])$/.exec(event.code)?.[1];
  return digit ? Number(digit) : null;
}

function pickerText() {
  const t = (key: Parameters<typeof browser.i18n.getMessage>[0], ...subs: string[]) =>
    browser.i18n.getMessage(key, subs);
  return {
    pickCustomer: t('teachPickCustomer'),
    pickAgent: t('teachPickAgent'),
    result: (customers: number, agents: number) => t('teachResult', String(customers), String(agents)),
    failed: t('teachFailed'),
    save: t('teachSave'),
    retry: t('teachRetry'),
    cancel: t('teachCancel'),
  };
}
