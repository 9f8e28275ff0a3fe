import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';
import { clockOf, configFromEnv } from '../../server/config.ts';
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import { projectRoot } from '../support/app-process.ts';

describe('the environment, validated by zod', () => {
  test('an empty environment gives the documented defaults', () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      profilesDir: undefined,
      defaultProfile: 'alingsas',
      retentionDays: undefined,
      rateLimitPerMinute: 600,
      bodyLimit: '1mb',
      trustProxy: false,
      logLevel: 'info',
      draftQuotas: defaultDraftQuotas,
    });
    expect(config.databaseFile).toMatch(/data\/postkoll\.db$/);
    // An empty variable counts as unset.
    expect(configFromEnv({ PORT: '', POSTKOLL_RETENTION_DAYS: '' })).toMatchObject({ port: 3000, retentionDays: undefined });
  });

  test('POSTKOLL_RETENTION_DAYS takes 1–3,650 days, as profiles do; 0 would delete every draft at once', () => {
    expect(configFromEnv({ POSTKOLL_RETENTION_DAYS: '1' }).retentionDays).toBe(1);
    expect(configFromEnv({ POSTKOLL_RETENTION_DAYS: '3650' }).retentionDays).toBe(3650);
    for (const value of ['0', '3651', '-5', '2.5', 'trettio', '30 dagar']) {
      expect(() => configFromEnv({ POSTKOLL_RETENTION_DAYS: value }), value).toThrow(/^POSTKOLL_RETENTION_DAYS måste vara ett heltal från 1 till 3[\s\u00a0]650\.$/);
    }
  });

  test('POSTKOLL_TODAY sets the day the linters see (for periods); anything but a real date stops the start', () => {
    expect(configFromEnv({}).today).toBeUndefined();
    const config = configFromEnv({ POSTKOLL_TODAY: '2026-05-01' });
    expect(config.today).toBe('2026-05-01');
    expect(clockOf(config)().toISOString()).toBe('2026-05-01T11:00:00.000Z');
    for (const value of ['2026-13-45', '1 maj', '2026-5-1']) {
      expect(() => configFromEnv({ POSTKOLL_TODAY: value }), value).toThrow(/^POSTKOLL_TODAY måste vara ett datum som 2026-09-01\.$/);
    }
  });

  test('every bad variable is named, all at once, without echoing values', () => {
    const read = () => configFromEnv({ PORT: 'åttio', LOG_LEVEL: 'loud', POSTKOLL_MAX_DATABASE_SIZE: 'stor', POSTKOLL_DB: 'ok.db' });
    expect(read).toThrow(/PORT måste vara ett heltal från 0 till 65[\s\u00a0]535/);
    expect(read).toThrow(/LOG_LEVEL måste vara en av fatal, error/);
    expect(read).toThrow(/POSTKOLL_MAX_DATABASE_SIZE måste vara en storlek/);
    expect(read).not.toThrow(/åttio|loud|stor\b/);
  });

  test('each draft quota is a setting; sizes read like POSTKOLL_BODY_LIMIT', () => {
    const quotas = configFromEnv({
      POSTKOLL_MAX_VERSIONS_PER_DRAFT: '10',
      POSTKOLL_MAX_COMMENTS_PER_DRAFT: '11',
      POSTKOLL_MAX_DEVIATIONS_PER_DRAFT: '12',
      POSTKOLL_MAX_TEXT_PER_DRAFT: '200000',
      POSTKOLL_MAX_ACTIVITY_PER_DRAFT: '13',
      POSTKOLL_MAX_DRAFTS_PER_CLIENT_PER_DAY: '14',
      POSTKOLL_MAX_DATABASE_SIZE: '500mb',
    }).draftQuotas;
    expect(quotas).toEqual({
      versionsPerDraft: 10,
      commentsPerDraft: 11,
      deviationsPerDraft: 12,
      textPerDraft: 200_000,
      activityPerDraft: 13,
      draftsPerClientPerDay: 14,
      databaseBytes: 500 * 1024 ** 2,
    });
    expect(() => configFromEnv({ POSTKOLL_MAX_VERSIONS_PER_DRAFT: '0' })).toThrow(/POSTKOLL_MAX_VERSIONS_PER_DRAFT/);
    // A draft must hold its first version at its longest: 20,000 characters and 20 alt texts of 5,000.
    expect(() => configFromEnv({ POSTKOLL_MAX_TEXT_PER_DRAFT: '119999' })).toThrow(/POSTKOLL_MAX_TEXT_PER_DRAFT måste vara ett heltal från 120[\s\u00a0]000/);
    expect(() => configFromEnv({ POSTKOLL_MAX_DATABASE_SIZE: '1kb' })).toThrow(/POSTKOLL_MAX_DATABASE_SIZE/);
  });

  test('the server refuses to start on a bad setting, naming it on stderr, with exit code 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
      cwd: projectRoot,
      env: { ...process.env, POSTKOLL_RETENTION_DAYS: '0', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('POSTKOLL_RETENTION_DAYS måste vara ett heltal från 1 till 3');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('POSTKOLL_WORKERS and POSTKOLL_DATABASE_URL settings', () => {
  test('one process per core by default ("auto"), or a positive whole number; the worker pool threads are shared out among them', () => {
    expect(configFromEnv({}).workers).toBe(availableParallelism());
    expect(configFromEnv({ POSTKOLL_WORKERS: 'auto' }).workers).toBe(availableParallelism());
    expect(configFromEnv({ POSTKOLL_WORKERS: '1' }).workers).toBe(1);
    // Every process has a pool of its own: together they have about one thread per core, and never none.
    expect(configFromEnv({ POSTKOLL_WORKERS: '1' }).serving.pool.threads).toBe(availableParallelism());
    expect(configFromEnv({}).serving.pool.threads).toBe(1);
    expect(configFromEnv({ POSTKOLL_WORKERS: String(availableParallelism() * 2) }).serving.pool.threads).toBe(1);
    expect(configFromEnv({ POSTKOLL_POOL_THREADS: '3' }).serving.pool.threads).toBe(3);
    expect(configFromEnv({ POSTKOLL_WORKERS: '3' }).workers).toBe(3);
    for (const value of ['0', '-1', '1.5', 'alla']) expect(() => configFromEnv({ POSTKOLL_WORKERS: value }), value).toThrow(/POSTKOLL_WORKERS/);
  });

  test('POSTKOLL_HELPER_NICE: how far V8\'s and libuv\'s threads yield to the request thread, 10 by default, 0 to leave them', () => {
    expect(configFromEnv({}).serving.pool.helperNice).toBe(10);
    expect(configFromEnv({ POSTKOLL_HELPER_NICE: '0' }).serving.pool.helperNice).toBe(0);
    expect(configFromEnv({ POSTKOLL_HELPER_NICE: '19' }).serving.pool.helperNice).toBe(19);
    for (const value of ['20', '-1', '2.5', 'lågt']) expect(() => configFromEnv({ POSTKOLL_HELPER_NICE: value }), value).toThrow(/POSTKOLL_HELPER_NICE/);
    // In a process of its own: every thread but the main one is lowered by the increment, and 0 lowers none.
    const niceAfter = (increment: number) => {
      const script = `import { niceHelperThreads } from './server/helper-threads.ts';
        import { readdirSync, readFileSync } from 'node:fs';
        const lowered = niceHelperThreads(${increment});
        const nice = readdirSync('/proc/self/task').map((id) => { const stat = readFileSync('/proc/self/task/' + id + '/stat', 'utf8'); return [Number(id), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])]; });
        console.log(JSON.stringify({ lowered, pid: process.pid, nice }));`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as { lowered: number; pid: number; nice: [number, number][] };
    };
    const lowered = niceAfter(5);
    const main = lowered.nice.find(([id]) => id === lowered.pid)![1];
    expect(lowered.lowered).toBeGreaterThan(0);
    expect(lowered.nice.filter(([id]) => id !== lowered.pid).map(([, nice]) => nice)).toEqual(Array(lowered.nice.length - 1).fill(Math.min(19, main + 5)));
    const left = niceAfter(0);
    expect(left.lowered).toBe(0);
    expect(new Set(left.nice.map(([, nice]) => nice)).size).toBe(1);
  });

  test('SQLite unless POSTKOLL_DATABASE_URL names a PostgreSQL database; a wrong URL stops the start without repeating it', () => {
    expect(configFromEnv({}).databaseUrl).toBeUndefined();
    expect(configFromEnv({ POSTKOLL_DATABASE_URL: 'postgres://app:hemligt@db/postkoll' }).databaseUrl).toBe('postgres://app:hemligt@db/postkoll');
    expect(() => configFromEnv({ POSTKOLL_DATABASE_URL: 'mysql://app:hemligt@db/postkoll' })).toThrow(/POSTKOLL_DATABASE_URL/);
    expect(() => configFromEnv({ POSTKOLL_DATABASE_URL: 'mysql://app:hemligt@db/postkoll' })).not.toThrow(/hemligt/);
  });
});
