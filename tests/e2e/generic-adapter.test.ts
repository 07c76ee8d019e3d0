import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerTextsRead, type Harness, readStoredTabState, startHarness, tabIdOf } from './harness';

/**
 * The generic adapter on chat pages no built-in adapter knows: three consoles built with real chat kits from npm,
 * a plain semantic page, and an unseen in-house console (web component, newest record first). Each page keeps
 * `window.chatFixture.expectedCustomerTexts` (what its customer wrote, oldest first) and `agentTexts`, which the
 * extension cannot see from its isolated world.
 */
interface ChatPage {
  name: string;
  path: string;
  /** Whether the page's own markup names the sides before the agent has sent anything. */
  namesSidesBeforeSending: boolean;
  composer: string;
  /** Types and sends a reply as the agent, through the page's own composer and send control. */
  agentSends(page: Page, text: string): Promise<void>;
  agentText: string;
  customerText: string;
  insertText: string;
}

/** Fills the composer and clicks the page's send control. */
const fillAndSend = (composer: string, send: string) => async (page: Page, text: string) => {
  await page.locator(composer).fill(text);
  await page.locator(send).click();
};

/** Types into a rich composer key by key and sends with Enter, as the agent would. */
const typeAndEnter = (composer: string) => async (page: Page, text: string) => {
  await page.locator(composer).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
};

const PAGES: ChatPage[] = [
  {
    name: 'a console built with @minchat/react-chat-ui',
    path: 'generic/minchat/',
    namesSidesBeforeSending: true,
    composer: '[data-testid="message-input"]',
    agentSends: typeAndEnter('[data-testid="message-input"]'),
    agentText: '我理解您的着急，今天下午三点前我给您回电话确认最新进度。',
    customerText: '如果周五之前到不了，我就直接退款了，麻烦给个准话。',
    insertText: '已为您登记加急，快递公司承诺明天送达。',
  },
  {
    name: 'a console built with @nlux/react',
    path: 'generic/nlux/',
    namesSidesBeforeSending: true,
    composer: '.nlux-comp-composer textarea',
    agentSends: fillAndSend('.nlux-comp-composer textarea', '.nlux-comp-composer button'),
    agentText:
      'I have opened a refund request for the duplicate charge; you will get a confirmation email within 2 hours.',
    customerText: 'OK. If it is not back by Friday I am escalating this to our account manager.',
    insertText: 'Refunds usually reach your card within 3 to 5 business days.',
  },
  {
    name: 'a console built with react-chatbotify',
    path: 'generic/chatbotify/',
    // The kit only says "user" and "bot": which of them is the agent shows when the agent sends.
    namesSidesBeforeSending: false,
    composer: '.rcb-chat-input-textarea',
    agentSends: fillAndSend('.rcb-chat-input-textarea', '.rcb-send-button'),
    agentText: '我马上给您派维修师傅，预计两个小时内上门。',
    customerText: '再不来人我就打12345投诉了！',
    insertText: '非常理解您的心情，我已经把您的工单标记为加急。',
  },
  {
    name: 'a plain semantic page (log of articles)',
    path: 'generic/semantic/',
    namesSidesBeforeSending: true,
    composer: '#reply-box',
    agentSends: fillAndSend('#reply-box', '#reply button[type="submit"]'),
    agentText: 'The earliest engineer slot is tomorrow between 8 and 12; I will text you the confirmation.',
    customerText: 'Tomorrow morning works. Please make sure they actually turn up this time.',
    insertText: 'I have added a note so the engineer calls you 30 minutes before arriving.',
  },
  {
    name: 'an unseen in-house console (shadow DOM, newest first, 访客/客服 tags)',
    path: 'generic/workbench/',
    namesSidesBeforeSending: true,
    composer: 'im-workbench textarea',
    agentSends: fillAndSend('im-workbench textarea', 'im-workbench button'),
    agentText: '已为您派单，装维师傅今天下午两点前上门。',
    customerText: '师傅大概几点能到？我好提前请假。',
    insertText: '给您带来不便非常抱歉，师傅出发前会先给您打电话。',
  },
  {
    name: 'an unseen WhatsApp-Web-like inbox (rows, message-in/out, contenteditable composer)',
    path: 'generic/whatsapp-like/',
    namesSidesBeforeSending: true,
    composer: 'footer [contenteditable]',
    agentSends: typeAndEnter('footer [contenteditable]'),
    agentText: 'Of course. I have booked a replacement for Friday delivery, free of charge.',
    customerText: 'Friday is perfect, thank you. Please pack it better this time!',
    insertText: 'You will get a tracking link by text on Thursday evening.',
  },
];

/** Generous: every poll opens an extension page, and CI machines run several browsers at once. */
const READ_TIMEOUT_MS = 8000;

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const fixtureTexts = (page: Page) =>
  page.evaluate(() => {
    const f = (window as unknown as { chatFixture: { expectedCustomerTexts: string[]; agentTexts: string[] } })
      .chatFixture;
    return { customer: [...f.expectedCustomerTexts], agent: [...f.agentTexts] };
  });

const storedAgentTexts = async (tabId: number) => {
  const state = (await readStoredTabState(h, tabId)) as { agentMessages?: { text: string }[] } | null;
  return state?.agentMessages?.map((m) => m.text) ?? [];
};

const composerText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')));

describe.each(PAGES)('the generic adapter on $name', (chat) => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await h.context.newPage();
    await page.goto(`${h.server.origin}/fixtures/${chat.path}`);
    await page.waitForSelector('html[data-ready="true"]');
    const { customer } = await fixtureTexts(page);
    // The page shows what it says its customer wrote: the expected texts are the page's, not the test's.
    for (const text of customer) await page.getByText(text).first().waitFor();
    tabId = await tabIdOf(h, page);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('reads the customer messages and none of the agent messages', async () => {
    const { customer, agent } = await fixtureTexts(page);
    expect(customer.length).toBeGreaterThan(1);
    await expect
      .poll(async () => ((await readStoredTabState(h, tabId)) as { status?: string } | null)?.status, {
        timeout: READ_TIMEOUT_MS,
      })
      .toBe('reading');
    if (chat.namesSidesBeforeSending) {
      await expect.poll(() => customerTextsRead(h, tabId), { timeout: READ_TIMEOUT_MS }).toEqual(customer);
    } else {
      // Without words for sides, nothing is guessed: no message is read as the customer's yet.
      await page.waitForTimeout(1000);
      expect(await customerTextsRead(h, tabId)).toEqual([]);
    }
    const read = await customerTextsRead(h, tabId);
    for (const text of agent) expect(read).not.toContain(text);
  });

  it("learns the agent's side from a reply the agent sends through the page's composer", async () => {
    await chat.agentSends(page, chat.agentText);
    await page.getByText(chat.agentText).first().waitFor();
    await expect.poll(() => storedAgentTexts(tabId), { timeout: READ_TIMEOUT_MS }).toContain(chat.agentText);
    // Some kits answer the agent with a scripted customer reply: compare with what the page says now, each time.
    const readMatchesPage = async () =>
      JSON.stringify(await customerTextsRead(h, tabId)) === JSON.stringify((await fixtureTexts(page)).customer);
    await expect.poll(readMatchesPage, { timeout: READ_TIMEOUT_MS }).toBe(true);
    expect(await customerTextsRead(h, tabId)).toEqual((await fixtureTexts(page)).customer);
  });

  it('follows a new customer message', async () => {
    const before = await customerTextsRead(h, tabId);
    await page.evaluate(
      (text) =>
        (window as unknown as { chatFixture: { customerSends(t: string): void } }).chatFixture.customerSends(text),
      chat.customerText,
    );
    await page.getByText(chat.customerText).first().waitFor();
    await expect
      .poll(() => customerTextsRead(h, tabId), { timeout: READ_TIMEOUT_MS })
      .toEqual([...before, chat.customerText]);
    const { customer, agent } = await fixtureTexts(page);
    expect(await customerTextsRead(h, tabId)).toEqual(customer);
    for (const text of agent) expect(await customerTextsRead(h, tabId)).not.toContain(text);
  });

  it("inserts into the page's composer through the extension, without sending", async () => {
    const probe = await h.context.newPage();
    await probe.goto(`chrome-extension://${h.ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    const result = await probe.evaluate(
      ([id, text]) => chrome.tabs.sendMessage(id as number, { type: 'composer:insert', payload: { text } }),
      [tabId, chat.insertText] as const,
    );
    await probe.close();
    expect(result).toEqual({ ok: true });
    await expect.poll(() => composerText(page, chat.composer)).toContain(chat.insertText);
    const { agent } = await fixtureTexts(page);
    expect(agent).not.toContain(chat.insertText);
  });
});
