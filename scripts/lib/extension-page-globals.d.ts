import type { browser } from 'wxt/browser';

// Code that Playwright evaluates inside extension pages uses the page's own `chrome` global.
declare global {
  const chrome: typeof browser;
}
