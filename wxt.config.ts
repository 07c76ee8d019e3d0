import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

import { LOCAL_PAGES } from './src/helpdesk/hosted-domains';

/** Chrome allows suggested keys for four commands; suggestions 4 and 5 get theirs in the browser's shortcut settings. */
const SUGGESTED_INSERT_KEYS = 3;

function insertCommands() {
  return Object.fromEntries(
    [1, 2, 3, 4, 5].map((n) => [
      `insert-suggestion-${n}`,
      {
        description: `Insert suggestion ${n}`,
        ...(n <= SUGGESTED_INSERT_KEYS ? { suggested_key: { default: `Alt+${n}` } } : {}),
      },
    ]),
  );
}

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'scripting',
      'activeTab',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: LOCAL_PAGES,
    // Any other site only after the agent clicks "Enable on this site" for it.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Only the extension's own scripts run in its pages; nothing is fetched as code, no plugin, no base rewrite.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    // What an administrator may set by enterprise policy (storage.managed); Firefox reads policies.json instead.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        description: 'Open the Calmdesk panel',
        suggested_key: { default: 'Alt+Shift+K' },
      },
      ...insertCommands(),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Calmdesk collects nothing: Firefox asks add-ons to say so in the manifest.
            gecko: {
              id: 'calmdesk@calmdesk.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
