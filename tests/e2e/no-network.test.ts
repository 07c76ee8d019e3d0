import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWrites, type Harness, openDemo, openPanel, startHarness, tabIdOf } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('privacy', () => {
  it('makes no network request while a conversation is handled', async () => {
    const requests: string[] = [];
    const record = (who: string) => (request: { url(): string }) => {
      // The extension's own files are not network traffic.
      if (!request.url().startsWith('chrome-extension://')) requests.push(`${who} ${request.url()}`);
    };
    h.context.on('request', (request) => {
      if (request.serviceWorker()) record('service worker')(request);
      else if (request.frame()?.url().startsWith('chrome-extension://')) record('extension page')(request);
    });
    const demo = await openDemo(h);
    // Anything the content script fetched would leave from the helpdesk page, to somewhere other than the helpdesk.
    demo.on('request', (request) => {
      if (!request.url().startsWith(h.server.origin)) record('helpdesk page')(request);
    });
    const panel = await openPanel(h, await tabIdOf(h, demo));
    panel.on('request', record('panel'));
    await panel.locator('[data-testid="last-customer-message"]').waitFor();

    await customerWrites(demo, '你们到底什么时候派人来？？？已经催了好几次了！');
    await expect
      .poll(() => panel.locator('[data-testid="last-customer-message"]').textContent())
      .toContain('催了好几次');
    await panel.locator('[data-testid="suggestion"] [data-testid="insert"]').first().click();
    await demo.type('#composer-input', ' 我们会在2小时内派师傅上门。');
    await demo.click('#send');
    await demo.click('[data-conversation-id="vip-8812"]');
    await expect.poll(() => panel.locator('[data-testid="last-customer-message"]').textContent()).toContain('outage');
    const options = await h.context.newPage();
    options.on('request', record('options page'));
    await options.goto(`chrome-extension://${h.ext.extensionId}/options.html`);
    await options.waitForLoadState('networkidle');

    expect(requests).toEqual([]);
  });
});
