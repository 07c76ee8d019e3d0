import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/browser';
import { type StaticServer, serveFolders } from '../../scripts/lib/static-server';
import type { Harness } from './harness';
import { entryRow, openOptions } from './options-pages';

/**
 * Chromium on Linux reads enterprise policy from this folder; "3rdparty" → "extensions" → <id> becomes that
 * extension's storage.managed. The policy is written for a private copy of the build (its own path, so its own id):
 * other test runs on this machine load .output/chrome-mv3 and must not see it.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
/** The build under test: the one the launcher would load. */
const BUILD = resolve(process.env.CALMDESK_EXTENSION_DIR ?? '.output/chrome-mv3');

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits written as a–p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

const POLICY_BOOK = {
  schemaVersion: 1,
  id: 'it-pushed',
  kind: 'team',
  name: { 'zh-CN': '总部统一话术', en: 'Head office phrasebook' },
  entries: [
    {
      id: 'policy-ack-anxious',
      step: 'acknowledge',
      emotions: ['anxious'],
      intensity: { min: 'calm', max: 'severe' },
      tags: ['policy'],
      text: {
        'zh-CN': '【总部】{customer}您好，您的担心我们都记下了，这就为您加急处理。',
        en: '[Head office] Hi {customer}, we have noted every concern and are rushing this for you.',
      },
    },
  ],
  avoid: [],
};

let copyRoot: string;
let extensionDir: string;
let policyFile: string;
let ext: ExtensionBrowser;
let server: StaticServer;
let options: Page;
const previousDir = process.env.CALMDESK_EXTENSION_DIR;

beforeAll(async () => {
  copyRoot = await mkdtemp(join(tmpdir(), 'calmdesk-managed-'));
  extensionDir = join(copyRoot, 'chrome-mv3');
  await cp(BUILD, extensionDir, { recursive: true });
  await mkdir(POLICY_DIR, { recursive: true });
  policyFile = join(POLICY_DIR, `calmdesk-e2e-${unpackedExtensionId(extensionDir)}.json`);
  const policy = {
    '3rdparty': {
      extensions: { [unpackedExtensionId(extensionDir)]: { phrasebook: POLICY_BOOK, teamRefreshMinutes: 30 } },
    },
  };
  await writeFile(policyFile, JSON.stringify(policy));
  process.env.CALMDESK_EXTENSION_DIR = extensionDir;
  // Loaded after the variable is set: the launcher reads it once, when first imported (so is ./harness, which
  // imports it; this file takes only types from it statically).
  const { launchWithExtension } = await import('../../scripts/lib/browser');
  ext = await launchWithExtension({ headless: true });
  server = await serveFolders({ '/fixtures': 'tests/fixtures', '/': 'demo' });
  options = await openOptions(ext.context, ext.extensionId);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (policyFile) await rm(policyFile, { force: true });
  if (copyRoot) await rm(copyRoot, { recursive: true, force: true });
  if (previousDir === undefined) delete process.env.CALMDESK_EXTENSION_DIR;
  else process.env.CALMDESK_EXTENSION_DIR = previousDir;
});

describe('a team phrasebook set by enterprise policy', () => {
  it('is declared in the build: the manifest names a managed-storage schema that describes the policy', async () => {
    const manifest = JSON.parse(await readFile(join(BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    const schema = JSON.parse(await readFile(join(BUILD, manifest.storage.managed_schema), 'utf8'));
    expect(Object.keys(schema.properties)).toEqual(['teamPhrasebookUrl', 'teamRefreshMinutes', 'phrasebook']);
    expect(schema.properties.phrasebook.properties.entries.items.properties.text).toEqual({ $ref: 'LocalizedText' });
  });

  it('reaches the extension as managed storage', async () => {
    expect(ext.extensionId).toBe(unpackedExtensionId(extensionDir));
    await expect
      .poll(() => options.evaluate(() => chrome.storage.managed.get()))
      .toEqual({ phrasebook: POLICY_BOOK, teamRefreshMinutes: 30 });
  });

  it('is shown on the options page as the administrator’s, read-only, and used by the test bench', async () => {
    await options.locator('[data-testid="tab-team"]').click();
    expect(await options.locator('[data-testid="team-policy-book"]').textContent()).toContain('Head office phrasebook');
    expect(await options.locator('[data-testid="team-minutes"]').inputValue()).toBe('30');
    expect(await options.locator('[data-testid="team-minutes"]').isDisabled()).toBe(true);

    await options.locator('[data-testid="tab-phrasebook"]').click();
    const row = entryRow(options, 'policy-ack-anxious', 'team');
    expect(await row.count()).toBe(1);
    expect(await row.locator('[data-testid="delete-entry"]').count()).toBe(0);
    await options.locator('[data-testid="bench-input"]').fill('孩子发烧了，暖气还是不热，我真的很担心，怎么办？');
    const suggestion = options.locator('[data-testid="bench-suggestion"][data-entry-id="policy-ack-anxious"]');
    await expect.poll(() => suggestion.getAttribute('data-source')).toBe('team');
  });

  it('is among the suggestions in the side panel', async () => {
    const { openDemo, openPanel, tabIdOf } = await import('./harness');
    const h = { ext, server, context: ext.context } as Harness;
    const demo = await openDemo(h);
    const panel = await openPanel(h, await tabIdOf(h, demo));
    const suggestion = panel.locator('[data-testid="suggestion"][data-entry-id="policy-ack-anxious"]');
    await expect.poll(() => suggestion.count(), { timeout: 10_000 }).toBe(1);
    expect(await suggestion.textContent()).toContain('【总部】');
  });
});
