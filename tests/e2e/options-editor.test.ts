import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWrites, type Harness, openDemo, openPanel, startHarness, tabIdOf } from './harness';
import { createEntry, entryRow, fillEntry, openOptions, saveEntry, storedItem, storedLibrary } from './options-pages';

let h: Harness;
let page: Page;

const ANGRY = '你们到底怎么回事！！！都催了三次了，太气人了';
const mineEntry = async (p: Page, id: string) => (await storedLibrary(p))?.mine.entries.find((e) => e.id === id);

beforeAll(async () => {
  h = await startHarness();
  page = await openOptions(h.context, h.ext.extensionId);
});

afterAll(async () => {
  await h?.close();
});

describe('the phrasebook editor on the options page', () => {
  it('creates an entry with both locales and then edits it, each save stored as a version', async () => {
    await createEntry(page, {
      id: 'my-ack-angry',
      step: 'acknowledge',
      stage: 'opening',
      tags: '等待, vip',
      zh: '【我的】{customer}您好，让您这么生气真的很抱歉，我马上处理。',
      en: '[Mine] Hi {customer}, I am really sorry this made you so angry; I am on it now.',
    });
    await expect.poll(() => entryRow(page, 'my-ack-angry').count()).toBe(1);
    const created = await mineEntry(page, 'my-ack-angry');
    expect(created).toMatchObject({
      step: 'acknowledge',
      stage: 'opening',
      emotions: ['angry'],
      tags: ['等待', 'vip'],
    });
    expect(created?.text['zh-CN']).toBe('【我的】{customer}您好，让您这么生气真的很抱歉，我马上处理。');

    await entryRow(page, 'my-ack-angry').locator('[data-testid="edit-entry"]').click();
    await fillEntry(page, { en: '[Mine] Hi {customer}, I am so sorry you are this upset. I am fixing it now.' });
    await saveEntry(page);
    expect((await mineEntry(page, 'my-ack-angry'))?.text.en).toBe(
      '[Mine] Hi {customer}, I am so sorry you are this upset. I am fixing it now.',
    );
    const history = await storedItem<{ versions: { action: string }[] }>(page, 'library.history');
    expect(history?.versions.map((v) => v.action)).toEqual(['initial', 'create', 'edit']);
  });

  it('shows a located error for invalid input and does not let it be saved', async () => {
    const before = await storedLibrary(page);
    await entryRow(page, 'my-ack-angry').locator('[data-testid="edit-entry"]').click();
    await fillEntry(page, { en: '' });
    await expect.poll(() => page.locator('[data-testid="error-text.en"]').textContent()).toContain('text is empty');
    await expect.poll(() => page.locator('[data-testid="field-text.en"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-testid="save-entry"]').isDisabled()).toBe(true);

    await fillEntry(page, { en: 'Hi {customer}, we will call you back {eta}.' });
    await expect.poll(() => page.locator('[data-testid="error-text"]').textContent()).toContain('only en has {eta}');
    await fillEntry(page, { id: 'Bad Id', en: 'Hi {customer}.' });
    await expect.poll(() => page.locator('[data-testid="error-id"]').textContent()).toContain('lower-case letters');
    await expect.poll(() => page.locator('[data-testid="editor-errors"]').textContent()).toContain('Id (a-z, 0-9, -)');
    expect(await page.locator('[data-testid="save-entry"]').isDisabled()).toBe(true);
    // Enter in a field submits the form: still nothing is saved.
    await page.locator('[data-testid="field-id"]').press('Enter');
    expect(await storedLibrary(page)).toEqual(before);
    await page.locator('[data-testid="close-editor"]').click();
    await page.locator('[data-testid="guard-discard"]').click();
    expect(await page.locator('[data-testid="entry-editor"]').count()).toBe(0);
  });

  it('asks before leaving an entry with unsaved changes', async () => {
    await entryRow(page, 'my-ack-angry').locator('[data-testid="edit-entry"]').click();
    await fillEntry(page, { noteEn: 'Say sorry first.' });
    await entryRow(page, 'ack-angry-wait-1', 'default').locator('[data-testid="edit-entry"]').click();
    await page.locator('[data-testid="unsaved-guard"]').waitFor();
    expect(await page.locator('[data-testid="field-id"]').inputValue()).toBe('my-ack-angry');
    await page.locator('[data-testid="guard-discard"]').click();
    await expect.poll(() => page.locator('[data-testid="field-id"]').inputValue()).toBe('ack-angry-wait-1');
    await page.locator('[data-testid="close-editor"]').click();
  });

  it('shows the edit in the test bench at once, before and after saving', async () => {
    await page.locator('[data-testid="bench-input"]').fill(ANGRY);
    await expect.poll(() => page.locator('[data-testid="bench-emotion"]').getAttribute('data-emotion')).toBe('angry');
    const ours = page.locator('[data-testid="bench-suggestion"][data-entry-id="my-ack-angry"]');
    await expect.poll(() => ours.getAttribute('data-source')).toBe('mine');
    expect(await ours.textContent()).toContain('让您这么生气真的很抱歉');
    expect(await page.locator('[data-testid="bench-evidence"]').textContent()).toContain('催了三次');

    await entryRow(page, 'my-ack-angry').locator('[data-testid="edit-entry"]').click();
    await fillEntry(page, { zh: '【改过】{customer}，这事确实是我们没做好，我现在就跟进。' });
    await expect.poll(() => ours.textContent()).toContain('【改过】');
    expect((await mineEntry(page, 'my-ack-angry'))?.text['zh-CN']).toContain('【我的】');
    await saveEntry(page);
    expect((await mineEntry(page, 'my-ack-angry'))?.text['zh-CN']).toContain('【改过】');
    await expect.poll(() => ours.textContent()).toContain('【改过】');

    // Hiding a shipped phrase takes it out of the suggestions as well.
    const shipped = page.locator('[data-testid="bench-suggestion"][data-source="default"]').first();
    const shippedId = await shipped.getAttribute('data-entry-id');
    await entryRow(page, shippedId ?? '', 'default')
      .locator('[data-testid="delete-entry"]')
      .click();
    await expect
      .poll(() => page.locator(`[data-testid="bench-suggestion"][data-entry-id="${shippedId}"]`).count())
      .toBe(0);
    expect((await storedLibrary(page))?.hidden).toContain(shippedId);
  });

  it('restores an earlier version from the history, keeping the current one as a version', async () => {
    await page.locator('[data-testid="tab-history"]').click();
    const created = page.locator('[data-testid="version"][data-action="create"]');
    await created.locator('[data-testid="view-version"]').click();
    // The history lists texts in the UI language (English in this browser).
    expect(await created.locator('[data-testid="version-details"]').textContent()).toContain(
      'I am really sorry this made you so angry',
    );
    await created.locator('[data-testid="restore-version"]').click();
    await expect.poll(async () => (await mineEntry(page, 'my-ack-angry'))?.text['zh-CN']).toContain('【我的】');
    expect((await storedLibrary(page))?.hidden).toEqual([]);
    await expect
      .poll(() => page.locator('[data-testid="version"]').first().getAttribute('data-action'))
      .toBe('restore');
    const history = await storedItem<{ versions: { action: string }[] }>(page, 'library.history');
    expect(history?.versions.map((v) => v.action)).toEqual(['initial', 'create', 'edit', 'edit', 'delete', 'restore']);
    await page.locator('[data-testid="tab-phrasebook"]').click();
  });

  it('keeps the edits of two options tabs saving different entries', async () => {
    const other = await openOptions(h.context, h.ext.extensionId);
    await entryRow(page, 'my-ack-angry').locator('[data-testid="edit-entry"]').click();
    await fillEntry(page, { noteZh: '先道歉。', noteEn: 'Apologise first.' });
    await other.locator('[data-testid="new-entry"]').click();
    await fillEntry(other, { id: 'my-second-tab', zh: '第二个标签页写的。', en: 'Written in the second tab.' });
    await saveEntry(page);
    await other.locator('[data-testid="external-change"]').waitFor();
    await saveEntry(other);
    const stored = await storedLibrary(page);
    expect(stored?.mine.entries.map((e) => e.id)).toEqual(['my-ack-angry', 'my-second-tab']);
    expect(stored?.mine.entries[0]?.note?.en).toBe('Apologise first.');
    await expect.poll(() => entryRow(page, 'my-second-tab').count()).toBe(1);
    await other.close();
  });

  it('offers to merge when another tab saved the entry being edited, and keeps both edits', async () => {
    const other = await openOptions(h.context, h.ext.extensionId);
    await entryRow(page, 'my-second-tab').locator('[data-testid="edit-entry"]').click();
    await entryRow(other, 'my-second-tab').locator('[data-testid="edit-entry"]').click();
    await fillEntry(page, { en: 'Written in the second tab, edited in the first.' });
    await fillEntry(other, { tags: 'two-tabs' });
    await saveEntry(page);
    await other.locator('[data-testid="entry-changed-elsewhere"]').waitFor();
    await other.locator('[data-testid="merge-entry"]').click();
    expect(await other.locator('[data-testid="merge-result"]').textContent()).toContain('Merged');
    expect(await other.locator('[data-testid="field-text.en"]').inputValue()).toBe(
      'Written in the second tab, edited in the first.',
    );
    await saveEntry(other);
    const saved = await mineEntry(page, 'my-second-tab');
    expect(saved?.text.en).toBe('Written in the second tab, edited in the first.');
    expect(saved?.tags).toEqual(['two-tabs']);
    await other.close();
  });

  it('uses custom lexicon terms in the test bench as they are typed, and in the panel once saved', async () => {
    const slang = '这次维修太拉胯了';
    await page.locator('[data-testid="bench-input"]').fill(slang);
    await expect.poll(() => page.locator('[data-testid="bench-emotion"]').getAttribute('data-emotion')).toBe('neutral');
    await page.locator('[data-testid="tab-terms"]').click();
    await page.locator('[data-testid="add-term"]').click();
    await page.locator('[data-testid="term-text"]').fill('拉胯');
    await page.locator('[data-testid="term-weight"]').fill('9');
    await expect.poll(() => page.locator('[data-testid="term-error-0-weight"]').textContent()).toContain('at most 5');
    expect(await page.locator('[data-testid="save-terms"]').isDisabled()).toBe(true);
    await page.locator('[data-testid="term-weight"]').fill('4');
    // Not saved yet, and the bench already reads the message with the new term.
    await expect.poll(() => page.locator('[data-testid="bench-emotion"]').getAttribute('data-emotion')).toBe('angry');
    expect(await page.locator('[data-testid="bench-evidence"]').textContent()).toContain('拉胯');
    expect(await storedItem(page, 'lexicon.customTerms')).toBeNull();

    await page.locator('[data-testid="save-terms"]').click();
    await expect
      .poll(() => storedItem(page, 'lexicon.customTerms'))
      .toEqual([{ term: '拉胯', lang: 'zh', emotion: 'angry', weight: 4 }]);
    const demo = await openDemo(h);
    const panel = await openPanel(h, await tabIdOf(h, demo));
    await customerWrites(demo, '师傅的服务真拉胯');
    await expect
      .poll(() => panel.locator('[data-testid="last-customer-message"]').textContent())
      .toBe('师傅的服务真拉胯');
    // The background read the new message with the saved term: it is marked as evidence for anger.
    const evidence = panel.locator('[data-testid="last-customer-message"] [data-testid="evidence"]');
    await expect.poll(() => evidence.allTextContents()).toContain('拉胯');
    await panel.close();
    await demo.close();
    await page.locator('[data-testid="tab-phrasebook"]').click();
  });

  it('says when browser storage is full, loses nothing, and saves once there is room again', async () => {
    const before = await storedLibrary(page);
    // Fill what is left of the 10 MB storage.local quota, down to the last few bytes.
    const junkKeys = await page.evaluate(async () => {
      const keys: string[] = [];
      for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10]) {
        for (;;) {
          const key = `junk-${keys.length}`;
          try {
            await chrome.storage.local.set({ [key]: 'x'.repeat(size) });
            keys.push(key);
          } catch {
            break;
          }
        }
      }
      return keys;
    });
    await entryRow(page, 'my-ack-angry').locator('[data-testid="edit-entry"]').click();
    await fillEntry(page, { en: 'Hi {customer}, written while the disk was full.' });
    await page.locator('[data-testid="save-entry"]').click();
    await page.locator('[data-testid="storage-full"]').waitFor();
    expect(await storedLibrary(page)).toEqual(before);
    expect(await page.locator('[data-testid="field-text.en"]').inputValue()).toBe(
      'Hi {customer}, written while the disk was full.',
    );

    // One of the ways out the page offers: fewer history versions (a smaller write always fits).
    await page.locator('[data-testid="storage-full"] button').first().click();
    await expect
      .poll(async () => (await storedItem<{ versions: unknown[] }>(page, 'library.history'))?.versions.length)
      .toBe(10);
    await page.evaluate((keys) => chrome.storage.local.remove(keys), junkKeys);
    await saveEntry(page);
    expect((await mineEntry(page, 'my-ack-angry'))?.text.en).toBe('Hi {customer}, written while the disk was full.');
    await page.locator('[data-testid="close-editor"]').click();
  });

  it('has no serious or critical axe violations on any tab, in light and dark mode, and moves between tabs by keyboard', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Every row is built alike: a few are checked rather than all 350, twelve times over.
    await page.locator('[data-testid="filter-search"]').fill('ack-angry');
    await page.locator('[data-testid="edit-entry"]').first().click();
    for (const tab of ['phrasebook', 'import', 'history', 'team', 'terms', 'usage']) {
      await page.locator(`[data-testid="tab-${tab}"]`).click();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // Evaluated through DevTools, which the extension page's CSP (rightly) does not let a <script> tag do.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }
          ).axe;
          const result = await axe.run();
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
        });
        expect(violations, `${tab} ${scheme}`).toEqual([]);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('[data-testid="tab-usage"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-testid="tab-phrasebook"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-phrasebook');
  });
});
