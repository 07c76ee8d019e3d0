import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWrites, type Harness, openDemoWithPanel, startHarness } from './harness';

let h: Harness;
let demo: Page;
let panel: Page;

const HAN = /\p{Script=Han}/u;

beforeAll(async () => {
  h = await startHarness();
  ({ demo, panel } = await openDemoWithPanel(h));
});

afterAll(async () => {
  await h?.close();
});

async function suggestionTexts(): Promise<string[]> {
  return (await panel.locator('[data-testid="suggestion-text"]').allTextContents()).map((t) => t.replace(/^\d+/, ''));
}

describe('suggestions in the customer’s language', () => {
  it('answers an angry Chinese message with Chinese phrases', async () => {
    await customerWrites(demo, '你们到底怎么回事！！！都催了三次了，太气人了！');
    await expect.poll(() => panel.locator('[data-testid="emotion"]').getAttribute('data-emotion')).toBe('angry');
    const texts = await suggestionTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(HAN);
  });

  it('answers an anxious English message with English phrases', async () => {
    await demo.click('[data-conversation-id="delivery-3307"]');
    await customerWrites(
      demo,
      "I'm really worried, I need it for my daughter's birthday on Saturday. What if it doesn't arrive in time?",
    );
    await expect.poll(() => panel.locator('[data-testid="emotion"]').getAttribute('data-emotion')).toBe('anxious');
    const texts = await suggestionTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(HAN);
  });

  it('fills {customer} with the name read from the page when inserting', async () => {
    await panel.click('[data-testid="more-suggestions"]');
    const withName = panel.locator('[data-testid="suggestion"]', { hasText: 'Priya Shah' }).first();
    await withName.waitFor();
    await demo.fill('#composer-input', '');
    await withName.locator('[data-testid="insert"]').click();
    const inputs = withName.locator('[data-testid="placeholder-input"]');
    const asked = await inputs.count();
    for (let i = 0; i < asked; i++) await inputs.nth(i).fill('within 2 hours');
    if (asked > 0) await withName.locator('[data-testid="insert"]').click();
    await expect.poll(() => demo.inputValue('#composer-input')).toContain('Priya Shah');
    expect(await demo.inputValue('#composer-input')).not.toMatch(/\{[a-z_]+\}/);
  });
});
