/**
 * Moving an existing deployment: `npm run migrate:sqlite-to-postgres -- <sqlite file> <url>` copies
 * the drafts of a SQLite file into an empty PostgreSQL database. Run as the real command.
 */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPool } from '../../server/drafts/postgres/db.ts';
import { createPostgresDraftStore } from '../../server/drafts/postgres/store.ts';
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import { migrations as sqliteMigrations, openDatabase } from '../../server/drafts/sqlite/db.ts';
import { createSqliteDraftStore } from '../../server/drafts/sqlite/store.ts';
import { DraftError, type DraftStore } from '../../server/drafts/store.ts';
import { projectRoot } from '../support/app-process.ts';
import { startPostgres, type TestPostgres } from '../support/postgres.ts';

const run = promisify(execFile);
let cluster: TestPostgres;
const dir = mkdtempSync(join(tmpdir(), 'postkoll-move-'));
const file = join(dir, 'postkoll.db');
const options = { retentionDays: () => 30, quotas: defaultDraftQuotas, clock: () => Date.UTC(2025, 0, 15, 9) };

beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const migrateCommand = (...args: string[]) =>
  run('npm', ['run', '--silent', 'migrate:sqlite-to-postgres', '--', ...args], { cwd: projectRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

/** Everything a link sees of its draft. */
async function everything(store: DraftStore, token: string) {
  const draft = await store.resolve(token);
  const record = await store.view(draft);
  const versions = await Promise.all(record.history.map((item) => store.version(draft, item.number)));
  return { draft, record, versions };
}

describe('npm run migrate:sqlite-to-postgres', () => {
  test('copies every draft into an empty database: each link sees the same draft, deleted links stay gone, new writes continue', async () => {
    const sqlite = createSqliteDraftStore({ db: openDatabase(file), ...options });
    const first = await sqlite.create(
      { text: 'Öppet hus på biblioteket på lördag.', channels: ['facebook'], media: [{ type: 'image', altText: 'Barn som läser' }] },
      'Sara',
      'alingsas',
      '192.0.2.1',
    );
    const author = await sqlite.resolve(first.authorToken);
    const reviewer = await sqlite.resolve(first.reviewToken);
    await sqlite.addComment(reviewer, { version: 1, start: 0, end: 5, body: 'Vilken tid?', authorName: 'Rita' });
    await sqlite.saveVersion(author, { text: 'Öppet hus på biblioteket på lördag kl. 10.', channels: ['facebook'], media: [] }, 1, 'Sara');
    await sqlite.addDeviation(reviewer, { version: 2, ruleId: 'klar-lix', start: 0, end: 5, justification: 'Avsiktligt.', authorName: 'Rita' });
    await sqlite.decide(reviewer, { version: 2, decision: 'approved', note: 'Bra!', authorName: 'Rita' });
    const deleted = await sqlite.create({ text: 'Raderas.', channels: [], media: [] }, 'Sara', 'alingsas', '192.0.2.1');
    await sqlite.delete(await sqlite.resolve(deleted.authorToken));
    const before = { author: await everything(sqlite, first.authorToken), reviewer: await everything(sqlite, first.reviewToken) };
    // The decision's record of what it accepted is copied along (compared below with the rest).
    expect(before.reviewer.record.decisions.map((decision) => decision.acceptedDeviations)).toEqual([before.reviewer.record.deviations.map((deviation) => deviation.id)]);
    await sqlite.close();

    const url = await cluster.createDatabase();
    const moved = await migrateCommand(file, url);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    expect(moved.stdout).toMatch(/Flyttade 1 utkast \(2 versioner, 1 kommentarer, 1 avvikelser, 1 beslut, 5 händelser\) och 2 raderade länkar/);

    const pool = createPool(url);
    const postgres = createPostgresDraftStore({ pool, ...options });
    try {
      expect(await everything(postgres, first.authorToken)).toEqual(before.author);
      expect(await everything(postgres, first.reviewToken)).toEqual(before.reviewer);
      const gone = await postgres.resolve(deleted.reviewToken).catch((error: DraftError) => error.failure);
      expect(gone).toEqual({ kind: 'gone', reason: 'deleted' });
      // Ids continue after the copied ones.
      const next = await postgres.addComment(before.reviewer.draft, { version: 2, start: 0, end: 0, body: 'Ny', authorName: 'Rita' });
      expect(next.id).toBeGreaterThan(before.reviewer.record.comments[0]!.id);

      // A second run would mix two copies: refused, and nothing changes.
      const again = await migrateCommand(file, url);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/redan utkast/);
      expect(await cluster.query('SELECT id FROM drafts', [], url)).toHaveLength(1);
    } finally {
      await pool.end();
    }
  });

  test('a file from before decisions recorded what they accepted: the move derives it as the SQLite migration would', async () => {
    const older = join(dir, 'older.db');
    let now = Date.UTC(2025, 0, 15, 9);
    const sqlite = createSqliteDraftStore({ db: openDatabase(older), ...options, clock: () => now });
    const created = await sqlite.create({ text: 'Öppet hus på biblioteket på lördag.', channels: ['facebook'], media: [] }, 'Sara', 'alingsas', '192.0.2.1');
    const reviewer = await sqlite.resolve(created.reviewToken);
    const accepted = await sqlite.addDeviation(reviewer, { version: 1, ruleId: 'klar-lix', start: 0, end: 5, justification: 'Avsiktligt.', authorName: 'Rita' });
    now += 1000;
    await sqlite.decide(reviewer, { version: 1, decision: 'changes_requested', note: '', authorName: 'Rita' });
    now += 1000;
    await sqlite.addDeviation(reviewer, { version: 1, ruleId: 'klar-lix', start: 13, end: 24, justification: 'Avsiktligt.', authorName: 'Rita' });
    await sqlite.close();
    // The file as the previous schema left it.
    const previous = new Database(older);
    previous.exec('DROP TABLE decision_deviations');
    previous.pragma(`user_version = ${sqliteMigrations.length - 1}`);
    previous.close();

    const url = await cluster.createDatabase();
    const moved = await migrateCommand(older, url);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    const pool = createPool(url);
    try {
      const postgres = createPostgresDraftStore({ pool, ...options });
      const record = await postgres.view(await postgres.resolve(created.reviewToken));
      expect(record.decisions.map((decision) => decision.acceptedDeviations)).toEqual([[accepted.id]]);
    } finally {
      await pool.end();
    }
  });

  test('wrong arguments: exit code 2 and the usage', async () => {
    const answer = await migrateCommand(file);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toMatch(/Användning: npm run migrate:sqlite-to-postgres -- <SQLite-fil> <postgres:\/\/…>/);
  });
});
