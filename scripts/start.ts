import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from './lib/browser';
import { serveFolders } from './lib/static-server';

// `npm start`: build the extension, serve the demo helpdesk, open Chromium with the extension on the demo and the
// panel beside it. Without a display it runs headless and writes screenshots instead.
const SCREENSHOT_DIR = resolve('.screenshots');
/** Fast enough that the headless run shows the customer getting upset within a few seconds. */
const HEADLESS_SCRIPT_INTERVAL_MS = 1200;
const HEADLESS_MESSAGES_TO_WAIT_FOR = 2;

const LOAD_HELP = `
Load Calmdesk into your own browser:
  Chrome / Edge / Chromium: open chrome://extensions, switch on "Developer mode", click "Load unpacked" and pick
    ${EXTENSION_DIR}
    then click the Calmdesk toolbar icon to open the side panel.
  Firefox: run \`npm run build:firefox\`, open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
    and pick ${resolve('.output/firefox-mv3/manifest.json')}; the panel is in the sidebar (View → Sidebar → Calmdesk).
  The demo helpdesk alone: \`npm run demo\`, then open http://127.0.0.1:5178/
`;

function build() {
  console.log('Building the extension…');
  const result = spawnSync('wxt', ['build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

build();
const server = await serveFolders({ '/': 'demo' }, hasDisplay ? 5178 : 0);
let ext: Awaited<ReturnType<typeof launchWithExtension>>;
try {
  ext = await launchWithExtension({ headless: !hasDisplay, windowSize: '1280,860' });
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  console.log(LOAD_HELP);
  await server.close();
  process.exit(1);
}

const demo = await ext.context.newPage();
await demo.setViewportSize({ width: 1280, height: 800 });
const interval = hasDisplay ? '' : `?interval=${HEADLESS_SCRIPT_INTERVAL_MS}`;
await demo.goto(`${server.origin}/${interval}`);
await demo.waitForSelector('html[data-ready="true"]');

const control = await ext.context.newPage();
await control.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=0`);
const tabId = await control.evaluate(async (origin) => {
  const tabs = await chrome.tabs.query({});
  return tabs.find((t) => t.url?.startsWith(origin))?.id ?? -1;
}, server.origin);

if (hasDisplay) {
  // A real side panel can only be opened by a click on the toolbar icon; a window beside the demo does the same job.
  await control.evaluate(
    async ([id, url]) => {
      const panelUrl = `${url}?tabId=${id}`;
      // Beside the demo where the screen has room; anywhere the window manager likes otherwise.
      const left = Math.max(0, screen.availWidth - 420);
      await chrome.windows
        .create({ url: panelUrl, type: 'popup', width: 420, height: 860, left, top: 0 })
        .catch(() => chrome.windows.create({ url: panelUrl, type: 'popup', width: 420, height: 860 }));
    },
    [tabId, `chrome-extension://${ext.extensionId}/sidepanel.html`] as const,
  );
  await control.close();
  await demo.bringToFront();
  console.log(`\nDemo helpdesk: ${server.origin}/ — the Calmdesk panel is in the window beside it.`);
  console.log('The scripted customers write every few seconds. Close the browser or press Ctrl+C to stop.');
  console.log(LOAD_HELP);
  ext.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
  process.on(
    'SIGINT',
    () =>
      void ext
        .close()
        .then(() => server.close())
        .then(() => process.exit(0)),
  );
} else {
  await control.close();
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await demo.waitForFunction(
    (n) => document.querySelectorAll('.message--customer').length >= n,
    2 + HEADLESS_MESSAGES_TO_WAIT_FOR,
    { timeout: 20_000 },
  );
  await panel.waitForSelector('[data-testid="suggestion"]', { timeout: 10_000 });
  // Let the last message reach the panel before the picture is taken.
  await panel.waitForTimeout(600);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const demoShot = resolve(SCREENSHOT_DIR, 'demo.png');
  const panelShot = resolve(SCREENSHOT_DIR, 'panel.png');
  await demo.screenshot({ path: demoShot });
  await panel.screenshot({ path: panelShot, fullPage: true });
  console.log('\nNo display found, so Chromium ran headless with the extension on the demo helpdesk.');
  console.log(`Screenshot of the demo helpdesk: ${demoShot}`);
  console.log(`Screenshot of the Calmdesk panel: ${panelShot}`);
  console.log(LOAD_HELP);
  await ext.close();
  await server.close();
}
