import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWrites, type Harness, openDemo, openPanel, startHarness, tabIdOf } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('an extension update under an open helpdesk page', () => {
  it('leaves the old content script stopped cleanly, and the panel asks for a reload that brings it back', async () => {
    const demo = await openDemo(h);
    const problems: string[] = [];
    demo.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    demo.on('pageerror', (e) => problems.push(e.message));
    const tabId = await tabIdOf(h, demo);
    const first = await openPanel(h, tabId);
    await first.locator('[data-testid="last-customer-message"]').waitFor();

    // What Chrome does when an extension updates, done the way its own Reload button on chrome://extensions does it:
    // the runtime restarts, every extension page closes, and scripts already in pages are orphaned.
    const closed = first.waitForEvent('close');
    const extensionsPage = await h.context.newPage();
    await extensionsPage.goto('chrome://extensions/');
    // The Reload button shows only in developer mode; without it, Chromium may disable the reloaded unpacked extension
    // ("unsupportedDeveloperExtension"), which no user who can press Reload would see.
    await extensionsPage.evaluate(async (id) => {
      const { developerPrivate } = chrome as unknown as {
        developerPrivate: {
          updateProfileConfiguration(o: { inDeveloperMode: boolean }): Promise<void>;
          reload(id: string, o: object): Promise<void>;
        };
      };
      await developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
      await developerPrivate.reload(id, { failQuietly: true });
    }, h.ext.extensionId);
    await closed;
    await extensionsPage.close();

    // The orphaned script may no longer reach the extension; it must stop, not throw at every change of the page.
    await customerWrites(demo, '还有人吗？');
    await demo.waitForTimeout(1000);
    expect(problems, JSON.stringify(problems)).toEqual([]);

    // The reloaded extension's pages open again once it is back; its worker starts when an event needs it.
    let panel = await h.context.newPage();
    for (let attempt = 0; attempt < 20; attempt++) {
      // While the extension is still reloading, the tab is refused or gets an error page instead of the panel.
      const opened = await panel
        .goto(`chrome-extension://${h.ext.extensionId}/sidepanel.html?tabId=${tabId}`)
        .then(() => panel.locator('main.panel').waitFor({ timeout: 3000 }))
        .then(() => true)
        .catch(() => false);
      if (opened) break;
      // A tab refused while the extension was reloading keeps refusing; the next try needs a fresh one.
      await panel.close();
      await new Promise((done) => setTimeout(done, 500));
      panel = await h.context.newPage();
    }
    const reload = panel.locator('[data-testid="reload-page"]');
    await reload.waitFor();
    await reload.click();
    await expect
      .poll(() => panel.locator('[data-testid="last-customer-message"]').textContent(), { timeout: 10_000 })
      .toContain('很担心孩子感冒');
  });
});
