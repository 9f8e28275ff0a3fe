import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { draftQuotaSettings, draftQuotasOf } from './drafts/quotas.ts';
import type { DraftQuotas } from './drafts/store.ts';
import { envSettings, integerSetting, parseEnv, textSetting, type EnvSchema } from './env.ts';
import { servingConfigOf, servingSettings, type ServingConfig } from './config-serving.ts';

/** Settings from the environment, with the defaults a fresh checkout runs on. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Extra folder of guideline profiles (POSTKOLL_PROFILES). */
  profilesDir?: string;
  defaultProfile: string;
  /** SQLite file for review drafts (POSTKOLL_DB), used unless databaseUrl is set. */
  databaseFile: string;
  /** PostgreSQL for review drafts instead of SQLite (POSTKOLL_DATABASE_URL, postgres://…). */
  databaseUrl?: string;
  /** Days a draft is kept after its last activity, when set; else the profile's retentionDays. */
  retentionDays?: number;
  /** Requests per client and minute on /api (POSTKOLL_RATE_LIMIT). */
  rateLimitPerMinute: number;
  /** Largest accepted request body (POSTKOLL_BODY_LIMIT), read before JSON parsing. */
  bodyLimit: string;
  /**
   * Which proxies to believe about the client's address (POSTKOLL_TRUST_PROXY, Express's "trust
   * proxy": a hop count, "loopback", addresses). Off by default; behind a reverse proxy, without it
   * every user shares the proxy's address and so one rate limit.
   */
  trustProxy: number | string | false;
  logLevel: string;
  /**
   * Lint as on this day (POSTKOLL_TODAY, YYYY-MM-DD) instead of today: for tests and for showing a
   * profile's periods (a valår) before they start. Unset in production.
   */
  today?: string;
  /** Limits on drafts, per draft, per client and in all (POSTKOLL_MAX_*, server/drafts/quotas.ts). */
  draftQuotas: DraftQuotas;
  /** Server processes on the one port (POSTKOLL_WORKERS; "auto" is one per core). */
  workers: number;
  /** Fairness and bounds under load (server/config-serving.ts). */
  serving: ServingConfig;
}

// body-parser reads an unparsable size as "no limit at all".
const byteSize = /^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i;

const serverSettings = {
  PORT: integerSetting(0, 65_535, 3000),
  HOST: textSetting('127.0.0.1'),
  POSTKOLL_PROFILES: textSetting(),
  POSTKOLL_DEFAULT_PROFILE: textSetting('alingsas'),
  POSTKOLL_DB: textSetting('data/postkoll.db'),
  // The URL may hold a password: the message never repeats it (parseEnv never prints values).
  POSTKOLL_DATABASE_URL: textSetting().refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), 'måste börja med postgres:// eller postgresql://'),
  // One process per core by default: the lint runs on each process's request thread, so a second
  // core serves about 1.5 times the requests at a lower p99 (README, Performance). "1" for one.
  POSTKOLL_WORKERS: textSetting('auto')
    .refine((value) => value === 'auto' || /^\d+$/.test(value) && Number(value) >= 1, 'måste vara "auto" eller ett positivt heltal')
    .transform((value) => (value === 'auto' ? availableParallelism() : Number(value))),
  // The profile schema's bounds: 0 would delete every draft at once.
  POSTKOLL_RETENTION_DAYS: integerSetting(1, 3650),
  // A setting that would silently turn a defence off (no limit, or block everything) stops the start instead.
  POSTKOLL_RATE_LIMIT: integerSetting(1, Number.MAX_SAFE_INTEGER, 600, 'ett positivt heltal'),
  POSTKOLL_BODY_LIMIT: textSetting('1mb').refine((value) => byteSize.test(value), 'måste vara en storlek som "1mb" eller "500kb"'),
  POSTKOLL_TRUST_PROXY: textSetting('false')
    // "true" would let any client forge its address and so step around the rate limit.
    .refine((value) => value !== 'true', 'true litar på alla; ange antalet proxyer (t.ex. 1) eller deras adresser')
    .transform((value) => (value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value)),
  // A day to lint as (periods), for tests and demonstrations.
  POSTKOLL_TODAY: textSetting().refine((value) => value === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`))), 'måste vara ett datum som 2026-09-01'),
  LOG_LEVEL: envSettings.optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'måste vara en av fatal, error, warn, info, debug, trace, silent'), 'info'),
} satisfies EnvSchema;

/** The clock the linters read: the real one, or noon of POSTKOLL_TODAY (noon: the same day in every time zone near Sweden). */
export const clockOf = (config: Pick<ServerConfig, 'today'>) => (config.today ? () => new Date(`${config.today}T12:00:00+01:00`) : () => new Date());

/** The server's settings. A bad value stops the start with an error that names the variable. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const settings = parseEnv({ ...serverSettings, ...draftQuotaSettings, ...servingSettings }, env);
  return {
    port: settings.PORT,
    host: settings.HOST,
    profilesDir: settings.POSTKOLL_PROFILES,
    defaultProfile: settings.POSTKOLL_DEFAULT_PROFILE,
    databaseFile: resolve(settings.POSTKOLL_DB),
    databaseUrl: settings.POSTKOLL_DATABASE_URL,
    retentionDays: settings.POSTKOLL_RETENTION_DAYS,
    rateLimitPerMinute: settings.POSTKOLL_RATE_LIMIT,
    bodyLimit: settings.POSTKOLL_BODY_LIMIT,
    trustProxy: settings.POSTKOLL_TRUST_PROXY,
    logLevel: settings.LOG_LEVEL,
    ...(settings.POSTKOLL_TODAY ? { today: settings.POSTKOLL_TODAY } : {}),
    draftQuotas: draftQuotasOf(settings),
    workers: settings.POSTKOLL_WORKERS,
    serving: servingConfigOf(settings, settings.POSTKOLL_WORKERS),
  };
}
