import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import { openDatabase } from '../../server/drafts/sqlite/db.ts';
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
