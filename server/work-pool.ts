import { Piscina } from 'piscina';
import { ApiError } from './errors.ts';
import type { ServingConfig } from './config-serving.ts';
import type { WorkerSettings } from './workers/tasks.ts';

/** The pool's entry bundled with the server, when server/launch.mjs runs the bundle (`npm start`). */
const bundledPoolEntry = () => (globalThis as Record<symbol, string | undefined>)[Symbol.for('postkoll.poolEntry')];

export const overloaded = () => new ApiError('overloaded', 'Servern hinner inte med just nu. Vänta en liten stund och försök igen – din text finns kvar.');

/**
 * Work that may hold a thread for long (spelling suggestions: up to seconds for a random string)
 * runs in a pool of worker threads, never on the request thread. Each task has a deadline: past it
 * the task is aborted (piscina stops its thread and starts a fresh one, so the capacity comes back)
 * and the client gets 503 `overloaded`. One client may have only a few tasks queued or running at
 * once, so a client in a closed loop cannot fill the queue ahead of everyone else.
 */
export function createWorkPool(settings: ServingConfig['pool'], workerData: WorkerSettings) {
  const pool = new Piscina({
    filename: bundledPoolEntry() ?? new URL('./workers/entry.mjs', import.meta.url).href,
    minThreads: settings.threads,
    maxThreads: settings.threads,
    // The queue each thread may have waiting behind it; past that, 503 at once rather than a long wait.
    maxQueue: settings.threads * 8,
    idleTimeout: 60_000,
    // Idle threads wait on their event loop (piscina's Atomics wait pauses them and cost the main thread measurably).
    atomics: 'disabled',
    // The pool's threads yield the cores to the request thread (Linux per-thread nice, via @napi-rs/nice,
    // piscina's optional dependency): long suggestions and large lints never crowd out ordinary requests.
    niceIncrement: 10,
    // The pool lints the large texts (20,000 units: some 10,000 tokens, a tree that lives through the whole
    // lint). With V8's default young generation (48 MB) each scavenge copies that tree again; twice that cut
    // the slowest hostile request from 53 to 43 ms on a slow 2-core machine (more gave nothing more).
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
    workerData,
  });
  const inFlight = new Map<string, number>();
  // Every thread loads the dictionary and the linters once, from the start. Tasks wait for that
  // before their deadline starts: a thread's first load (about a second) is start-up, not load.
  // Health does not wait for this (server/routes/catalog.ts): the request thread serves without it.
  const ready = Promise.all(Array.from({ length: settings.threads }, () => pool.run('lint', { name: 'warm' }))).then(
    () => undefined,
    () => undefined,
  );

  async function run<T>(task: 'suggest' | 'lint' | 'lintJson', argument: unknown, client: string, deadlineMs: number): Promise<T> {
    const mine = inFlight.get(client) ?? 0;
    if (mine >= settings.perClient || pool.queueSize >= pool.options.maxQueue) throw overloaded();
    inFlight.set(client, mine + 1);
    try {
      await ready;
      return (await pool.run(argument, { name: task, signal: AbortSignal.timeout(Math.max(1, Math.round(deadlineMs))) })) as T;
    } catch (error) {
      // Past its deadline (AbortError) or a full queue: the client may try again; anything else is a bug.
      if ((error as Error).name === 'AbortError' || /queue is at limit/i.test((error as Error).message)) throw overloaded();
      throw error;
    } finally {
      const left = (inFlight.get(client) ?? 1) - 1;
      if (left === 0) inFlight.delete(client);
      else inFlight.set(client, left);
    }
  }

  return {
    run,
    /** Resolves once every thread has loaded what its tasks need. */
    ready,
    close: () => pool.destroy(),
  };
}

export type WorkPool = ReturnType<typeof createWorkPool>;
