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

export type DraftsConfig = Pick<ServerConfig, 'databaseFile' | 'retentionDays' | 'draftQuotas'>;

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

/** The review workflow on the configured database. */
export async function openDrafts(config: DraftsConfig, linters: Linters, clock: () => number = Date.now): Promise<Drafts> {
  return openSqliteDrafts(config, linters, clock);
}
