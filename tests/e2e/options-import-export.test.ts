import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import {
  createEntry,
  downloaded,
  entryRow,
  fillEntry,
  openOptions,
  saveEntry,
  storedItem,
  storedLibrary,
} from './options-pages';

let h: Harness;
let page: Page;
let exportedJson: Buffer;
let exportedCsv: Buffer;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function exportFile(format: 'json' | 'csv') {
  await page.locator('[data-testid="tab-import"]').click();
  return downloaded(page, () => page.locator(`[data-testid="export-${format}"]`).click());
}

async function resetToDefaults() {
  await page.locator('[data-testid="tab-import"]').click();
  await page.locator('[data-testid="reset-defaults"]').click();
  await page.locator('[data-testid="reset-confirm"]').click();
  await expect.poll(async () => (await storedLibrary(page))?.mine.entries.length).toBe(0);
}

async function importFile(name: string, bytes: Buffer, mimeType: string) {
  await page.locator('[data-testid="tab-import"]').click();
  await page.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType, buffer: bytes });
  await page.locator('[data-testid="import-preview"]').waitFor();
}

async function applyImport() {
  const before = (await storedLibrary(page))?.revision ?? 0;
  await page.locator('[data-testid="import-apply"]').click();
  await expect.poll(async () => (await storedLibrary(page))?.revision).toBe(before + 1);
}

beforeAll(async () => {
  h = await startHarness();
  page = await openOptions(h.context, h.ext.extensionId);
  await createEntry(page, {
    id: 'my-import-1',
    step: 'apologise',
    tags: 'vip, 供暖',
    zh: '{customer}您好，"暖气不热"这件事，是我们的问题，\n今天一定给您答复。',
    en: 'Hi {customer}, the "cold radiator" problem, is on us —\nyou will hear back today.',
    noteZh: '先认错，再给时间。',
    noteEn: '=Own it, then give a time.',
  });
  await page.locator('[data-testid="new-entry"]').click();
  await fillEntry(page, {
    id: 'my-import-2',
    step: 'set_expectations',
    zh: '师傅会在{eta}上门。',
    en: 'The technician will come {eta}.',
  });
  await page.locator('[data-testid="add-next-step"]').click();
  await page.locator('[data-testid="field-nextSteps.0.zh-CN"]').fill('告知工单号，记下联系电话');
  await page.locator('[data-testid="field-nextSteps.0.en"]').fill('Give the ticket number; note the phone, too');
  await saveEntry(page);
  // The lead's edit of a shipped phrase is part of their phrasebook too.
  await entryRow(page, 'ack-angry-wait-1', 'default').locator('[data-testid="edit-entry"]').click();
  await fillEntry(page, { en: 'Hi {customer}, you have waited far too long; that is on us.' });
  await saveEntry(page);
});

afterAll(async () => {
  await h?.close();
});

describe('import and export on the options page', () => {
  it('exports JSON and an Excel-ready CSV (UTF-8 with BOM, one row per entry and locale, Chinese intact)', async () => {
    const json = await exportFile('json');
    const csv = await exportFile('csv');
    exportedJson = json.bytes;
    exportedCsv = csv.bytes;
    expect(json.name).toMatch(/^calmdesk-phrasebook-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json.bytes.toString('utf8'))).toEqual((await storedLibrary(page))?.mine);
    expect(csv.bytes.subarray(0, 3).equals(BOM)).toBe(true);
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines.filter((line) => line.startsWith('entry,')).length).toBe(6);
    expect(csv.bytes.toString('utf8')).toContain(
      '"{customer}您好，""暖气不热""这件事，是我们的问题，\n今天一定给您答复。"',
    );
    // A cell a spreadsheet would run as a formula is guarded with an apostrophe (and read back without it).
    expect(csv.bytes.toString('utf8')).toContain('"\'=Own it, then give a time."');
  });

  it('reproduces the phrasebook exactly from the CSV, and from the JSON, after a reset', async () => {
    const original = (await storedLibrary(page))?.mine;
    await resetToDefaults();
    await importFile('team.csv', exportedCsv, 'text/csv');
    expect(await page.locator('[data-testid="import-group-new"] [data-testid="import-row"]').count()).toBe(3);
    await applyImport();
    expect((await storedLibrary(page))?.mine).toEqual(original);
    expect((await exportFile('csv')).bytes.equals(exportedCsv)).toBe(true);

    await resetToDefaults();
    await importFile('team.json', exportedJson, 'application/json');
    await applyImport();
    expect((await storedLibrary(page))?.mine).toEqual(original);
    expect((await exportFile('json')).bytes.equals(exportedJson)).toBe(true);
    const actions = (await storedItem<{ versions: { action: string }[] }>(page, 'library.history'))?.versions.map(
      (v) => v.action,
    );
    expect(actions?.filter((a) => a === 'reset' || a === 'import')).toEqual(['reset', 'import', 'reset', 'import']);
  });

  it('previews an import with conflicts, changes, new and invalid rows, and applies only what is ticked', async () => {
    // Changed here after the last export: a later file that also changes it conflicts.
    await page.locator('[data-testid="tab-phrasebook"]').click();
    await entryRow(page, 'my-import-1').locator('[data-testid="edit-entry"]').click();
    await fillEntry(page, { en: 'Hi {customer}, my local rewrite.' });
    await saveEntry(page);

    let csv = exportedCsv.toString('utf8');
    csv = csv.replace(
      'Hi {customer}, the ""cold radiator"" problem, is on us —\nyou will hear back today.',
      'Hi {customer}, the file rewrite.',
    );
    csv = csv.replace('师傅会在{eta}上门。', '师傅会在{eta}上门，请保持电话畅通。');
    csv += 'entry,my-import-3,zh-CN,solve,anxious,mild,strong,,any,,新的第三条，马上处理。\r\n';
    csv += 'entry,my-import-3,en,,,,,,,,A new third one; on it now.\r\n';
    csv += 'entry,bad-one,zh-CN,solve,furious,mild,strong,,any,,坏的一条\r\n';
    csv += 'entry,bad-one,en,solve,furious,mild,strong,,any,,A bad one\r\n';
    await importFile('edited-in-excel.csv', Buffer.from(csv, 'utf8'), 'text/csv');

    const row = (key: string) => page.locator(`[data-testid="import-row"][data-key="entries:${key}"]`);
    expect(await row('my-import-1').getAttribute('data-status')).toBe('conflicting');
    expect(await row('my-import-1').textContent()).toContain(
      'changed both here and in the file since the last export or import',
    );
    expect(await row('my-import-1').locator('[data-testid="import-accept"]').isChecked()).toBe(false);
    expect(await row('my-import-2').getAttribute('data-status')).toBe('changed');
    expect(await row('my-import-2').locator('[data-testid="import-accept"]').isChecked()).toBe(true);
    expect(await row('my-import-3').getAttribute('data-status')).toBe('new');
    const invalid = page.locator('[data-testid="import-invalid"]');
    expect(await invalid.count()).toBe(1);
    // Rows as the spreadsheet numbers them: the header is row 1 and a cell with a line break is still one row.
    expect(await invalid.textContent()).toContain('rows 10, 11');
    expect(await invalid.textContent()).toContain('unknown emotion "furious"');
    expect(await page.locator('[data-testid="import-counts"]').textContent()).toContain('Conflicting 1');

    await applyImport();
    const entries = (await storedLibrary(page))?.mine.entries ?? [];
    expect(entries.map((e) => e.id)).toEqual(['my-import-1', 'my-import-2', 'ack-angry-wait-1', 'my-import-3']);
    expect(entries[0]?.text.en).toBe('Hi {customer}, my local rewrite.');
    expect(entries[1]?.text['zh-CN']).toBe('师傅会在{eta}上门，请保持电话畅通。');
    expect(entries[3]?.emotions).toEqual(['anxious']);
  });

  it('takes the file’s side of a conflict when the lead ticks it', async () => {
    let csv = exportedCsv.toString('utf8');
    csv = csv.replace(
      'Hi {customer}, the ""cold radiator"" problem, is on us —\nyou will hear back today.',
      'Hi {customer}, the file wins.',
    );
    await importFile('again.csv', Buffer.from(csv, 'utf8'), 'text/csv');
    const conflict = page.locator('[data-testid="import-row"][data-key="entries:my-import-1"]');
    expect(await conflict.getAttribute('data-status')).toBe('conflicting');
    await conflict.locator('[data-testid="import-accept"]').check();
    await applyImport();
    expect((await storedLibrary(page))?.mine.entries[0]?.text.en).toBe('Hi {customer}, the file wins.');
  });
});
