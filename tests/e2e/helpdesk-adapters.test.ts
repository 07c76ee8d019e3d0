import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerTextsRead, type Harness, openPanel, readStoredTabState, startHarness, tabIdOf } from './harness';

/**
 * Each built-in adapter on its helpdesk's fixture page (tests/fixtures/helpdesks/<id>/). What a correct reader must
 * read comes from the page itself: the fixture marks each message with data-expect, which no adapter looks at.
 */
const HELPDESKS = [
  'chatwoot',
  'zendesk',
  'live-helper-chat',
  'zammad',
  'freescout',
  'rocket-chat',
  'tiledesk',
  'libredesk',
  'crisp',
  'intercom',
] as const;

const READ_TIMEOUT_MS = 5000;

interface Fixture {
  active: string;
  expected(): string[];
  excluded(): { role: string; text: string }[];
  roles(): string[];
  composerTexts(): Record<string, string>;
  add(role: string, text: string): void;
  addTo(conversation: string, role: string, text: string): void;
}

/** The fixture page's hooks (tests/fixtures/helpdesks/kit.js), called inside the page. */
declare global {
  interface Window {
    helpdeskFixture: Fixture;
  }
}

interface StoredConversation {
  meta?: { adapterId: string; conversationId: string };
  agentMessages?: { text: string }[];
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** A conversation can be on a new page after a switch (FreeScout opens it as a page): no fixture until it loads. */
const activeConversation = (page: Page) =>
  page.evaluate(() => (window.helpdeskFixture as Fixture | undefined)?.active ?? null).catch(() => null);

describe.each(HELPDESKS)('the %s adapter on its fixture page', (helpdesk) => {
  let page: Page;
  let panel: Page;
  let tabId: number;

  const expected = () => page.evaluate(() => window.helpdeskFixture.expected());
  const read = () => customerTextsRead(h, tabId);
  const stored = async () => ((await readStoredTabState(h, tabId)) ?? {}) as StoredConversation;
  // Agent replies are kept to sink phrases already sent; an internal note or a system row must never be among them.
  const agentTextsRead = async () => (await stored()).agentMessages?.map((m) => m.text) ?? [];
  const agentTextsExpected = async () =>
    (await page.evaluate(() => window.helpdeskFixture.excluded())).filter((m) => m.role === 'agent').map((m) => m.text);
  const lastInPanel = () => panel.locator('[data-testid="last-customer-message"]').textContent();
  const add = (role: string, text: string) =>
    page.evaluate(([r, t]) => window.helpdeskFixture.add(r, t), [role, text] as const);

  beforeAll(async () => {
    page = await h.context.newPage();
    await page.goto(`${h.server.origin}/fixtures/helpdesks/${helpdesk}/index.html`);
    await page.waitForSelector('html[data-ready="true"]');
    tabId = await tabIdOf(h, page);
    panel = await openPanel(h, tabId);
  });

  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  it('reads the customer messages of the selected conversation, and no agent reply, note or system row', async () => {
    const want = await expected();
    const excluded = await page.evaluate(() => window.helpdeskFixture.excluded());
    expect(want.length).toBeGreaterThanOrEqual(2);
    expect(excluded.some((m) => m.role === 'agent')).toBe(true);
    expect(excluded.some((m) => m.role === 'note' || m.role === 'system')).toBe(true);

    await expect.poll(read, { timeout: READ_TIMEOUT_MS }).toEqual(want);
    expect((await stored()).meta?.adapterId).toBe(helpdesk);
    expect(await agentTextsRead()).toEqual(await agentTextsExpected());
    await expect.poll(lastInPanel, { timeout: READ_TIMEOUT_MS }).toBe(want.at(-1));
  });

  it('follows a new customer message, and not the agent reply or note written just before it', async () => {
    for (const role of (await page.evaluate(() => window.helpdeskFixture.roles())).filter((r) => r !== 'customer')) {
      await add(
        role,
        role === 'note' ? '内部备注：已升级给二线，别承诺具体时间。' : 'I have escalated this to our network team.',
      );
    }
    const text = `抱歉再问一次，维修师傅大概几点能到？I need a time window please (${helpdesk}).`;
    await add('customer', text);
    const want = await expected();
    expect(want.at(-1)).toBe(text);

    await expect.poll(read, { timeout: READ_TIMEOUT_MS }).toEqual(want);
    expect(await agentTextsRead()).toEqual(await agentTextsExpected());
    await expect.poll(lastInPanel, { timeout: READ_TIMEOUT_MS }).toBe(text);
  });

  it('does not read a customer message that arrives in a conversation the agent is not looking at', async () => {
    const other = await page.getAttribute('[data-fixture-switch]', 'data-fixture-switch');
    expect(other).toBeTruthy();
    const elsewhere = `Hello? Is anyone there? (background conversation of ${helpdesk})`;
    await page.evaluate(([c, t]) => window.helpdeskFixture.addTo(c, 'customer', t), [
      other as string,
      elsewhere,
    ] as const);
    const here = `我先去吃个饭，你们查好了直接在这里回复我。(${helpdesk})`;
    await add('customer', here);

    // The later message being read shows the reader has seen the page after the earlier one arrived.
    await expect.poll(read, { timeout: READ_TIMEOUT_MS }).toEqual(await expected());
    const texts = await read();
    expect(texts.at(-1)).toBe(here);
    expect(texts).not.toContain(elsewhere);
  });

  it('follows the agent switching to another conversation', async () => {
    const before = await stored();
    const wantBefore = await expected();
    const target = (await page.getAttribute('[data-fixture-switch]', 'data-fixture-switch')) as string;

    await page.click('[data-fixture-switch]');
    await expect.poll(() => activeConversation(page), { timeout: READ_TIMEOUT_MS }).toBe(target);
    await page.waitForSelector('html[data-ready="true"]');
    const want = await expected();
    expect(want).not.toEqual(wantBefore);

    await expect.poll(read, { timeout: READ_TIMEOUT_MS }).toEqual(want);
    expect(await agentTextsRead()).toEqual(await agentTextsExpected());
    const after = await stored();
    expect(after.meta?.adapterId).toBe(helpdesk);
    expect(after.meta?.conversationId).toBeTruthy();
    expect(after.meta?.conversationId).not.toBe(before.meta?.conversationId);
    await expect.poll(lastInPanel, { timeout: READ_TIMEOUT_MS }).toBe(want.at(-1));

    const text = `Still waiting on this — can you confirm by 5pm today? 今天下午五点前给我答复。(${helpdesk})`;
    await add('customer', text);
    await expect.poll(read, { timeout: READ_TIMEOUT_MS }).toEqual([...want, text]);
  });

  it('inserts into the composer of the conversation on screen, and sends nothing', async () => {
    const active = await activeConversation(page);
    const before = await expected();
    const text = `您好，我理解您很着急。I will get back to you with a firm answer before 18:00 today. (${helpdesk})`;

    const result = await panel.evaluate(
      ([id, t]) => chrome.tabs.sendMessage(id, { type: 'composer:insert', payload: { text: t } }),
      [tabId, text] as const,
    );

    expect(result).toMatchObject({ ok: true });
    const composers = await page.evaluate(() => window.helpdeskFixture.composerTexts());
    expect(composers[active as string] ?? composers['*']).toContain(text);
    for (const [conversation, held] of Object.entries(composers)) {
      if (conversation !== active && conversation !== '*') expect(held).not.toContain(text);
    }
    expect(await expected()).toEqual(before);
    expect(await read()).toEqual(before);
  });
});
