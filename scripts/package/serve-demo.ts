/** `npm run demo:browser`: serves the repository on 127.0.0.1 and prints the demo page's address. */
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const server = await serveStatic(root, port);
console.log(`newsclaims demo: ${server.url}/demo/index.html (Ctrl-C to stop)`);
