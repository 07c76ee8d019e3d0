import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Phrasebook } from '../../src/phrasebook/schema';

/** The options page of the built extension, with its phrasebook list loaded. */
export async function openOptions(context: { newPage(): Promise<Page> }, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('[data-testid="entry-row"]').first().waitFor();
  return page;
}

export interface StoredLibrary {
  revision: number;
  mine: Phrasebook;
  hidden: string[];
}

/** What the extension has stored, read the way the extension reads it (an extension page's chrome.storage). */
export async function storedItem<T>(page: Page, key: string): Promise<T | null> {
  return page.evaluate(async (k) => ((await chrome.storage.local.get(k))[k] ?? null) as never, key);
}

export const storedLibrary = (page: Page) => storedItem<StoredLibrary>(page, 'library');

export const entryRow = (page: Page, id: string, source = 'mine') =>
  page.locator(`[data-testid="entry-row"][data-entry-id="${id}"][data-source="${source}"]`);

export interface EntryFields {
  id?: string;
  step?: string;
  stage?: string;
  zh?: string;
  en?: string;
  noteZh?: string;
  noteEn?: string;
  tags?: string;
}

/** Types into the open editor form the way a lead would. */
export async function fillEntry(page: Page, fields: EntryFields): Promise<void> {
  const editor = page.locator('[data-testid="entry-editor"]');
  if (fields.id !== undefined) await editor.locator('[data-testid="field-id"]').fill(fields.id);
  if (fields.step !== undefined) await editor.locator('[data-testid="field-step"]').selectOption(fields.step);
  if (fields.stage !== undefined) await editor.locator('[data-testid="field-stage"]').selectOption(fields.stage);
  if (fields.tags !== undefined) await editor.locator('[data-testid="field-tags"]').fill(fields.tags);
  if (fields.zh !== undefined) await editor.locator('[data-testid="field-text.zh-CN"]').fill(fields.zh);
  if (fields.en !== undefined) await editor.locator('[data-testid="field-text.en"]').fill(fields.en);
  if (fields.noteZh !== undefined) await editor.locator('[data-testid="field-note.zh-CN"]').fill(fields.noteZh);
  if (fields.noteEn !== undefined) await editor.locator('[data-testid="field-note.en"]').fill(fields.noteEn);
}

/** Saves the open form and waits until the save is stored as a new revision. */
export async function saveEntry(page: Page): Promise<void> {
  const before = (await storedLibrary(page))?.revision ?? 0;
  await page.locator('[data-testid="save-entry"]').click();
  await page.waitForFunction(
    async (rev) =>
      (((await chrome.storage.local.get('library')).library as { revision?: number } | undefined)?.revision ?? 0) > rev,
    before,
  );
}

/** Creates one of the lead's own entries through the form. */
export async function createEntry(
  page: Page,
  fields: EntryFields & { id: string; zh: string; en: string },
): Promise<void> {
  await page.locator('[data-testid="tab-phrasebook"]').click();
  await page.locator('[data-testid="new-entry"]').click();
  await fillEntry(page, fields);
  await saveEntry(page);
}

/** Clicks something that downloads a file and returns the file as the browser saved it. */
export async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}
