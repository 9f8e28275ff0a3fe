import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { limits } from '../rules/api/schemas.ts';
import { defaultMaxFindingsPerRule } from '../rules/core/linter.ts';

/**
 * Settings that keep one server fair and bounded under hostile load (issue 15): request size,
 * findings per answer, the worker pool and its deadlines, HTTP timeouts. Each is an environment
 * variable with a default chosen for this service, listed in the README's configuration table.
 */
const whole = (name: string, fallback: number, min = 1) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === '') return fallback;
      const parsed = Number(value);
      if (Number.isInteger(parsed) && parsed >= min) return parsed;
      context.addIssue({ code: 'custom', message: `${name} måste vara ett heltal som är minst ${min}, inte "${value}".` });
      return z.NEVER;
    });

const flag = (name: string) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      const trimmed = value?.trim().toLowerCase() ?? '';
      if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false;
      if (trimmed === 'true' || trimmed === '1') return true;
      context.addIssue({ code: 'custom', message: `${name} ska vara true eller false, inte "${value}".` });
      return z.NEVER;
    });

// One thread per core: a thread stopped at its deadline takes about 0.6 s to come back, and the
// others serve meanwhile. The main thread's lint is short enough to share the cores with them.
const defaultThreads = availableParallelism();

const servingEnv = z.object({
  POSTKOLL_MAX_REQUEST_TEXT: whole('POSTKOLL_MAX_REQUEST_TEXT', limits.requestTextLength, limits.textLength),
  POSTKOLL_MAX_FINDINGS_PER_RULE: whole('POSTKOLL_MAX_FINDINGS_PER_RULE', defaultMaxFindingsPerRule),
  POSTKOLL_POOL_THREADS: whole('POSTKOLL_POOL_THREADS', defaultThreads),
  POSTKOLL_POOL_PER_CLIENT: whole('POSTKOLL_POOL_PER_CLIENT', 2),
  POSTKOLL_SUGGESTION_DEADLINE_MS: whole('POSTKOLL_SUGGESTION_DEADLINE_MS', 1_000),
  POSTKOLL_LINT_DEADLINE_MS: whole('POSTKOLL_LINT_DEADLINE_MS', 1_500),
  POSTKOLL_POOL_LINT_FROM: whole('POSTKOLL_POOL_LINT_FROM', 5_000, 0),
  POSTKOLL_HTTPS: flag('POSTKOLL_HTTPS'),
  POSTKOLL_HEADERS_TIMEOUT: whole('POSTKOLL_HEADERS_TIMEOUT', 10),
  POSTKOLL_REQUEST_TIMEOUT: whole('POSTKOLL_REQUEST_TIMEOUT', 15),
  POSTKOLL_KEEP_ALIVE_TIMEOUT: whole('POSTKOLL_KEEP_ALIVE_TIMEOUT', 5),
  POSTKOLL_MAX_CONNECTIONS: whole('POSTKOLL_MAX_CONNECTIONS', 1_000),
});

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
  };
  /** A lint that has waited this long for its turn is answered 503 instead of run; in the pool, it is stopped then. */
  lintDeadlineMs: number;
  /** The deployment is reached over HTTPS: only then is HSTS sent. */
  https: boolean;
  http: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number; maxConnections: number };
}

export function servingConfigFromEnv(env: NodeJS.ProcessEnv): ServingConfig {
  const result = servingEnv.safeParse(env);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join(' '));
  const values = result.data;
  const headersTimeoutMs = values.POSTKOLL_HEADERS_TIMEOUT * 1_000;
  return {
    requestTextLength: values.POSTKOLL_MAX_REQUEST_TEXT,
    maxFindingsPerRule: values.POSTKOLL_MAX_FINDINGS_PER_RULE,
    pool: {
      threads: values.POSTKOLL_POOL_THREADS,
      perClient: values.POSTKOLL_POOL_PER_CLIENT,
      suggestionDeadlineMs: values.POSTKOLL_SUGGESTION_DEADLINE_MS,
      lintFromUnits: values.POSTKOLL_POOL_LINT_FROM,
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
