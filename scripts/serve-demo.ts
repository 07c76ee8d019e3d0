import { serveFolders } from './lib/static-server';

// Serves the demo helpdesk on its own, for loading the built extension into one's own browser.
const port = Number(process.env.PORT ?? 5178);
const { origin } = await serveFolders({ '/': 'demo' }, port);
console.log(`Demo helpdesk: ${origin}/  (Ctrl+C to stop)`);
