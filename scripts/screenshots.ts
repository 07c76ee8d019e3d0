import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/browser';
import { serveFolders } from './lib/static-server';

// `npm run screenshots`: the pictures in the README, made from the built extension on the demo helpdesk:
// the panel in both UI languages, light and dark, plus the demo inbox itself.
const OUT = resolve('docs/screenshots');
const SHOTS = [
  {
    locale: 'en',
    conversation: 'vip-8812',
    messages: [
      "We have 200 merchants who can't take payments right now. I need an ETA, not another 'we're looking into it'.",
    ],
  },
  {
    locale: 'zh-CN',
    conversation: 'heating-4471',
    messages: ['你们到底什么时候派人来？？？已经催了好几次了！'],
  },
] as const;

const server = await serveFolders({ '/': 'demo' });
const ext = await launchWithExtension({ headless: true });
try {
  await mkdir(OUT, { recursive: true });
  for (const shot of SHOTS) {
    const demo = await ext.context.newPage();
    await demo.setViewportSize({ width: 1100, height: 720 });
    await demo.goto(`${server.origin}/?scripted=0#${shot.conversation}`);
    await demo.waitForSelector('html[data-ready="true"]');
    for (const text of shot.messages) {
      await demo.evaluate(
        ([c, t]) =>
          (window as never as { calmdeskDemo: { add(...a: string[]): void } }).calmdeskDemo.add(c, 'customer', t),
        [shot.conversation, text] as const,
      );
    }
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=0`);
    const tabId = await panel.evaluate(
      async (origin) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(origin))?.id,
      server.origin,
    );
    await panel.evaluate(async (uiLanguage) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), uiLanguage, careNudges: false } });
    }, shot.locale);
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-testid="suggestion"]');
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.waitForTimeout(200);
      const file = resolve(OUT, `panel-${shot.locale === 'en' ? 'en' : 'zh'}-${scheme}.png`);
      await panel.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    if (shot.locale === 'en') {
      const file = resolve(OUT, 'demo-helpdesk.png');
      await demo.screenshot({ path: file });
      console.log(file);
    }
    await demo.close();
    await panel.close();
  }
} finally {
  await ext.close();
  await server.close();
}
