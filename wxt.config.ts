import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The demo helpdesk and test fixtures are served on localhost; the content script must run there with no prompt.
const LOCAL_PAGES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'sidePanel'].filter((p) => browser !== 'firefox' || p !== 'sidePanel'),
    host_permissions: LOCAL_PAGES,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: { gecko: { id: 'calmdesk@calmdesk.org', strict_min_version: '128.0' } },
        }
      : {}),
  }),
});
