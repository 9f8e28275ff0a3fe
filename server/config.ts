import { resolve } from 'node:path';

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
  logLevel: string;
}

const number = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(parsed) ? parsed : fallback;
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: number(env.PORT, 3000),
    host: env.HOST || '127.0.0.1',
    profilesDir: env.POSTKOLL_PROFILES || undefined,
    defaultProfile: env.POSTKOLL_DEFAULT_PROFILE || 'alingsas',
    databaseFile: resolve(env.POSTKOLL_DB || 'data/postkoll.db'),
    retentionDays: env.POSTKOLL_RETENTION_DAYS ? number(env.POSTKOLL_RETENTION_DAYS, 30) : undefined,
    rateLimitPerMinute: number(env.POSTKOLL_RATE_LIMIT, 600),
    bodyLimit: env.POSTKOLL_BODY_LIMIT || '1mb',
    logLevel: env.LOG_LEVEL || 'info',
  };
}
