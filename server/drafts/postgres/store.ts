import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { MediaItem } from '../../../rules/core/types.ts';
import type { ActivityAction, Decision, DraftVersion, Role } from '../../../rules/api/drafts.ts';
import { carryAnchors, rangeMapper, textUnitsOf } from '../anchors.ts';
import {
  checkRange,
  DraftError,
  requirePermission,
  type DraftAccess,
  type DraftQuotas,
  type DraftRecord,
  type DraftStore,
  type GoneReason,
  type PostContent,
  type QuotaName,
} from '../store.ts';
import { hashClient, hashToken, isTokenShaped, newToken, tombstoneDays } from '../tokens.ts';
import { inTransaction, lockKeys } from './db.ts';
import { newDraftKey, sealerOf } from './sealed.ts';

const DAY = 86_400_000;

interface DraftRow {
  id: string;
  author_token_hash: Buffer;
  review_token_hash: Buffer;
  profile: string;
  author_name: Buffer;
  created_at: number;
  last_activity_at: number;
  key: Buffer;
}

interface VersionRow {
  number: number;
  text: Buffer;
  channels: string[];
  media: Buffer;
  author_name: Buffer;
  created_at: number;
  units: number;
}

interface AnchoredRow {
  id: number;
  version: number;
  start: number;
  end: number;
  field?: string | null;
  anchor_version: number;
  anchor_start: number;
  anchor_end: number;
}

export interface PostgresDraftStoreOptions {
  pool: pg.Pool;
  /** Days a draft is kept after its last activity, by its profile. */
  retentionDays: (profile: string) => number;
  quotas: DraftQuotas;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  clock?: () => number;
}

type Sealer = ReturnType<typeof sealerOf>;
type Tx = pg.PoolClient;

const iso = (ms: number) => new Date(ms).toISOString();
const fail = (failure: ConstructorParameters<typeof DraftError>[0]): never => {
  throw new DraftError(failure);
};

const draftColumns = 'd.id, d.author_token_hash, d.review_token_hash, d.profile, d.author_name, d.created_at, d.last_activity_at, k.key';

/**
 * The PostgreSQL implementation of the `DraftStore` contract (server/drafts/store.ts), for several
 * app instances on one database. Each call is one transaction on a pooled connection. Every write to a
 * draft first locks the draft's row (SELECT … FOR UPDATE), so writes to one draft run one after the
 * other on every instance: of two saves with the same base version the second sees the first's
 * version and fails stale, and quotas are counted with no write in between. The primary key
 * (draft_id, number) would refuse a second version N+1 even without the lock.
 */
export function createPostgresDraftStore({ pool, retentionDays, quotas, clock = Date.now }: PostgresDraftStoreOptions): DraftStore {
  const expiresAt = (draft: { profile: string; last_activity_at: number }) => draft.last_activity_at + retentionDays(draft.profile) * DAY;

  const transaction = <T>(work: (tx: Tx) => Promise<T>) => inTransaction(pool, work);

  /**
   * A write to one draft: one transaction that first locks the draft's row, so writes to one draft
   * queue here on every instance and each sees the latest version as the one before it left it.
   */
  const writing = <T>(draftId: string, work: (context: { tx: Tx; sealer: Sealer; now: number; latest: number }) => Promise<T>) =>
    transaction(async (tx) => {
      const row = await lockDraft(tx, draftId);
      return work({ tx, sealer: sealerOf(row.key, row.id), now: clock(), latest: await latestOf(tx, draftId) });
    });

  const one = async <Row extends pg.QueryResultRow>(tx: Tx | pg.Pool, sql: string, params: unknown[]) =>
    (await tx.query<Row>(sql, params)).rows[0];

  const quota = (name: QuotaName, used: number, adding = 1) => {
    if (used + adding > quotas[name]) fail({ kind: 'quota_exceeded', quota: name, limit: quotas[name] });
  };

  const checkDatabaseSize = async (tx: Tx) =>
    quota('databaseBytes', (await one<{ bytes: number }>(tx, 'SELECT pg_database_size(current_database()) AS bytes', []))!.bytes, 0);

  /** The draft's row, locked for this transaction: writes to one draft queue here, on every instance. */
  const lockDraft = async (tx: Tx, draftId: string): Promise<DraftRow> =>
    (await one<DraftRow>(tx, `SELECT ${draftColumns} FROM drafts d JOIN draft_keys k ON k.draft_id = d.id WHERE d.id = $1 FOR UPDATE OF d`, [draftId])) ??
    fail({ kind: 'gone', reason: 'deleted' });

  const latestOf = async (tx: Tx | pg.Pool, draftId: string) =>
    (await one<{ latest: number }>(tx, 'SELECT max(number) AS latest FROM versions WHERE draft_id = $1', [draftId]))!.latest;

  const count = async (tx: Tx, table: 'activity' | 'comments' | 'deviations', draftId: string) =>
    Number((await one<{ count: string }>(tx, `SELECT count(*) AS count FROM ${table} WHERE draft_id = $1`, [draftId]))!.count);

  /** Refuses writes past the per-draft activity cap and when the database is full. */
  async function checkWrite(tx: Tx, draftId: string) {
    quota('activityPerDraft', await count(tx, 'activity', draftId));
    await checkDatabaseSize(tx);
  }

  async function log(tx: Tx, sealer: Sealer, draftId: string, now: number, name: string, role: Role, action: ActivityAction, version: number, ruleId: string | null = null) {
    await tx.query('INSERT INTO activity (draft_id, at, name, role, action, version, rule_id) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      draftId,
      now,
      sealer.seal(name),
      role,
      action,
      version,
      ruleId,
    ]);
    await tx.query('UPDATE drafts SET last_activity_at = $1 WHERE id = $2', [now, draftId]);
  }

  const versionRow = (tx: Tx | pg.Pool, draftId: string, number: number) =>
    one<VersionRow>(tx, 'SELECT number, text, channels, media, author_name, created_at, units FROM versions WHERE draft_id = $1 AND number = $2', [draftId, number]);

  const existingVersion = async (tx: Tx | pg.Pool, draftId: string, number: number): Promise<VersionRow> =>
    (await versionRow(tx, draftId, number)) ?? fail({ kind: 'unknown_version', version: number });

  const toVersion = (sealer: Sealer, row: VersionRow): DraftVersion => ({
    number: row.number,
    text: sealer.unseal(row.text),
    channels: row.channels,
    media: JSON.parse(sealer.unseal(row.media)) as MediaItem[],
    authorName: sealer.unseal(row.author_name),
    createdAt: iso(row.created_at),
  });

  const insertVersion = (tx: Tx, sealer: Sealer, draftId: string, number: number, content: PostContent, name: string, now: number) =>
    tx.query('INSERT INTO versions (draft_id, number, text, channels, media, author_name, created_at, units) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      draftId,
      number,
      sealer.seal(content.text),
      JSON.stringify(content.channels),
      sealer.seal(JSON.stringify(content.media)),
      sealer.seal(name),
      now,
      textUnitsOf(content),
    ]);

  /** Deletes a draft with everything attached (ON DELETE CASCADE, its key included) and leaves tombstones. */
  async function remove(tx: Tx, draft: Pick<DraftRow, 'id' | 'author_token_hash' | 'review_token_hash'>, reason: GoneReason, now: number) {
    await tx.query(
      `INSERT INTO tombstones (token_hash, deleted_at, reason) VALUES ($1, $3, $4), ($2, $3, $4)
       ON CONFLICT (token_hash) DO UPDATE SET deleted_at = excluded.deleted_at, reason = excluded.reason`,
      [draft.author_token_hash, draft.review_token_hash, now, reason],
    );
    await tx.query('DELETE FROM drafts WHERE id = $1', [draft.id]);
  }

  /**
   * After deletions: rewrites the key table, so that the deleted keys leave its data files (a plain
   * DELETE leaves them in the heap until the space is reused). Runs outside any transaction, as VACUUM
   * must; it holds an exclusive lock on the small table for the few milliseconds the copy takes.
   */
  const shred = () => pool.query('VACUUM FULL draft_keys');

  const fromAccess = async (tx: Tx | pg.Pool, draftId: string) =>
    (await one<DraftRow>(tx, `SELECT ${draftColumns} FROM drafts d JOIN draft_keys k ON k.draft_id = d.id WHERE d.id = $1`, [draftId])) ??
    fail({ kind: 'gone', reason: 'deleted' });

  return {
    async create(content, authorName, profile, client) {
      return transaction(async (tx) => {
        const now = clock();
        const clientHash = hashClient(client);
        // One client's creations queue here, so two at once cannot both take the last place of the day.
        await tx.query('SELECT pg_advisory_xact_lock($1)', [clientHash.readBigInt64BE(0).toString()]);
        await tx.query('DELETE FROM client_drafts WHERE created_at <= $1', [now - DAY]);
        const created = await one<{ count: string }>(tx, 'SELECT count(*) AS count FROM client_drafts WHERE client_hash = $1 AND created_at > $2', [
          clientHash,
          now - DAY,
        ]);
        quota('draftsPerClientPerDay', Number(created!.count));
        quota('textPerDraft', 0, textUnitsOf(content));
        await checkDatabaseSize(tx);
        const id = randomUUID();
        const key = newDraftKey();
        const sealer = sealerOf(key, id);
        const authorToken = newToken();
        const reviewToken = newToken();
        await tx.query(
          `INSERT INTO drafts (id, author_token_hash, review_token_hash, profile, author_name, created_at, last_activity_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6)`,
          [id, hashToken(authorToken), hashToken(reviewToken), profile, sealer.seal(authorName), now],
        );
        await tx.query('INSERT INTO draft_keys (draft_id, key) VALUES ($1, $2)', [id, key]);
        await insertVersion(tx, sealer, id, 1, content, authorName, now);
        await tx.query('INSERT INTO client_drafts (client_hash, created_at) VALUES ($1, $2)', [clientHash, now]);
        await log(tx, sealer, id, now, authorName, 'author', 'created', 1);
        return { id, authorToken, reviewToken, version: 1 as const };
      });
    },

    async resolve(token) {
      if (!isTokenShaped(token)) return fail({ kind: 'not_found' });
      const hash = hashToken(token);
      const found = await transaction(async (tx): Promise<DraftAccess | GoneReason | undefined> => {
        const draft = await one<DraftRow>(
          tx,
          `SELECT ${draftColumns} FROM drafts d JOIN draft_keys k ON k.draft_id = d.id WHERE d.author_token_hash = $1 OR d.review_token_hash = $1`,
          [hash],
        );
        if (!draft) return (await one<{ reason: GoneReason }>(tx, 'SELECT reason FROM tombstones WHERE token_hash = $1', [hash]))?.reason;
        const now = clock();
        if (expiresAt(draft) <= now) {
          await remove(tx, draft, 'expired', now);
          return 'expired';
        }
        return {
          id: draft.id,
          profile: draft.profile,
          authorName: sealerOf(draft.key, draft.id).unseal(draft.author_name),
          role: draft.author_token_hash.equals(hash) ? 'author' : 'reviewer',
        };
      });
      if (found === undefined) return fail({ kind: 'not_found' });
      if (typeof found === 'string') {
        // An expiry found here deleted the draft: make it unreadable before answering.
        if (found === 'expired') await shred();
        return fail({ kind: 'gone', reason: found });
      }
      return found;
    },

    async view(draft): Promise<DraftRecord> {
      // One snapshot for every read, so the parts agree with each other.
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const row = await fromAccess(tx, draft.id);
        const sealer = sealerOf(row.key, row.id);
        const latest = await latestOf(tx, draft.id);
        const [latestRow, history, comments, deviations, decisions, accepted, activity] = [
          await versionRow(tx, draft.id, latest),
          await tx.query('SELECT number, author_name, created_at, units FROM versions WHERE draft_id = $1 ORDER BY number', [draft.id]),
          await tx.query('SELECT * FROM comments WHERE draft_id = $1 ORDER BY id', [draft.id]),
          await tx.query('SELECT * FROM deviations WHERE draft_id = $1 ORDER BY id', [draft.id]),
          await tx.query('SELECT * FROM decisions WHERE draft_id = $1 ORDER BY id', [draft.id]),
          await tx.query<{ decision_id: number; deviation_id: number }>(
            `SELECT decision_id, deviation_id FROM decision_deviations JOIN decisions ON decisions.id = decision_id
             WHERE decisions.draft_id = $1 ORDER BY decision_id, deviation_id`,
            [draft.id],
          ),
          await tx.query('SELECT * FROM activity WHERE draft_id = $1 ORDER BY id', [draft.id]),
        ];
        await tx.query('COMMIT');
        const anchorOf = (r: AnchoredRow) => ({ version: r.anchor_version, start: r.anchor_start, end: r.anchor_end });
        return {
          id: row.id,
          profile: row.profile,
          authorName: sealer.unseal(row.author_name),
          createdAt: iso(row.created_at),
          lastActivityAt: iso(row.last_activity_at),
          expiresAt: iso(expiresAt(row)),
          retentionDays: retentionDays(row.profile),
          latest: toVersion(sealer, latestRow!),
          history: history.rows.map((version) => ({
            number: version.number,
            authorName: sealer.unseal(version.author_name),
            createdAt: iso(version.created_at),
            length: version.units,
          })),
          comments: comments.rows.map((comment) => ({
            id: comment.id,
            version: comment.version,
            start: comment.start,
            end: comment.end,
            body: sealer.unseal(comment.body),
            authorName: sealer.unseal(comment.author_name),
            role: comment.role,
            createdAt: iso(comment.created_at),
            anchor: anchorOf(comment),
          })),
          deviations: deviations.rows.map((deviation) => ({
            id: deviation.id,
            version: deviation.version,
            ruleId: deviation.rule_id,
            ...(deviation.field ? { field: deviation.field } : {}),
            start: deviation.start,
            end: deviation.end,
            justification: sealer.unseal(deviation.justification),
            authorName: sealer.unseal(deviation.author_name),
            createdAt: iso(deviation.created_at),
            anchor: anchorOf(deviation),
          })),
          decisions: decisions.rows.map((decision) => ({
            id: decision.id,
            version: decision.version,
            decision: decision.decision,
            note: sealer.unseal(decision.note),
            authorName: sealer.unseal(decision.author_name),
            createdAt: iso(decision.created_at),
            acceptedDeviations: accepted.rows.filter((entry) => entry.decision_id === decision.id).map((entry) => entry.deviation_id),
          })),
          activity: activity.rows.map((entry) => ({
            id: entry.id,
            at: iso(entry.at),
            name: sealer.unseal(entry.name),
            role: entry.role,
            action: entry.action,
            version: entry.version,
            ...(entry.rule_id ? { ruleId: entry.rule_id } : {}),
          })),
        };
      } catch (error) {
        await tx.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        tx.release();
      }
    },

    async version(draft, number) {
      const row = await fromAccess(pool, draft.id);
      return toVersion(sealerOf(row.key, row.id), await existingVersion(pool, draft.id, number));
    },

    async saveVersion(draft, content, baseVersion, authorName) {
      requirePermission(draft, 'edit');
      return writing(draft.id, async ({ tx, sealer, now, latest }) => {
        if (baseVersion !== latest) fail({ kind: 'stale_version', latestVersion: latest });
        await checkWrite(tx, draft.id);
        quota('versionsPerDraft', latest);
        const used = await one<{ units: string }>(tx, 'SELECT coalesce(sum(units), 0) AS units FROM versions WHERE draft_id = $1', [draft.id]);
        quota('textPerDraft', Number(used!.units), textUnitsOf(content));
        const previous = (await versionRow(tx, draft.id, latest))!;
        const next = latest + 1;
        await insertVersion(tx, sealer, draft.id, next, content, authorName, now);

        const from = { text: sealer.unseal(previous.text), media: JSON.parse(sealer.unseal(previous.media)) as MediaItem[] };
        const anchored = (r: AnchoredRow) => ({ id: r.id, field: r.field, start: r.anchor_start, end: r.anchor_end });
        for (const table of ['comments', 'deviations'] as const) {
          const rows = await tx.query<AnchoredRow>(`SELECT * FROM ${table} WHERE draft_id = $1 AND anchor_version = $2`, [draft.id, latest]);
          for (const moved of carryAnchors(from, content, rows.rows.map(anchored))) {
            await tx.query(`UPDATE ${table} SET anchor_version = $1, anchor_start = $2, anchor_end = $3 WHERE id = $4`, [next, moved.start, moved.end, moved.id]);
          }
        }
        await log(tx, sealer, draft.id, now, authorName, 'author', 'version_saved', next);
        return { version: next };
      });
    },

    async addComment(draft, input) {
      return writing(draft.id, async ({ tx, sealer, now, latest }) => {
        await checkWrite(tx, draft.id);
        quota('commentsPerDraft', await count(tx, 'comments', draft.id));
        const text = sealer.unseal((await existingVersion(tx, draft.id, input.version)).text);
        checkRange(text, input);
        // A comment on an older version is anchored in the latest one when its passage survived.
        const moved = input.version === latest ? input : rangeMapper(text, sealer.unseal((await versionRow(tx, draft.id, latest))!.text))(input);
        const anchor = moved ? { version: latest, start: moved.start, end: moved.end } : { version: input.version, start: input.start, end: input.end };
        const inserted = await one<{ id: number }>(
          tx,
          `INSERT INTO comments (draft_id, version, start, "end", body, author_name, role, created_at, anchor_version, anchor_start, anchor_end)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [draft.id, input.version, input.start, input.end, sealer.seal(input.body), sealer.seal(input.authorName), draft.role, now, anchor.version, anchor.start, anchor.end],
        );
        await log(tx, sealer, draft.id, now, input.authorName, draft.role, 'commented', input.version);
        return { id: inserted!.id, anchor };
      });
    },

    async addDeviation(draft, input) {
      requirePermission(draft, 'acceptDeviation');
      return writing(draft.id, async ({ tx, sealer, now, latest }) => {
        if (input.version !== latest) fail({ kind: 'stale_version', latestVersion: latest });
        const already = await one(
          tx,
          `SELECT 1 FROM deviations WHERE draft_id = $1 AND anchor_version = $2 AND rule_id = $3 AND field IS NOT DISTINCT FROM $4
             AND anchor_start = $5 AND anchor_end = $6`,
          [draft.id, latest, input.ruleId, input.field ?? null, input.start, input.end],
        );
        if (already) fail({ kind: 'already_accepted', latestVersion: latest });
        await checkWrite(tx, draft.id);
        quota('deviationsPerDraft', await count(tx, 'deviations', draft.id));
        const inserted = await one<{ id: number }>(
          tx,
          `INSERT INTO deviations (draft_id, version, rule_id, field, start, "end", justification, author_name, created_at, anchor_version, anchor_start, anchor_end)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $2, $5, $6) RETURNING id`,
          [draft.id, input.version, input.ruleId, input.field ?? null, input.start, input.end, sealer.seal(input.justification), sealer.seal(input.authorName), now],
        );
        await log(tx, sealer, draft.id, now, input.authorName, 'reviewer', 'deviation_accepted', input.version, input.ruleId);
        return { id: inserted!.id };
      });
    },

    async decide(draft, input) {
      requirePermission(draft, 'decide');
      return writing(draft.id, async ({ tx, sealer, now, latest }) => {
        if (input.version !== latest) fail({ kind: 'stale_version', latestVersion: latest });
        await checkWrite(tx, draft.id);
        const inserted = await one<{ id: number }>(
          tx,
          'INSERT INTO decisions (draft_id, version, decision, note, author_name, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
          [draft.id, input.version, input.decision satisfies Decision, sealer.seal(input.note), sealer.seal(input.authorName), now],
        );
        // A decision is about the latest version: the deviations in force there are those anchored in it.
        await tx.query('INSERT INTO decision_deviations (decision_id, deviation_id) SELECT $1, id FROM deviations WHERE draft_id = $2 AND anchor_version = $3', [
          inserted!.id,
          draft.id,
          latest,
        ]);
        await log(tx, sealer, draft.id, now, input.authorName, 'reviewer', input.decision, input.version);
        return { id: inserted!.id };
      });
    },

    async delete(draft) {
      requirePermission(draft, 'delete');
      await transaction(async (tx) => remove(tx, await lockDraft(tx, draft.id), 'deleted', clock()));
      await shred();
    },

    /**
     * One instance at a time: the job takes a session advisory lock and leaves the run to whoever
     * holds it (0 deleted here). Each expired draft goes in its own transaction, then the keys are shredded once.
     */
    async purgeExpired() {
      const session = await pool.connect();
      let locked = false;
      try {
        locked = (await one<{ locked: boolean }>(session, 'SELECT pg_try_advisory_lock($1) AS locked', [lockKeys.retention]))!.locked;
        if (!locked) return 0;
        const now = clock();
        let deleted = 0;
        const profiles = await session.query<{ profile: string }>('SELECT DISTINCT profile FROM drafts');
        for (const { profile } of profiles.rows) {
          const expired = await session.query<{ id: string }>('SELECT id FROM drafts WHERE profile = $1 AND last_activity_at <= $2', [
            profile,
            now - retentionDays(profile) * DAY,
          ]);
          for (const { id } of expired.rows) {
            const removed = await transaction(async (tx) => {
              const row = await one<DraftRow>(tx, 'SELECT id, author_token_hash, review_token_hash, profile, last_activity_at FROM drafts WHERE id = $1 FOR UPDATE', [id]);
              // Touched since the list was read: not expired any more.
              if (!row || expiresAt(row) > now) return false;
              await remove(tx, row, 'expired', now);
              return true;
            });
            if (removed) deleted++;
          }
        }
        await session.query('DELETE FROM tombstones WHERE deleted_at <= $1', [now - tombstoneDays * DAY]);
        await session.query('DELETE FROM client_drafts WHERE created_at <= $1', [now - DAY]);
        if (deleted > 0) await shred();
        return deleted;
      } finally {
        if (locked) await session.query('SELECT pg_advisory_unlock($1)', [lockKeys.retention]).catch(() => {});
        session.release();
      }
    },

    async close() {
      await pool.end();
    },
  };
}
