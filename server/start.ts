import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { clockOf, configFromEnv } from './config.ts';
import { EnvError } from './env.ts';
import { createLogger } from './logger.ts';
import { createLinters } from './linters.ts';
import { createApp } from './app.ts';
import { answerClientErrors } from './errors.ts';
import { buildClientIfNeeded } from './client-build.ts';
import { buildDictionaryIfNeeded } from './dictionary-build.ts';
import { ProfileError } from '../rules/profile/resolve.ts';
import { openDrafts } from './drafts/index.ts';

const config = readConfig();

/** The settings, or a stop naming each bad variable (no stack: nothing is wrong with the code). */
function readConfig() {
  try {
    return configFromEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    process.stderr.write(`Postkoll startar inte, fel i miljövariablerna:\n${error.message}\n`);
    process.exit(1);
  }
}
const logger = createLogger(config.logLevel);

function shutdownOn(server: Server, cleanup: Array<() => void | Promise<void>>) {
  let stopping = false;
  // Answers in progress, so that their keep-alive connections close once they are sent instead
  // of holding the exit up until the keep-alive timeout.
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (stopping) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new connections, finishing requests in flight');
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.close(async () => {
      for (const step of cleanup) await step();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

try {
  buildDictionaryIfNeeded((message) => logger.info(message), (message) => logger.warn(message));
  const linters = createLinters(config.profilesDir, config.defaultProfile, clockOf(config));
  await buildClientIfNeeded((message) => logger.info(message));
  const drafts = await openDrafts(config, linters);
  const stopRetention = drafts.startRetention(logger);
  const app = createApp({ config, linters, logger, routers: [drafts.router] });
  const server = app.listen(config.port, config.host, () => {
    logger.info({ url: `http://${config.host}:${config.port}` }, 'Postkoll is ready');
  });
  answerClientErrors(server);
  server.on('error', (error) => {
    logger.fatal({ err: { type: error.name, code: (error as NodeJS.ErrnoException).code } }, 'could not listen');
    process.exit(1);
  });
  shutdownOn(server, [stopRetention, drafts.close]);
} catch (error) {
  if (error instanceof ProfileError) {
    logger.fatal(error.message);
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.fatal({ err: { type: (error as Error).name, stack: (error as Error).stack } }, 'could not start');
  }
  process.exit(1);
}
