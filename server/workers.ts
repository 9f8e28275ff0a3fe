import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/**
 * Several server processes on one port (POSTKOLL_WORKERS): node:cluster's primary accepts the
 * connections and hands them round-robin to its workers, each a full server with its own linters and
 * its own connection to the database. Linting is stateless; the review drafts live in the database,
 * which every worker shares (SQLite in WAL mode, or PostgreSQL).
 */

/** The worker's slot, 0 … count − 1; a worker that replaces a crashed one keeps the slot. */
export const workerSlot = (): number => (cluster.isWorker ? Number(process.env.POSTKOLL_WORKER_SLOT ?? 0) : 0);

/** Jobs that must run in one process only (retention) run in slot 0. */
export const isFirstWorker = (): boolean => workerSlot() === 0;

export const isPrimaryOfWorkers = (count: number): boolean => count > 1 && cluster.isPrimary;

/**
 * Forks `count` workers and keeps them running: one that dies unexpectedly is replaced in its slot.
 * One that dies before it ever listened (its port taken, a list it cannot load) would only die again,
 * every second, for ever: the primary stops the others and exits 1 instead, as one process would.
 * SIGTERM or SIGINT goes on to every worker, each finishes its requests in flight (its own graceful
 * shutdown), and the primary exits 0 once all have exited.
 */
export function runWorkers(count: number, logger: Logger): void {
  let stopping = false;
  let exitCode = 0;
  const slots = new Map<Worker, number>();
  const listened = new Set<Worker>();
  const fork = (slot: number) => {
    const worker = cluster.fork({ POSTKOLL_WORKER_SLOT: String(slot) });
    slots.set(worker, slot);
    worker.once('listening', () => listened.add(worker));
  };
  cluster.on('exit', (worker, code, signal) => {
    const slot = slots.get(worker)!;
    slots.delete(worker);
    if (stopping) {
      if (slots.size === 0) {
        logger.info('stopped: every worker has exited');
        process.exit(exitCode);
      }
      return;
    }
    if (!listened.has(worker)) {
      logger.fatal({ slot, code, signal }, 'a worker exited before it could serve; stopping');
      exitCode = 1;
      stop('SIGTERM');
      return;
    }
    listened.delete(worker);
    logger.error({ slot, code, signal }, 'a worker exited unexpectedly; starting another');
    setTimeout(() => fork(slot), 1_000).unref();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: slots.size }, 'stopping every worker');
    if (slots.size === 0) process.exit(exitCode);
    // A signal sent to the process group reaches the workers as well; a second one changes nothing.
    for (const worker of slots.keys()) worker.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  logger.info({ workers: count }, 'starting server processes');
  for (let slot = 0; slot < count; slot++) fork(slot);
}
