import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createApp } from '../../server/app.ts';
import { configFromEnv, type ServerConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { openSqliteDrafts } from '../../server/drafts/index.ts';
import { sharedLinters } from '../support/api-app.ts';

export const DAY = 86_400_000;

/** A clock the test moves by hand. */
export function fakeClock(start = Date.UTC(2025, 0, 15, 9, 0, 0)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/**
 * The real app with the review router, as server/start.ts wires it, on a real SQLite file in a fresh
 * temporary folder. Log lines are collected so tests can check that no token reaches them.
 */
export function draftsApp(options: { config?: Partial<ServerConfig>; clock?: ReturnType<typeof fakeClock> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'postkoll-drafts-'));
  const clock = options.clock ?? fakeClock();
  const config: ServerConfig = { ...configFromEnv({}), databaseFile: join(dir, 'data', 'postkoll.db'), rateLimitPerMinute: 100_000, ...options.config };
  const linters = sharedLinters();
  const drafts = openSqliteDrafts(config, linters, clock.now);
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const logger = createLogger('info', destination);
  const app = createApp({ config, linters, logger, routers: [drafts.router], serveClient: false });
  return { app, drafts, clock, config, dir, logLines, logger };
}
