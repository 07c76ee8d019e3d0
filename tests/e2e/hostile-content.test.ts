import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPanel, startHarness, tabIdOf } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const HOSTILE = [
  '<img src=x onerror="document.title=\'pwned\'">you people are useless',
  '<script>document.title="pwned"</script> where is my refund???',
  'refund\u200b\u200c\u200d now \u202eevil\u202c please',
  '"><svg/onload=alert(1)> 太气人了！！！',
];

describe('hostile page content', () => {
  it('shows pasted markup, scripts and links as plain text, and runs none of it', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.origin}/fixtures/hostile/`);
    const panel = await openPanel(h, await tabIdOf(h, page));
    const dialogs: string[] = [];
    panel.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const last = panel.locator('[data-testid="last-customer-message"]');
    for (const text of HOSTILE) {
      await page.evaluate((t) => (window as unknown as { customerSays(t: string): void }).customerSays(t), text);
      await expect.poll(() => last.textContent()).toBe(text);
      expect(await last.locator('img, script, svg, a, iframe').count()).toBe(0);
    }
    expect(await panel.title()).not.toBe('pwned');
    expect(dialogs).toEqual([]);
    // The customer name is page text too, and goes into inserted phrases as text.
    const inserted = panel.locator('[data-testid="suggestion"] [data-testid="insert"]').first();
    await inserted.click();
    await page.waitForTimeout(300);
    expect(await page.locator('#composer-input').inputValue()).not.toContain('{customer}');
  });

  it('stays responsive with a 100,000-character message and a 20,000-message conversation', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.origin}/fixtures/hostile/?n=20000`);
    const panel = await openPanel(h, await tabIdOf(h, page));
    const count = panel.locator('[data-testid="customer-message-count"]');
    await expect.poll(() => count.textContent(), { timeout: 15_000 }).toContain('10001');
    const huge = `我要投诉！！！${'日志行 ERROR 0x7f '.repeat(7000)}`;
    expect(huge.length).toBeGreaterThan(100_000);
    await page.evaluate((t) => (window as unknown as { customerSays(t: string): void }).customerSays(t), huge);
    await expect.poll(() => count.textContent(), { timeout: 5_000 }).toContain('10002');
    // Still answering: a click in the panel is handled at once.
    const started = Date.now();
    await panel.locator('.settings summary').click();
    expect(Date.now() - started).toBeLessThan(2_000);
    const shown = (await panel.locator('[data-testid="last-customer-message"]').textContent()) ?? '';
    expect(shown.startsWith('我要投诉！！！')).toBe(true);
    expect(await panel.locator('[data-testid="emotion"]').getAttribute('data-emotion')).toBe('angry');
  });
});
