import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Lowers the scheduling priority (Linux nice) of every thread of this process except the request
 * thread: V8's platform threads, which run the garbage collection and the optimizing compiles of every
 * isolate in the process, the worker pool's included, and libuv's thread pool (file reads for the
 * client's assets). The pool's own threads already run at nice +10 (server/work-pool.ts), but on a
 * 2-core machine the collections of their large heaps, run on the shared platform threads at the
 * request thread's priority, kept an ordinary lint waiting for a core under hostile load (README,
 * Performance). Threads started later inherit the request thread's priority; the pool's lower their own.
 *
 * Call it before the pool starts. Linux only (a thread's id names it in setpriority); elsewhere, or
 * with increment 0, it does nothing. Returns the number of threads lowered.
 */
export function niceHelperThreads(increment: number): number {
  if (increment === 0 || process.platform !== 'linux') return 0;
  let threads: number[];
  try {
    threads = readdirSync('/proc/self/task').map(Number).filter((id) => id !== process.pid);
  } catch {
    return 0;
  }
  let lowered = 0;
  for (const id of threads) {
    try {
      setPriority(id, Math.min(19, getPriority(id) + increment));
      lowered++;
    } catch {
      // A thread that ended meanwhile.
    }
  }
  return lowered;
}
