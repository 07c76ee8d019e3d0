import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopExtensionServiceWorker } from '../../scripts/lib/browser';
import { customerWrites, type Harness, openDemo, openPanel, startHarness, tabIdOf } from './harness';

const READ_OUT_TIMEOUT_MS = 2000;

let h: Harness;
let demo: Page;
let panel: Page;

const lastMessage = () => panel.locator('[data-testid="last-customer-message"]');
const count = () => panel.locator('[data-testid="customer-message-count"]');
const emotion = () => panel.locator('[data-testid="emotion"]');

beforeAll(async () => {
  h = await startHarness();
  demo = await openDemo(h);
  panel = await openPanel(h, await tabIdOf(h, demo));
  await lastMessage().waitFor();
});

afterAll(async () => {
  await h?.close();
});

describe('the side panel on the demo helpdesk', () => {
  it('shows the open conversation read from the page', async () => {
    await expect.poll(() => lastMessage().textContent()).toContain('很担心孩子感冒');
    await expect.poll(() => count().textContent()).toContain('2');
    await expect.poll(() => emotion().getAttribute('data-emotion')).toBe('anxious');
  });

  it('reads a new customer message within 2 s, with its emotion', async () => {
    const text = '你们到底怎么回事！！！都催了三次了，太气人了，再不派人来我就打12345投诉！';
    await customerWrites(demo, text);
    await expect.poll(() => lastMessage().textContent(), { timeout: READ_OUT_TIMEOUT_MS }).toBe(text);
    await expect.poll(() => emotion().getAttribute('data-emotion'), { timeout: READ_OUT_TIMEOUT_MS }).toBe('angry');
    await expect.poll(() => count().textContent()).toContain('3');
  });

  it('never reads an agent message or an internal note as the customer', async () => {
    const before = await lastMessage().textContent();
    await demo.fill('#composer-input', '王女士您好，师傅今天下午两点前到您家。');
    await demo.click('#send');
    await demo.check('input[name="mode"][value="note"]');
    await demo.fill('#composer-input', '内部备注：客户情绪激动，注意跟进。');
    await demo.click('#send');
    await demo.check('input[name="mode"][value="agent"]');
    await expect.poll(() => demo.locator('.message--note').count()).toBe(2);
    // Give the extension the same time a customer message gets; nothing may change.
    await panel.waitForTimeout(READ_OUT_TIMEOUT_MS);
    expect(await lastMessage().textContent()).toBe(before);
    expect(await count().textContent()).toContain('3');
  });

  it('inserts a suggestion into the composer without sending it', async () => {
    const messagesBefore = await demo.locator('.message').count();
    const suggestion = panel.locator('[data-testid="suggestion"]').first();
    await suggestion.locator('[data-testid="insert"]').click();
    const inputs = suggestion.locator('[data-testid="placeholder-input"]');
    const asked = await inputs.count();
    for (let i = 0; i < asked; i++) await inputs.nth(i).fill(`值${i + 1}`);
    if (asked > 0) await suggestion.locator('[data-testid="insert"]').click();
    // The number before the text is the Alt+N shortcut, not part of the phrase.
    const shown = await suggestion.locator('[data-testid="suggestion-text"]').textContent();
    const text = (shown ?? '').replace(/^\d+/, '');
    await expect.poll(() => demo.inputValue('#composer-input')).toContain(text.trim());
    expect(await demo.locator('.message').count()).toBe(messagesBefore);
    expect(text).not.toMatch(/\{[a-z_]+\}/);
  });

  it('resets the read-out when the agent switches conversation', async () => {
    await demo.click('[data-conversation-id="vip-8812"]');
    await expect
      .poll(() => lastMessage().textContent(), { timeout: READ_OUT_TIMEOUT_MS })
      .toContain('third outage this month');
    await expect.poll(() => count().textContent()).toContain('2');
    await expect.poll(() => emotion().getAttribute('data-emotion')).toBe('disappointed');
  });

  it('keeps the state when the service worker is stopped, and goes on with the next message', async () => {
    await stopExtensionServiceWorker(h.ext.browser, h.ext.extensionId);
    await panel.reload();
    await expect.poll(() => lastMessage().textContent()).toContain('third outage this month');
    const text = 'We have 200 merchants who cannot take payments. I need an ETA right now, this is urgent!';
    await customerWrites(demo, text);
    await expect.poll(() => lastMessage().textContent(), { timeout: READ_OUT_TIMEOUT_MS }).toBe(text);
    // 3, not 1: the new message joined the conversation restored from storage rather than starting a new one.
    await expect.poll(() => count().textContent()).toContain('3');
  });
});
