import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWrites, type Harness, openDemoWithPanel, startHarness } from './harness';

const require = createRequire(import.meta.url);

let h: Harness;
let demo: Page;
let panel: Page;

beforeAll(async () => {
  h = await startHarness();
  ({ demo, panel } = await openDemoWithPanel(h));
});

afterAll(async () => {
  await h?.close();
});

describe('the explainable read-out', () => {
  it('highlights the words that caused the read in the latest customer message', async () => {
    await customerWrites(demo, '都三天了还是不热，太气人了！！！');
    const last = panel.locator('[data-testid="last-customer-message"]');
    await expect.poll(() => last.textContent()).toBe('都三天了还是不热，太气人了！！！');
    const marks = await last.locator('[data-testid="evidence"]').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // Every highlight is a piece of the message itself, so the agent can see which words it was.
    for (const mark of marks) expect('都三天了还是不热，太气人了！！！').toContain(mark);
    // And at least one of them is what made it an angry read.
    expect(await last.locator('[data-testid="evidence"].evidence--angry').count()).toBeGreaterThan(0);
  });

  it('draws one timeline point per customer message', async () => {
    const count = await demo.locator('.message--customer').count();
    await expect.poll(() => panel.locator('[data-testid="timeline-point"]').count()).toBe(count);
    await customerWrites(demo, '还要等多久？？？');
    await expect.poll(() => panel.locator('[data-testid="timeline-point"]').count()).toBe(count + 1);
    const lastPoint = panel.locator('[data-testid="timeline-point"]').last();
    expect(await lastPoint.getAttribute('aria-label')).toContain('还要等多久？？？');
  });

  it('records a correction of the read locally', async () => {
    await panel.click('[data-testid="correct-read"]');
    await panel.click('[data-testid="correct-to"][data-emotion="disappointed"]');
    await panel.locator('[data-testid="correction-recorded"]').waitFor();
    const stored = await panel.evaluate(async () => (await chrome.storage.local.get('corrections')).corrections);
    expect(stored).toEqual([
      expect.objectContaining({ corrected: 'disappointed', lang: 'zh', conversationKey: 'calmdesk-demo:heating-4471' }),
    ]);
    // No customer text is kept unless the agent opted in.
    expect((stored as { messageText?: string }[])[0]?.messageText).toBeUndefined();
  });
});

describe('one-key suggestions', () => {
  it('inserts suggestion 1 with Alt+1 pressed on the helpdesk page, without sending', async () => {
    await demo.fill('#composer-input', '');
    const first = panel.locator('[data-testid="suggestion"]').first();
    const expected = ((await first.locator('[data-testid="suggestion-text"]').textContent()) ?? '').replace(/^\d+/, '');
    const before = await demo.locator('.message').count();
    await demo.focus('#composer-input');
    await demo.keyboard.press('Alt+1');
    if (expected.includes('{')) {
      // A suggestion that still needs a value opens its fill-in in the panel instead of inserting raw braces.
      await panel.locator('[data-testid="placeholder-input"]').first().waitFor();
      expect(await demo.inputValue('#composer-input')).toBe('');
      const inputs = first.locator('[data-testid="placeholder-input"]');
      for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill(`2 小时内${i}`);
      await demo.focus('#composer-input');
      await demo.keyboard.press('Alt+1');
    }
    const shown = ((await first.locator('[data-testid="suggestion-text"]').textContent()) ?? '').replace(/^\d+/, '');
    expect(shown).not.toMatch(/\{[a-z_]+\}/);
    await expect.poll(() => demo.inputValue('#composer-input')).toBe(shown);
    expect(await demo.locator('.message').count()).toBe(before);
  });
});

describe('agent care', () => {
  it('offers the breathing pause once after abuse, when the storm is over, and not again after it was dismissed', async () => {
    await demo.click('[data-conversation-id="delivery-3307"]');
    await expect.poll(() => panel.locator('[data-testid="last-customer-message"]').textContent()).toContain('parcel');
    expect(await panel.locator('[data-testid="care-nudge"]').count()).toBe(0);
    await customerWrites(demo, 'You useless idiots, this is a f***ing joke. Where is my parcel?!');
    await expect.poll(() => panel.locator('[data-testid="last-customer-message"]').textContent()).toContain('idiots');
    // Not while the customer is still raging: the agent is needed in the conversation.
    expect(await panel.locator('[data-testid="care-nudge"]').count()).toBe(0);
    await customerWrites(demo, 'ok. just tell me when it will come.');
    await panel.locator('[data-testid="care-nudge"]').waitFor();
    await panel.click('[data-testid="care-dismiss"]');
    await customerWrites(demo, 'Answer me, you morons!!!');
    await customerWrites(demo, 'fine, whatever.');
    await expect.poll(() => panel.locator('[data-testid="last-customer-message"]').textContent()).toContain('whatever');
    await panel.waitForTimeout(500);
    expect(await panel.locator('[data-testid="care-nudge"]').count()).toBe(0);
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe violations, in light and dark mode', async () => {
    const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      // Evaluated through DevTools, which the extension page's strict CSP (rightly) does not let a <script> tag do.
      await panel.evaluate(axeSource);
      const violations = await panel.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
      });
      expect(violations, scheme).toEqual([]);
    }
  });

  it('fits a 320 px wide panel without horizontal scrolling', async () => {
    await panel.setViewportSize({ width: 320, height: 800 });
    const overflow = await panel.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('coaching on the agent’s own draft', () => {
  it('flags an avoid-phrase in the draft and offers the better wording', async () => {
    await demo.click('[data-conversation-id="heating-4471"]');
    await expect
      .poll(() => panel.locator('[data-testid="last-customer-message"]').textContent())
      .toContain('还要等多久');
    await demo.fill('#composer-input', '');
    await demo.type('#composer-input', '你冷静一点，这不是我们的问题。');
    const hint = panel.locator('[data-testid="draft-hint"][data-kind="avoid"]').first();
    await hint.waitFor();
    expect(((await hint.locator('[data-testid="draft-better"]').textContent()) ?? '').length).toBeGreaterThan(4);
    await demo.fill('#composer-input', '');
    await demo.type('#composer-input', '非常抱歉让您久等了，我理解您的心情。');
    await expect.poll(() => panel.locator('[data-testid="draft-hint"][data-kind="avoid"]').count()).toBe(0);
  });

  it('turns a time frame the agent commits to into a follow-up reminder', async () => {
    expect(await panel.locator('[data-testid="reminder"]').count()).toBe(0);
    const sentAt = Date.now();
    await demo.fill('#composer-input', '王女士，维修师傅会在2小时内上门，到时我再跟您确认。');
    await demo.click('#send');
    const reminder = panel.locator('[data-testid="reminder"]');
    await reminder.waitFor();
    const dueAt = Number(await reminder.getAttribute('data-due-at'));
    const twoHours = 2 * 60 * 60 * 1000;
    expect(dueAt - sentAt).toBeGreaterThanOrEqual(twoHours - 60_000);
    expect(dueAt - sentAt).toBeLessThanOrEqual(twoHours + 60_000);
    expect(await reminder.textContent()).toContain('2小时内');
    await panel.click('[data-testid="reminder-done"]');
    await expect.poll(() => reminder.count()).toBe(0);
  });
});
