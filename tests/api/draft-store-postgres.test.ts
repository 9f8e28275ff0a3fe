import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pg from 'pg';
import { createPool, lockKeys, migrate, migrations } from '../../server/drafts/postgres/db.ts';
import { createPostgresDraftStore } from '../../server/drafts/postgres/store.ts';
import { defaultDraftQuotas } from '../../server/drafts/quotas.ts';
import { requirePostgresBinDir, startPostgres, type TestPostgres } from '../support/postgres.ts';
import { DAY, describeDraftStoreContract } from './draft-store-contract.ts';

/** The store contract against a real PostgreSQL: one throwaway cluster for this file, a fresh database per test. */
let cluster: TestPostgres;
beforeAll(async () => {
  cluster = await startPostgres();
});
afterAll(async () => {
  await cluster?.stop();
});

describeDraftStoreContract('PostgreSQL', async (options) => {
  const url = await cluster.createDatabase();
  const pool = createPool(url);
  await migrate(pool);
  const store = createPostgresDraftStore({ pool, ...options });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await store.close();
  };
  return {
    store,
    async stopAndReadFiles() {
      await close();
      return cluster.checkpointAndReadFiles();
    },
    async sealingKeyOf(draftId) {
      const [row] = await cluster.query<{ key: Buffer }>('SELECT key FROM draft_keys WHERE draft_id = $1', [draftId], url);
      return row!.key;
    },
    async dispose() {
      await close();
      await cluster.query(`DROP DATABASE ${pg.escapeIdentifier(new URL(url).pathname.slice(1))} WITH (FORCE)`);
    },
  };
});

describe('PostgreSQL specifics', () => {
  test('without the PostgreSQL server programs the tests fail with the install command, never skip', () => {
    const saved = process.env.POSTGRES_BIN;
    process.env.POSTGRES_BIN = '/nonexistent/postgresql/bin';
    try {
      expect(() => requirePostgresBinDir()).toThrow(/apt-get update && apt-get install -y postgresql/);
    } finally {
      if (saved === undefined) delete process.env.POSTGRES_BIN;
      else process.env.POSTGRES_BIN = saved;
    }
  });

  test('the test cluster runs as the postgres OS user and listens on loopback only', async () => {
    const [settings] = await cluster.query<{ listen: string }>("SELECT current_setting('listen_addresses') AS listen");
    expect(settings!.listen).toBe('127.0.0.1');
    // PostgreSQL refuses to run as root; the data directory belongs to the user it runs as.
    expect(statSync(cluster.dataDir).uid).not.toBe(0);
  });

  test('migrations are versioned in postkoll_migrations; several instances migrating at once apply each once', async () => {
    const url = await cluster.createDatabase();
    const pools = [createPool(url), createPool(url), createPool(url)];
    try {
      await Promise.all(pools.map((pool) => migrate(pool)));
      const rows = await cluster.query<{ version: number; name: string }>('SELECT version, name FROM postkoll_migrations ORDER BY version', [], url);
      expect(rows).toEqual(migrations.map((migration, index) => ({ version: index + 1, name: migration.name })));
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  test('a database with a newer schema than this version knows is refused with a Swedish message', async () => {
    const url = await cluster.createDatabase();
    const pool = createPool(url);
    try {
      await migrate(pool);
      await cluster.query("INSERT INTO postkoll_migrations (version, name) VALUES (999, 'from the future')", [], url);
      await expect(migrate(pool)).rejects.toThrow(/schemaversion 999.*POSTKOLL_DATABASE_URL/);
    } finally {
      await pool.end();
    }
  });

  test('no text is stored in plain: the rows hold only sealed bytes', async () => {
    const url = await cluster.createDatabase();
    const pool = createPool(url);
    try {
      await migrate(pool);
      const store = createPostgresDraftStore({ pool, retentionDays: () => 30, quotas: defaultDraftQuotas });
      const created = await store.create({ text: 'Hemlig text om Kalle', channels: ['facebook'], media: [{ type: 'image', altText: 'Kalle på bild' }] }, 'Sara Skribent', 'alingsas', '192.0.2.1');
      const dump = JSON.stringify(await cluster.query("SELECT d.*, v.* FROM drafts d JOIN versions v ON v.draft_id = d.id", [], url), (_key, value) =>
        value?.type === 'Buffer' ? Buffer.from(value.data).toString('latin1') : value,
      );
      for (const plain of ['Hemlig text', 'Kalle', 'Sara Skribent']) expect(dump).not.toContain(plain);
      expect((await store.view(await store.resolve(created.reviewToken))).latest.text).toBe('Hemlig text om Kalle');
    } finally {
      await pool.end();
    }
  });

  test('retention runs on one instance at a time: while another holds the advisory lock, a run deletes nothing', async () => {
    const url = await cluster.createDatabase();
    const pool = createPool(url);
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await migrate(pool);
      let now = Date.UTC(2025, 0, 15);
      const store = createPostgresDraftStore({ pool, retentionDays: () => 30, quotas: defaultDraftQuotas, clock: () => now });
      await store.create({ text: 'Gammal', channels: [], media: [] }, 'Sara', 'alingsas', '192.0.2.1');
      now += 31 * DAY;
      // Another instance's retention run, as it holds the lock.
      await other.query('SELECT pg_advisory_lock($1)', [lockKeys.retention]);
      expect(await store.purgeExpired()).toBe(0);
      expect(await cluster.query('SELECT id FROM drafts', [], url)).toHaveLength(1);
      await other.query('SELECT pg_advisory_unlock($1)', [lockKeys.retention]);
      expect(await store.purgeExpired()).toBe(1);
      expect(await cluster.query('SELECT id FROM drafts', [], url)).toHaveLength(0);
    } finally {
      await other.end();
      await pool.end();
    }
  });
});
