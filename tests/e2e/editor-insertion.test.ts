import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult } from '../../src/messaging/protocol';
import { type Harness, openPanel, startHarness, tabIdOf } from './harness';

/**
 * Insertion into each editor kind on a page that runs the real editor library (tests/fixtures/editors/<kind>/).
 * What counts is the editor's own state, read through its API by `window.editorText()`: text that only reached
 * the DOM fails here, and typing after the insert shows whether the editor kept it (the usual way it is lost).
 */
const EDITORS = [
  // `gap` is what a person types between their draft and the phrase: a space in English, nothing in Chinese.
  { kind: 'textarea', draft: 'Hi Emily,', gap: ' ' },
  { kind: 'contenteditable', draft: '刘先生您好，', gap: '' },
  { kind: 'tiptap', draft: '陈女士您好，', gap: '' },
  { kind: 'ckeditor5', draft: 'Hi Marcus,', gap: ' ' },
  { kind: 'summernote', draft: 'Hi Olivia,', gap: ' ' },
  { kind: 'lexical', draft: '张先生您好，', gap: '' },
  { kind: 'draft', draft: 'Hi Hannah,', gap: ' ' },
] as const;

type Kind = (typeof EDITORS)[number]['kind'];

const TWO_LINES = '非常抱歉让您久等了。\n我们今天18点前给您回复处理结果。';
const ENGLISH = 'Thanks for your patience, I am on it.';
const PLACEHOLDER_VALUES: Record<string, string> = { eta: 'within 2 hours', ticket: '48213' };

declare global {
  interface Window {
    /** The editor's own state as plain text, lines joined by \n (tests/fixtures/editors/<kind>/editor.entry.js). */
    editorText(): string;
  }
}

let h: Harness;
let opened: Page[] = [];
let visits = 0;

beforeAll(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await Promise.all(opened.map((page) => page.close()));
  opened = [];
});

afterAll(async () => {
  await h?.close();
});

/** A fixture page and a panel following its tab; each visit gets its own URL, so the tab is found unambiguously. */
async function openEditor(kind: Kind): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await h.context.newPage();
  opened.push(page);
  await page.goto(`${h.server.origin}/fixtures/editors/${kind}/index.html?visit=${++visits}`);
  await page.waitForSelector('html[data-ready="true"]');
  const tabId = await tabIdOf(h, page);
  const panel = await openPanel(h, tabId);
  opened.push(panel);
  return { page, panel, tabId };
}

// Editors write a trailing or doubled space as a no-break space; the agent sees a space.
const editorText = (page: Page) => page.evaluate(() => window.editorText().replace(/\u00a0/g, ' '));
const messageCount = (page: Page) => page.locator('.message').count();

async function typeDraft(page: Page, draft: string) {
  await page.bringToFront();
  await page.click('#composer-input');
  await page.keyboard.type(draft);
  await expect.poll(() => editorText(page)).toBe(draft);
}

/** Keystrokes where the caret is, with no click first: the caret must sit after what was inserted. */
async function typeMore(page: Page) {
  await page.bringToFront();
  await page.keyboard.type(' more');
}

/** The panel's insert path; returns the phrase as the panel showed it, placeholders filled. */
async function insertFirstSuggestion(panel: Page): Promise<string> {
  const suggestion = panel.locator('[data-testid="suggestion"]').first();
  await suggestion.waitFor();
  const outcome = suggestion.getByRole('status');
  const inputs = suggestion.locator('[data-testid="placeholder-input"]');
  await suggestion.locator('[data-testid="insert"]').click();
  await expect.poll(async () => (await outcome.count()) + (await inputs.count())).toBeGreaterThan(0);
  if ((await outcome.count()) === 0) {
    for (const input of await inputs.all()) {
      await input.fill(PLACEHOLDER_VALUES[(await input.getAttribute('data-placeholder')) ?? ''] ?? 'Alex');
    }
    await suggestion.locator('[data-testid="insert"]').click();
    await outcome.waitFor();
  }
  expect(await outcome.getAttribute('class')).not.toContain('error');
  return shownPhrase(suggestion);
}

function shownPhrase(suggestion: Locator): Promise<string> {
  return suggestion.locator('[data-testid="suggestion-text"]').evaluate((el) =>
    Array.from(el.childNodes)
      .filter((node) => !(node instanceof Element && node.classList.contains('suggestion__number')))
      .map((node) => node.textContent)
      .join(''),
  );
}

/** The message the panel sends to the content script, sent from an extension page as the panel does. */
function sendInsert(extensionPage: Page, tabId: number, text: string): Promise<InsertResult> {
  return extensionPage.evaluate(
    ([tab, t]) => chrome.tabs.sendMessage(tab, { type: 'composer:insert', payload: { text: t } }),
    [tabId, text] as const,
  );
}

describe.each(EDITORS)('inserting into a $kind composer', ({ kind, draft, gap }) => {
  it('keeps the agent draft, holds the suggestion in the editor state, keeps it while typing on, never sends', async () => {
    const { page, panel } = await openEditor(kind);
    await typeDraft(page, draft);
    const messages = await messageCount(page);

    const phrase = await insertFirstSuggestion(panel);
    expect(phrase.length).toBeGreaterThan(10);
    await expect.poll(() => editorText(page)).toBe(`${draft}${gap}${phrase}`);
    await typeMore(page);
    await expect.poll(() => editorText(page)).toBe(`${draft}${gap}${phrase} more`);
    expect(await messageCount(page)).toBe(messages);
  });

  it('keeps the line break of a two-line Chinese phrase', async () => {
    const { page, panel, tabId } = await openEditor(kind);
    await typeDraft(page, '您好，');
    const messages = await messageCount(page);

    expect(await sendInsert(panel, tabId, TWO_LINES)).toEqual({ ok: true });
    await expect.poll(() => editorText(page)).toBe(`您好，${TWO_LINES}`);
    await typeMore(page);
    await expect.poll(() => editorText(page)).toBe(`您好，${TWO_LINES} more`);
    expect(await messageCount(page)).toBe(messages);
  });

  it('appends after the draft when the agent clicked away from the editor', async () => {
    const { page, panel, tabId } = await openEditor(kind);
    await typeDraft(page, 'Hello');
    // The caret goes to the start, then the agent selects a customer's words: the editor's own model still
    // remembers the old caret, the DOM selection is elsewhere.
    await page.keyboard.press('Home');
    await page.dblclick('.message--customer .message__text');

    expect(await sendInsert(panel, tabId, ENGLISH)).toEqual({ ok: true });
    await expect.poll(() => editorText(page)).toBe(`Hello ${ENGLISH}`);
    await typeMore(page);
    await expect.poll(() => editorText(page)).toBe(`Hello ${ENGLISH} more`);
  });

  it("inserts at the agent's caret when it is in the editor", async () => {
    const { page, panel, tabId } = await openEditor(kind);
    await typeDraft(page, 'Best regards');
    await page.keyboard.press('Home');

    expect(await sendInsert(panel, tabId, ENGLISH)).toEqual({ ok: true });
    await expect.poll(() => editorText(page)).toBe(`${ENGLISH} Best regards`);
  });
});

describe('finding the editable behind what an adapter names as the composer', () => {
  it.each([
    // Chatwoot-style selectors can point at the editor's wrapper rather than the .ProseMirror element.
    { kind: 'tiptap', composer: '.composer-box' },
    { kind: 'draft', composer: '.composer-box' },
    // FreeScout's `textarea[name="body"]` is the source Summernote hides and replaces.
    { kind: 'summernote', composer: 'textarea[name="body"]' },
  ] as const)('$kind: a composer given as $composer', async ({ kind, composer }) => {
    const { page, panel, tabId } = await openEditor(kind);
    await typeDraft(page, 'Hi,');
    await page.evaluate((selector) => {
      document.getElementById('composer-input')?.removeAttribute('id');
      (document.querySelector(selector) as HTMLElement).id = 'composer-input';
    }, composer);

    expect(await sendInsert(panel, tabId, ENGLISH)).toEqual({ ok: true });
    await expect.poll(() => editorText(page)).toBe(`Hi, ${ENGLISH}`);
  });
});

describe('an editor inside a same-origin iframe', () => {
  it('types into the frame body, as classic iframe editors (CKEditor 4, TinyMCE) have it', async () => {
    const { page, panel, tabId } = await openEditor('contenteditable');
    const frameText = () =>
      page.evaluate(() => document.querySelector('iframe')?.contentDocument?.body.textContent?.replace(/\u00a0/g, ' '));
    await page.evaluate(() => {
      document.getElementById('composer-input')?.removeAttribute('id');
      const frame = document.createElement('iframe');
      frame.id = 'composer-input';
      frame.title = 'Reply';
      document.querySelector('.composer-box')?.append(frame);
      const body = frame.contentDocument?.body as HTMLElement;
      body.contentEditable = 'true';
      body.textContent = 'Hi Olivia,';
    });

    expect(await sendInsert(panel, tabId, ENGLISH)).toEqual({ ok: true });
    await expect.poll(frameText).toBe(`Hi Olivia, ${ENGLISH}`);
  });
});

describe('what insertion will not do', () => {
  it.each(['textarea', 'lexical'] as const)(
    '%s: waits for the IME to commit before inserting, so the candidate is not mangled',
    async (kind) => {
      const { page, panel, tabId } = await openEditor(kind);
      await typeDraft(page, '您好，');
      const ime = await h.context.newCDPSession(page);
      await ime.send('Input.imeSetComposition', { text: 'xiexie', selectionStart: 6, selectionEnd: 6 });

      const answer = sendInsert(panel, tabId, '请您稍等。');
      await page.waitForTimeout(500);
      expect(await editorText(page)).not.toContain('请您稍等');
      await ime.send('Input.insertText', { text: '谢谢' });
      expect(await answer).toEqual({ ok: true });
      await expect.poll(() => editorText(page)).toBe('您好，谢谢请您稍等。');
      await ime.detach();
    },
  );

  it('refuses a composer the helpdesk disabled, and types nowhere else', async () => {
    const { page, panel, tabId } = await openEditor('textarea');
    await typeDraft(page, 'Hi Emily,');
    // Live Helper Chat disables the reply box once a chat is closed.
    await page.evaluate(() => {
      (document.getElementById('composer-input') as HTMLTextAreaElement).disabled = true;
    });

    expect(await sendInsert(panel, tabId, ENGLISH)).toEqual({ ok: false, error: 'rejected' });
    expect(await editorText(page)).toBe('Hi Emily,');
    expect(await page.evaluate(() => document.body.textContent)).not.toContain(ENGLISH);
  });
});
