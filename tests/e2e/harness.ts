import type { BrowserContext, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/lib/browser';
import { type StaticServer, serveFolders } from '../../scripts/lib/static-server';

export interface Harness {
  ext: ExtensionBrowser;
  server: StaticServer;
  context: BrowserContext;
  close(): Promise<void>;
}

/** One real headless Chromium with the built extension, and the demo and fixture pages on loopback. */
export async function startHarness(): Promise<Harness> {
  const server = await serveFolders({ '/fixtures': 'tests/fixtures', '/': 'demo' });
  const ext = await launchWithExtension({ headless: true });
  return {
    ext,
    server,
    context: ext.context,
    async close() {
      await ext.close();
      await server.close();
    },
  };
}

/** The demo inbox with the scripted customer off, so each test decides what the customer writes. */
export async function openDemo(h: Harness, hash = ''): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${h.server.origin}/?scripted=0${hash}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const probe = await h.context.newPage();
  await probe.goto(`chrome-extension://${h.ext.extensionId}/sidepanel.html?tabId=0`);
  const url = page.url();
  const id = await probe.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? null;
  }, url);
  await probe.close();
  if (id === null) throw new Error(`no tab with ${url}`);
  return id;
}

export async function openPanel(h: Harness, tabId: number): Promise<Page> {
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** Adds a message the way the helpdesk would when the customer writes; returns the demo's message id. */
export function customerWrites(page: Page, text: string, conversationId?: string): Promise<string> {
  return page.evaluate(
    ([t, c]) => {
      const demo = (
        window as unknown as { calmdeskDemo: { add(c: string, r: string, t: string): string; selectedId: string } }
      ).calmdeskDemo;
      return demo.add(c ?? demo.selectedId, 'customer', t as string);
    },
    [text, conversationId] as const,
  );
}

/** The per-tab state the background stored, read from an extension page (storage.session is not visible to pages). */
export async function readStoredTabState(h: Harness, tabId: number): Promise<unknown> {
  const probe = await h.context.newPage();
  await probe.goto(`chrome-extension://${h.ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  const value = await probe.evaluate(
    async (key) => (await chrome.storage.session.get(key))[key] ?? null,
    `tab:${tabId}`,
  );
  await probe.close();
  return value;
}

/** Customer message texts the extension read for a tab, oldest first. */
export async function customerTextsRead(h: Harness, tabId: number): Promise<string[]> {
  const state = (await readStoredTabState(h, tabId)) as { customerMessages?: { text: string }[] } | null;
  return state?.customerMessages?.map((m) => m.text) ?? [];
}

/** The demo inbox with the panel following its tab, once the panel shows the open conversation's read-out. */
export async function openDemoWithPanel(h: Harness): Promise<{ demo: Page; panel: Page }> {
  const demo = await openDemo(h);
  const panel = await openPanel(h, await tabIdOf(h, demo));
  await panel.locator('[data-testid="last-customer-message"]').waitFor();
  return { demo, panel };
}
