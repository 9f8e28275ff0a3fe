import type { ServerConfig } from '../config.ts';
import { openDatabase } from './sqlite/db.ts';

/**
 * Brings the configured database's schema up to date and closes it again (a cluster's primary, before its
 * workers start). Its own module, so that the primary migrates without loading the review routes and rules.
 */
export async function migrateDrafts(config: Pick<ServerConfig, 'databaseFile' | 'databaseUrl'>): Promise<void> {
  if (!config.databaseUrl) {
    openDatabase(config.databaseFile).close();
    return;
  }
  const { createPool, migrate } = await import('./postgres/db.ts');
  const pool = createPool(config.databaseUrl);
  try {
    await migrate(pool);
  } finally {
    await pool.end();
  }
}
