import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

// Google Chrome 137+ ignores --load-extension; Chromium builds still honour it, so they come first.
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: `brew install --cask chromium`) ' +
  'or point CHROMIUM_PATH at a Chromium binary.';

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** CALMDESK_EXTENSION_DIR runs the tests against a copy, e.g. while another build rewrites .output. */
export const EXTENSION_DIR = resolve(process.env.CALMDESK_EXTENSION_DIR ?? '.output/chrome-mv3');

export interface ExtensionBrowser {
  browser: Browser;
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Starts Chromium with the built extension and connects over CDP, which (unlike a persistent Playwright context)
 * gives a browser-level session: tests use it to stop the extension's service worker like Chrome does when idle.
 */
export async function launchWithExtension(options: {
  headless: boolean;
  windowSize?: string;
}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'calmdesk-chromium-'));
  const args = [
    `--user-data-dir=${userDataDir}`,
    `--load-extension=${EXTENSION_DIR}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    '--remote-debugging-port=0',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--disable-quic',
    `--window-size=${options.windowSize ?? '1280,800'}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(options.headless ? ['--headless'] : []),
    'about:blank',
  ];
  const child = spawn(findChromium(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${seen.slice(-2000)}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`Chromium exited with ${code}:\n${seen.slice(-2000)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default browser context');
  const extensionId = await findExtensionId(browser);
  return {
    browser,
    context,
    extensionId,
    async close() {
      await browser.close().catch(() => undefined);
      child.kill();
      await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

async function findExtensionId(browser: Browser): Promise<string> {
  const cdp = await browser.newBrowserCDPSession();
  const deadline = Date.now() + 10_000;
  try {
    while (Date.now() < deadline) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
      const id = worker ? new URL(worker.url).host : undefined;
      if (id) return id;
      await new Promise((done) => setTimeout(done, 100));
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  throw new Error('The extension did not start: no service worker target found');
}

/** Stops the extension's service worker, as Chrome does after 30 s idle; the next event starts it again. */
export async function stopExtensionServiceWorker(browser: Browser, extensionId: string): Promise<void> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
    if (!worker) throw new Error('no running service worker to stop');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    // Only a worker that is really gone proves the state came back from storage, so wait until it is.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const { targetInfos: now } = await cdp.send('Target.getTargets');
      if (!now.some((t) => t.targetId === worker.targetId)) return;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error('the service worker did not stop');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
