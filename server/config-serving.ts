import { availableParallelism } from 'node:os';
import type { z } from 'zod';
import { flagSetting, integerSetting, type EnvSchema } from './env.ts';
import { limits } from '../rules/api/schemas.ts';
import { defaultMaxFindingsPerRule } from '../rules/api/limits.ts';

const max = Number.MAX_SAFE_INTEGER;

/**
 * The machine's cores shared out among the server processes (POSTKOLL_WORKERS), at least one thread
 * each: a thread stopped at its deadline takes about 0.6 s to come back, and the pool's other
 * threads, or the other processes' pools, serve meanwhile. The request threads' lints are short
 * enough to share the cores with them (the pool threads run at nice +10).
 */
export const defaultPoolThreads = (processes: number) => Math.max(1, Math.floor(availableParallelism() / processes));

/**
 * Settings that keep one server fair and bounded under hostile load (issue 15): request size,
 * findings per answer, the worker pool and its deadlines, HTTP timeouts. Each is an environment
 * variable with a default chosen for this service, listed in the README's configuration table.
 * Read with the same zod readers as every other variable (server/env.ts).
 */
export const servingSettings = {
  POSTKOLL_MAX_REQUEST_TEXT: integerSetting(limits.textLength, max, limits.requestTextLength),
  POSTKOLL_MAX_FINDINGS_PER_RULE: integerSetting(1, max, defaultMaxFindingsPerRule),
  // Unset: defaultPoolThreads for the number of processes (configFromEnv).
  POSTKOLL_POOL_THREADS: integerSetting(1, 256),
  POSTKOLL_POOL_PER_CLIENT: integerSetting(1, max, 2),
  POSTKOLL_SUGGESTION_DEADLINE_MS: integerSetting(1, max, 1_000),
  POSTKOLL_LINT_DEADLINE_MS: integerSetting(1, max, 1_500),
  POSTKOLL_POOL_LINT_FROM: integerSetting(0, max, 5_000),
  POSTKOLL_HELPER_NICE: integerSetting(0, 19, 10),
  POSTKOLL_HTTPS: flagSetting(false),
  POSTKOLL_HEADERS_TIMEOUT: integerSetting(1, 3_600, 10),
  POSTKOLL_REQUEST_TIMEOUT: integerSetting(1, 3_600, 15),
  POSTKOLL_KEEP_ALIVE_TIMEOUT: integerSetting(1, 3_600, 5),
  POSTKOLL_MAX_CONNECTIONS: integerSetting(1, max, 1_000),
} satisfies EnvSchema;

export interface ServingConfig {
  /** The post and its alt texts together, in UTF-16 units; more is 413. */
  requestTextLength: number;
  /** Findings per rule per post before the rest are summed up in one. */
  maxFindingsPerRule: number;
  pool: {
    threads: number;
    /** Pool tasks one client may have queued or running at once; more is 503 at once. */
    perClient: number;
    suggestionDeadlineMs: number;
    /**
     * Lint requests of at least this many UTF-16 units (text and alt texts) run in the pool; smaller
     * ones on the main thread, where they cost less (README, Performance). 0 sends every lint there.
     */
    lintFromUnits: number;
    /** Nice increment for the process's helper threads (V8's and libuv's), 0 to leave them (server/helper-threads.ts). */
    helperNice: number;
  };
  /** A lint that has waited this long for its turn is answered 503 instead of run; in the pool, it is stopped then. */
  lintDeadlineMs: number;
  /** The deployment is reached over HTTPS: only then is HSTS sent. */
  https: boolean;
  http: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number; maxConnections: number };
}

/** The serving configuration from its parsed settings. */
export function servingConfigOf(values: { [K in keyof typeof servingSettings]: z.output<(typeof servingSettings)[K]> }, processes = 1): ServingConfig {
  const headersTimeoutMs = values.POSTKOLL_HEADERS_TIMEOUT * 1_000;
  return {
    requestTextLength: values.POSTKOLL_MAX_REQUEST_TEXT,
    maxFindingsPerRule: values.POSTKOLL_MAX_FINDINGS_PER_RULE,
    pool: {
      threads: values.POSTKOLL_POOL_THREADS ?? defaultPoolThreads(processes),
      perClient: values.POSTKOLL_POOL_PER_CLIENT,
      suggestionDeadlineMs: values.POSTKOLL_SUGGESTION_DEADLINE_MS,
      lintFromUnits: values.POSTKOLL_POOL_LINT_FROM,
      helperNice: values.POSTKOLL_HELPER_NICE,
    },
    lintDeadlineMs: values.POSTKOLL_LINT_DEADLINE_MS,
    https: values.POSTKOLL_HTTPS,
    http: {
      headersTimeoutMs,
      // Node requires the whole request's limit to be at least the headers' one.
      requestTimeoutMs: Math.max(headersTimeoutMs, values.POSTKOLL_REQUEST_TIMEOUT * 1_000),
      keepAliveTimeoutMs: values.POSTKOLL_KEEP_ALIVE_TIMEOUT * 1_000,
      maxConnections: values.POSTKOLL_MAX_CONNECTIONS,
    },
  };
}
