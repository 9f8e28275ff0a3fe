import type { Router } from 'express';
import type { ServerConfig } from '../config.ts';
import type { Linters } from '../linters.ts';
import { openDatabase, type Db } from './sqlite/db.ts';
import { createSqliteDraftStore } from './sqlite/store.ts';
import { startRetention, type RetentionLog } from './retention.ts';
import { draftRoutes } from './routes.ts';
import type { DraftStore } from './store.ts';

export interface Drafts {
  store: DraftStore;
  router: Router;
  /** Runs the retention job now and daily; returns its stop function. */
  startRetention(log: RetentionLog, intervalMs?: number): () => void;
  close(): Promise<void>;
}

export type DraftsConfig = Pick<ServerConfig, 'databaseFile' | 'databaseUrl' | 'retentionDays' | 'draftQuotas'>;

/** Days a draft is kept: POSTKOLL_RETENTION_DAYS when set, else its profile's retentionDays. */
export function retentionDaysOf(config: Pick<ServerConfig, 'retentionDays'>, linters: Linters) {
  return (profile: string) => config.retentionDays ?? linters.get(linters.has(profile) ? profile : undefined).profile.retentionDays;
}

/** The review workflow around any store: its router and retention job. */
export function draftsAround(store: DraftStore, linters: Linters): Drafts {
  return {
    store,
    router: draftRoutes(store, linters),
    startRetention: (log, intervalMs) => startRetention(store, log, intervalMs),
    close: () => store.close(),
  };
}

/** The review workflow on SQLite (the embedded default): the database (migrated), store and router. `db` is for tests. */
export function openSqliteDrafts(config: DraftsConfig, linters: Linters, clock: () => number = Date.now): Drafts & { db: Db } {
  const db = openDatabase(config.databaseFile);
  const store = createSqliteDraftStore({ db, retentionDays: retentionDaysOf(config, linters), quotas: config.draftQuotas, clock });
  return { ...draftsAround(store, linters), db };
}

/** The review workflow on PostgreSQL (POSTKOLL_DATABASE_URL): a connection pool, the schema migrated, store and router. */
export async function openPostgresDrafts(config: DraftsConfig & { databaseUrl: string }, linters: Linters, clock: () => number = Date.now): Promise<Drafts> {
  // Loaded only here: importing the pg driver took 50–90 ms of CPU at every start on SQLite, which never uses it.
  const [{ createPool, migrate }, { createPostgresDraftStore }] = await Promise.all([import('./postgres/db.ts'), import('./postgres/store.ts')]);
  const pool = createPool(config.databaseUrl);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const store = createPostgresDraftStore({ pool, retentionDays: retentionDaysOf(config, linters), quotas: config.draftQuotas, clock });
  return draftsAround(store, linters);
}

/** The review workflow on the configured database: PostgreSQL when POSTKOLL_DATABASE_URL is set, else the SQLite file. */
export async function openDrafts(config: DraftsConfig, linters: Linters, clock: () => number = Date.now): Promise<Drafts> {
  const { databaseUrl } = config;
  return databaseUrl ? openPostgresDrafts({ ...config, databaseUrl }, linters, clock) : openSqliteDrafts(config, linters, clock);
}
