import type { Router } from 'express';
import type { ServerConfig } from '../config.ts';
import type { Linters } from '../linters.ts';
import { openDatabase, type Db } from './db.ts';
import { startRetention, type RetentionLog } from './retention.ts';
import { draftRoutes } from './routes.ts';
import { createDraftStore, type DraftStore } from './store.ts';

export interface Drafts {
  db: Db;
  store: DraftStore;
  router: Router;
  /** Runs the retention job now and daily; returns its stop function. */
  startRetention(log: RetentionLog, intervalMs?: number): () => void;
  close(): void;
}

/** Days a draft is kept: POSTKOLL_RETENTION_DAYS when set, else its profile's retentionDays. */
export function retentionDaysOf(config: Pick<ServerConfig, 'retentionDays'>, linters: Linters) {
  return (profile: string) => config.retentionDays ?? linters.get(linters.has(profile) ? profile : undefined).profile.retentionDays;
}

/** The review workflow: its database (migrated), store and router. */
export function openDrafts(config: Pick<ServerConfig, 'databaseFile' | 'retentionDays'>, linters: Linters, clock: () => number = Date.now): Drafts {
  const db = openDatabase(config.databaseFile);
  const store = createDraftStore({ db, retentionDays: retentionDaysOf(config, linters), clock });
  return {
    db,
    store,
    router: draftRoutes(store, linters),
    startRetention: (log, intervalMs) => startRetention(store, log, intervalMs),
    close: () => db.close(),
  };
}
