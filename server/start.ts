import { configFromEnv } from './config.ts';
import { createLogger } from './logger.ts';
import { createLinters } from './linters.ts';
import { createApp } from './app.ts';
import { createHttpServer, shutdownOn } from './http-server.ts';
import { createWorkPool } from './work-pool.ts';
import { buildClientIfNeeded } from './client-build.ts';
import { buildDictionaryIfNeeded } from './dictionary-build.ts';
import { ProfileError } from '../rules/profile/resolve.ts';
import { openDrafts } from './drafts/index.ts';

const config = configFromEnv();
const logger = createLogger(config.logLevel);

try {
  buildDictionaryIfNeeded((message) => logger.info(message), (message) => logger.warn(message));
  const linters = createLinters(config.profilesDir, config.defaultProfile, { maxFindingsPerRule: config.serving.maxFindingsPerRule });
  await buildClientIfNeeded((message) => logger.info(message));
  const drafts = openDrafts(config, linters);
  const stopRetention = drafts.startRetention(logger);
  const pool = createWorkPool(config.serving.pool, { profilesDir: config.profilesDir, defaultProfile: config.defaultProfile, maxFindingsPerRule: config.serving.maxFindingsPerRule });
  const app = createApp({ config, linters, logger, routers: [drafts.router], pool });
  const server = createHttpServer(app, config.serving);
  server.listen(config.port, config.host, () => {
    logger.info({ url: `http://${config.host}:${config.port}` }, 'Postkoll is ready');
  });
  server.on('error', (error) => {
    logger.fatal({ err: { type: error.name, code: (error as NodeJS.ErrnoException).code } }, 'could not listen');
    process.exit(1);
  });
  shutdownOn(server, logger, [stopRetention, drafts.close, pool.close]);
} catch (error) {
  if (error instanceof ProfileError) {
    logger.fatal(error.message);
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.fatal({ err: { type: (error as Error).name, stack: (error as Error).stack } }, 'could not start');
  }
  process.exit(1);
}
