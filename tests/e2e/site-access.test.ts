import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openDemo, openPanel, startHarness, tabIdOf } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('a site the agent enabled', () => {
  it('can be disabled again from the panel, which removes its registered content script', async () => {
    const demo = await openDemo(h);
    const panel = await openPanel(h, await tabIdOf(h, demo));
    const id = `site:${h.server.origin}`;
    // What "Enable on this site" leaves behind; the permission prompt before it cannot be answered headless.
    await panel.evaluate(
      ([scriptId, origin]) =>
        chrome.scripting.registerContentScripts([
          { id: scriptId, matches: [`${origin}/*`], js: ['/content-scripts/content.js'], allFrames: true },
        ]),
      [id, h.server.origin] as const,
    );
    await panel.reload();
    await panel.click('.settings summary');
    await panel.click('[data-testid="disable-site"]');
    await expect.poll(() => panel.locator('[data-testid="disable-site"]').count()).toBe(0);
    const left = await panel.evaluate(
      (scriptId) => chrome.scripting.getRegisteredContentScripts({ ids: [scriptId] }),
      id,
    );
    expect(left).toEqual([]);
  });
});
