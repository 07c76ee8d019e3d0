import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { followConversation } from '../src/content/conversation-follower';
import { pickAdapter } from '../src/helpdesk/adapters';
import { insertIntoComposer } from '../src/helpdesk/insert';
import { isPanelMessage, sendToBackground } from '../src/messaging/protocol';

export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = pickAdapter(document, location);
    if (!adapter) {
      if (window === window.top) void sendToBackground('conversation:none', { url: location.href, reason: 'no-adapter' });
      return;
    }
    const follower = followConversation(adapter, document, window, {
      send: (type, payload) => sendToBackground(type, payload),
    });

    const onMessage = (message: unknown) => {
      if (!isPanelMessage(message)) return undefined;
      const composer = adapter.composer(document);
      // A frame without the composer stays silent so the frame that has it can answer.
      if (!composer) return undefined;
      return Promise.resolve(insertIntoComposer(composer, message.payload.text));
    };
    browser.runtime.onMessage.addListener(onMessage);

    // After an extension update this script is orphaned: it must stop touching the page and the old runtime.
    ctx.onInvalidated(() => {
      follower.stop();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
