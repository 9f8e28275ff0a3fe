import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import { migrations, openDatabase } from '../../server/drafts/sqlite/db.ts';
import { createSqliteDraftStore } from '../../server/drafts/sqlite/store.ts';
import { describeDraftStoreContract } from './draft-store-contract.ts';

/** The store contract against SQLite: a fresh database file in its own temporary folder per test. */
describeDraftStoreContract('SQLite', async (options) => {
  const dir = mkdtempSync(join(tmpdir(), 'postkoll-store-'));
  const file = join(dir, 'postkoll.db');
  const store = createSqliteDraftStore({ db: openDatabase(file), ...options });
  return {
    store,
    async stopAndReadFiles() {
      await store.close();
      return [file, `${file}-wal`, `${file}-shm`].filter((path) => existsSync(path)).map((path) => readFileSync(path));
    },
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite: deletion empties the WAL at once, without waiting for a stop', () => {
  test('right after delete() resolves, neither the database file nor its -wal holds the deleted text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'postkoll-store-'));
    const file = join(dir, 'postkoll.db');
    const store = createSqliteDraftStore({ db: openDatabase(file), retentionDays: () => 30, quotas: defaultDraftQuotas });
    try {
      const marker = 'MARKÖR-wal-5b2d';
      const created = await store.create({ text: `Hemligt ${marker}`, channels: [], media: [] }, 'Sara', 'alingsas', '192.0.2.1');
      const files = () => [file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path));
      expect(files().some((bytes) => bytes.includes(Buffer.from(marker)))).toBe(true);
      await store.delete(await store.resolve(created.authorToken));
      expect(files().some((bytes) => bytes.includes(Buffer.from(marker)))).toBe(false);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite: the decision-deviations migration', () => {
  test('a database from before it gets, for each existing decision, the deviations in force when it was made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'postkoll-store-'));
    const file = join(dir, 'postkoll.db');
    let now = Date.UTC(2025, 0, 15, 9, 0, 0);
    const options = { retentionDays: () => 30, quotas: defaultDraftQuotas, clock: () => now };
    try {
      const before = createSqliteDraftStore({ db: openDatabase(file), ...options });
      const created = await before.create({ text: 'Öppet hus på biblioteket på lördag.', channels: ['facebook'], media: [] }, 'Sara', 'alingsas', '192.0.2.1');
      const reviewer = await before.resolve(created.reviewToken);
      const deviation = (start: number, end: number) => ({ version: 1, ruleId: 'klar-lix', start, end, justification: 'Avsiktligt.', authorName: 'Rita' });
      const earlier = await before.addDeviation(reviewer, deviation(0, 5));
      now += 1000;
      await before.decide(reviewer, { version: 1, decision: 'changes_requested', note: '', authorName: 'Rita' });
      now += 1000;
      const later = await before.addDeviation(reviewer, deviation(13, 24));
      await before.decide(reviewer, { version: 1, decision: 'approved', note: '', authorName: 'Rita' });
      await before.close();

      // The file as the previous schema left it: no record of what each decision accepted.
      const old = new Database(file);
      old.exec('DROP TABLE decision_deviations');
      old.pragma(`user_version = ${migrations.length - 1}`);
      old.close();

      const after = createSqliteDraftStore({ db: openDatabase(file), ...options });
      try {
        const record = await after.view(await after.resolve(created.reviewToken));
        expect(record.decisions.map((decision) => [decision.decision, decision.acceptedDeviations])).toEqual([
          ['changes_requested', [earlier.id]],
          ['approved', [earlier.id, later.id]],
        ]);
      } finally {
        await after.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
