import { createServer as createViteServer } from 'vite';
import express from 'express';
import { fileURLToPath } from 'node:url';
import { clockOf, configFromEnv } from './config.ts';
import { createLogger } from './logger.ts';
import { createLinters } from './linters.ts';
import { createApp } from './app.ts';
import { openDrafts } from './drafts/index.ts';

// `npm run dev`: the API (restarted by node --watch) with Vite's middleware in front for the client (hot reload).
const config = configFromEnv();
const logger = createLogger(config.logLevel);
const root = fileURLToPath(new URL('../client', import.meta.url));
const vite = await createViteServer({ root, configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), server: { middlewareMode: true }, appType: 'spa' });
const linters = createLinters(config.profilesDir, config.defaultProfile, { clock: clockOf(config) });
const drafts = await openDrafts(config, linters);
drafts.startRetention(logger);
const api = createApp({ config, linters, logger, routers: [drafts.router], serveClient: false });
const app = express();
app.use((req, res, next) => (req.path.startsWith('/api') ? api(req, res, next) : vite.middlewares(req, res, next)));
app.listen(config.port, config.host, () => logger.info({ url: `http://${config.host}:${config.port}` }, 'Postkoll dev server is ready'));
