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

/** Whether the agent enabled this site (built-in helpdesks and localhost need no enabling and cannot be disabled). */
export async function isSiteEnabled(origin: string): Promise<boolean> {
  return (await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] })).length > 0;
}

/** Stops reading the site from its next page load on, and gives its permission back. */
export async function disableSite(origin: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
  // A site the manifest already covers (localhost) keeps its permission: only what was granted is given back.
  await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
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
