import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openDemo, openPanel, startHarness, tabIdOf } from './harness';
import { downloaded, openOptions, storedItem } from './options-pages';

let h: Harness;
let demo: Page;
let panel: Page;
let options: Page;

interface StoredUsage {
  insertions: { phrasebookId: string; entryId: string; emotion: string; intensity: string; count: number }[];
}

/** Inserts the panel's first suggestion the way an agent does, filling any value the phrase asks for. */
async function insertFirstSuggestion(): Promise<string> {
  const suggestion = panel.locator('[data-testid="suggestion"]').first();
  const id = (await suggestion.getAttribute('data-entry-id')) ?? '';
  await suggestion.locator('[data-testid="insert"]').click();
  const inputs = suggestion.locator('[data-testid="placeholder-input"]');
  if ((await inputs.count()) > 0) {
    for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill(`值${i + 1}`);
    await suggestion.locator('[data-testid="insert"]').click();
  }
  return id;
}

beforeAll(async () => {
  h = await startHarness();
  demo = await openDemo(h);
  panel = await openPanel(h, await tabIdOf(h, demo));
  await panel.locator('[data-testid="suggestion"]').first().waitFor();
  options = await openOptions(h.context, h.ext.extensionId);
  await options.locator('[data-testid="tab-usage"]').click();
});

afterAll(async () => {
  await h?.close();
});

describe('usage figures', () => {
  it('count a suggestion inserted from the panel, with the emotion and intensity it was inserted for', async () => {
    const emotion = await panel.locator('[data-testid="emotion"]').getAttribute('data-emotion');
    const intensity = await panel.locator('[data-testid="intensity"]').getAttribute('data-intensity');
    const id = await insertFirstSuggestion();
    await expect.poll(() => demo.inputValue('#composer-input')).not.toBe('');
    await expect
      .poll(async () => (await storedItem<StoredUsage>(options, 'usage'))?.insertions)
      .toEqual([{ phrasebookId: 'default', entryId: id, emotion, intensity, count: 1, lastAt: expect.any(Number) }]);
    const bar = options.locator(
      `[data-testid="usage-chart-${emotion}"] [data-testid="usage-bar"][data-entry-id="${id}"]`,
    );
    await expect.poll(() => bar.getAttribute('data-count')).toBe('1');

    await demo.fill('#composer-input', '');
    expect(await insertFirstSuggestion()).toBe(id);
    await expect.poll(() => bar.getAttribute('data-count')).toBe('2');
    expect(await options.locator('[data-testid="usage-total"]').textContent()).toContain('2');
  });

  it('export as CSV, one row per phrase, emotion and intensity, with the phrase text', async () => {
    const usage = await storedItem<StoredUsage>(options, 'usage');
    const row = usage?.insertions[0];
    const file = await downloaded(options, () => options.locator('[data-testid="usage-export"]').click());
    expect(file.name).toMatch(/^calmdesk-usage-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = file.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('phrasebook,entry_id,step,emotion,intensity,insertions,last_inserted,text_zh_cn,text_en');
    expect(lines[1]).toMatch(new RegExp(`^default,${row?.entryId},\\w+,${row?.emotion},${row?.intensity},2,\\d{4}-`));
    expect(lines[1]).toMatch(/[\u4e00-\u9fff]/);
  });
});
