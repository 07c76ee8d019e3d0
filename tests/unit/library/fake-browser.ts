import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt/browser picks the extension API object when first imported: this module must be imported before any module
// that touches storage, so that it finds the fake.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

export { fakeBrowser };
