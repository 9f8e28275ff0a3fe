import cluster from 'node:cluster';
import { clockOf, configFromEnv } from './config.ts';
import { EnvError } from './env.ts';
import { createLogger } from './logger.ts';
import { buildClientIfNeeded } from './client-build.ts';
import { buildDictionaryIfNeeded } from './dictionary-build.ts';
import { migrateDrafts } from './drafts/migrate.ts';
import { isFirstWorker, isPrimaryOfWorkers, runWorkers, workerSlot } from './workers.ts';

// The rules, the linters and the app are imported where a process serves, not at the top: a cluster's
// primary only builds, migrates and forks, and loading them there cost it 1.4 s of a 2.2 s start on a
// slow 2-core machine, before any worker could begin its own. Each worker checks the profiles as it
// builds its linters; one that cannot start stops the whole start with exit code 1 (runWorkers).

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

/** What every process needs once, done before any worker starts so that workers never race for it. */
async function prepare() {
  buildDictionaryIfNeeded((message) => logger.info(message), (message) => logger.warn(message));
  await buildClientIfNeeded((message) => logger.info(message));
}

async function serve() {
  const [{ createLinters, warmLinters }, { createApp }, { createHttpServer, shutdownOn }, { createWorkPool }, { openDrafts }, { niceHelperThreads }] = await Promise.all([
    import('./linters.ts'),
    import('./app.ts'),
    import('./http-server.ts'),
    import('./work-pool.ts'),
    import('./drafts/index.ts'),
    import('./helper-threads.ts'),
  ]);
  const lowered = niceHelperThreads(config.serving.pool.helperNice);
  const linters = createLinters(config.profilesDir, config.defaultProfile, { maxFindingsPerRule: config.serving.maxFindingsPerRule, clock: clockOf(config) });
  const drafts = await openDrafts(config, linters);
  // Retention runs in one process of a machine (slot 0); across machines the store's lock decides.
  const stopRetention = isFirstWorker() ? drafts.startRetention(logger) : () => {};
  const pool = createWorkPool(config.serving.pool, { profilesDir: config.profilesDir, defaultProfile: config.defaultProfile, maxFindingsPerRule: config.serving.maxFindingsPerRule, today: config.today });
  const app = createApp({ config, linters, logger, routers: [drafts.router], pool });
  const server = createHttpServer(app, config.serving);
  let stopWarming = () => {};
  server.listen(config.port, config.host, () => {
    logger.info({ url: `http://${config.host}:${config.port}`, worker: workerSlot() }, 'Postkoll is ready');
    stopWarming = warmLinters(linters, (ms) => logger.info({ ms: Math.round(ms), worker: workerSlot() }, 'linters warmed'));
  });
  // Health is ok before this (the request thread serves alone); the bench waits for it before it measures.
  void pool.ready.then(() => logger.info({ threads: config.serving.pool.threads, helperThreadsLowered: lowered, worker: workerSlot() }, 'worker pool ready'));
  server.on('error', (error) => {
    logger.fatal({ err: { type: error.name, code: (error as NodeJS.ErrnoException).code } }, 'could not listen');
    process.exit(1);
  });
  shutdownOn(server, logger, [() => stopWarming(), stopRetention, drafts.close, pool.close]);
}

try {
  if (isPrimaryOfWorkers(config.workers)) {
    await prepare();
    // Migrations run here once, not in N workers at the same moment.
    await migrateDrafts(config);
    runWorkers(config.workers, logger);
  } else {
    if (!cluster.isWorker) await prepare();
    await serve();
  }
} catch (error) {
  const { ProfileError } = await import('../rules/profile/resolve.ts');
  if (error instanceof ProfileError) {
    logger.fatal(error.message);
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.fatal({ err: { type: (error as Error).name, stack: (error as Error).stack } }, 'could not start');
  }
  process.exit(1);
}
