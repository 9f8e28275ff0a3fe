import { resolve } from 'node:path';
import { defaultDraftQuotas } from './drafts/quotas.ts';
import type { DraftQuotas } from './drafts/store.ts';

/** Settings from the environment, with the defaults a fresh checkout runs on. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Extra folder of guideline profiles (POSTKOLL_PROFILES). */
  profilesDir?: string;
  defaultProfile: string;
  /** SQLite file for review drafts (POSTKOLL_DB). */
  databaseFile: string;
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
  /** Limits on drafts, per draft, per client and in all (POSTKOLL_MAX_*). */
  draftQuotas: DraftQuotas;
}

const number = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(parsed) ? parsed : fallback;
};

/** A setting that would silently turn a defence off (no limit, or block everything) stops the start instead. */
function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} måste vara ett positivt heltal, inte "${value}".`);
  return parsed;
}

// body-parser reads an unparsable size as "no limit at all".
const byteSize = /^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i;

function bodyLimit(value: string | undefined): string {
  if (value === undefined || value === '') return '1mb';
  if (!byteSize.test(value.trim())) throw new Error(`POSTKOLL_BODY_LIMIT måste vara en storlek som "1mb" eller "500kb", inte "${value}".`);
  return value.trim();
}

function fixedDay(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed) || Number.isNaN(Date.parse(`${trimmed}T12:00:00Z`))) throw new Error(`POSTKOLL_TODAY måste vara ett datum som 2026-09-01, inte "${value}".`);
  return trimmed;
}

/** The clock the linters read: the real one, or noon of POSTKOLL_TODAY (noon: the same day in every time zone near Sweden). */
export const clockOf = (config: Pick<ServerConfig, 'today'>) => (config.today ? () => new Date(`${config.today}T12:00:00+01:00`) : () => new Date());

function trustProxy(value: string | undefined): number | string | false {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed === 'false') return false;
  // "true" would let any client forge its address and so step around the rate limit.
  if (trimmed === 'true') throw new Error('POSTKOLL_TRUST_PROXY=true litar på alla; ange antalet proxyer (t.ex. 1) eller deras adresser.');
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: number(env.PORT, 3000),
    host: env.HOST || '127.0.0.1',
    profilesDir: env.POSTKOLL_PROFILES || undefined,
    defaultProfile: env.POSTKOLL_DEFAULT_PROFILE || 'alingsas',
    databaseFile: resolve(env.POSTKOLL_DB || 'data/postkoll.db'),
    retentionDays: env.POSTKOLL_RETENTION_DAYS ? number(env.POSTKOLL_RETENTION_DAYS, 30) : undefined,
    rateLimitPerMinute: positiveInteger('POSTKOLL_RATE_LIMIT', env.POSTKOLL_RATE_LIMIT, 600),
    bodyLimit: bodyLimit(env.POSTKOLL_BODY_LIMIT),
    trustProxy: trustProxy(env.POSTKOLL_TRUST_PROXY),
    logLevel: env.LOG_LEVEL || 'info',
    ...(fixedDay(env.POSTKOLL_TODAY) ? { today: fixedDay(env.POSTKOLL_TODAY)! } : {}),
    draftQuotas: defaultDraftQuotas,
  };
}
