import { browser } from 'wxt/browser';

const scriptId = (origin: string) => `site:${origin}`;
const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * Runs the content script on a site the agent enabled (after granting the optional host permission): registered
 * for future visits, and injected into the open tab now so the agent need not reload.
 */
export async function enableSite(origin: string, tabId: number): Promise<boolean> {
  const pattern = `${origin}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return false;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] });
  if (!existing.length) {
    await browser.scripting.registerContentScripts([
      { id: scriptId(origin), matches: [pattern], js: [CONTENT_SCRIPT], allFrames: true, runAt: 'document_idle' },
    ]);
  }
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
  return true;
}

export async function disableSite(origin: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [`${origin}/*`] });
}

/** A permission revoked from the browser's own settings takes its registration with it. */
export async function dropRevokedSites(): Promise<void> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  for (const script of scripts.filter((s) => s.id.startsWith('site:'))) {
    const origin = script.id.slice('site:'.length);
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) {
      await browser.scripting.unregisterContentScripts({ ids: [script.id] });
    }
  }
}
