import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerTextsRead, type Harness, openPanel, startHarness, tabIdOf } from './harness';

let h: Harness;
let page: Page;
let panel: Page;
let tabId: number;

const expectedCustomerTexts = () =>
  page.evaluate(() => (window as unknown as { expectedCustomerTexts: string[] }).expectedCustomerTexts);

beforeAll(async () => {
  h = await startHarness();
  page = await h.context.newPage();
  await page.goto(`${h.server.origin}/fixtures/teach/`);
  tabId = await tabIdOf(h, page);
  panel = await openPanel(h, tabId);
});

afterAll(async () => {
  await h?.close();
});

describe('teach this page', () => {
  it('learns the customer side from one click on each side and reads only the customer', async () => {
    await panel.click('.settings summary');
    await panel.click('[data-testid="teach-current-page"]');
    await page.click('text=你好，我家的宽带从早上开始一直断线。');
    await page.click('text=您好赵先生，我帮您查一下线路状态。');
    const result = page.locator('calmdesk-picker span').first();
    await expect.poll(() => result.textContent()).toMatch(/2/);
    await page.locator('calmdesk-picker button').first().click();
    await expect.poll(() => customerTextsRead(h, tabId)).toEqual(await expectedCustomerTexts());
    await panel.locator('[data-testid="last-customer-message"]').waitFor();
    expect(await panel.locator('[data-testid="last-customer-message"]').textContent()).toBe(
      '我下午还要开视频会，到底什么时候能好？',
    );
  });

  it('follows new customer messages on the taught page, and keeps what it learned after a reload', async () => {
    await page.evaluate(() =>
      (window as unknown as { customerSays(t: string): void }).customerSays('都两个小时了还没人来？'),
    );
    await expect
      .poll(() => panel.locator('[data-testid="last-customer-message"]').textContent())
      .toBe('都两个小时了还没人来？');
    await page.reload();
    await page.waitForLoadState('load');
    const expected = await expectedCustomerTexts();
    expect(expected).toHaveLength(2);
    await expect.poll(() => customerTextsRead(h, tabId)).toEqual(expected);
  });

  it('exports the taught sites and imports them again, refusing a broken file without losing anything', async () => {
    await panel.locator('[data-testid="taught-sites"] li').first().waitFor();
    const download = panel.waitForEvent('download');
    await panel.click('[data-testid="export-taught"]');
    const file = await (await download).path();
    const exported = await readFile(file, 'utf8');
    expect(JSON.parse(exported).sites[0].origin).toBe(h.server.origin);

    await panel.setInputFiles('[data-testid="import-taught"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"calmdesk-taught-sites","version":1,"sites":[{"origin":"not a url"}]}'),
    });
    await expect.poll(() => panel.locator('[data-testid="taught-message"]').textContent()).toContain('broken.json');
    expect(await panel.locator('[data-testid="taught-sites"] li').count()).toBe(1);

    await panel.evaluate(() => chrome.storage.local.set({ taughtSites: [] }));
    await expect.poll(() => panel.locator('[data-testid="taught-sites"] li').count()).toBe(0);
    await panel.setInputFiles('[data-testid="import-taught"]', {
      name: 'calmdesk-taught-sites.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => panel.locator('[data-testid="taught-sites"] li').count()).toBe(1);
    await page.reload();
    await page.waitForLoadState('load');
    const expected = await expectedCustomerTexts();
    await expect.poll(() => customerTextsRead(h, tabId)).toEqual(expected);
  });
});
