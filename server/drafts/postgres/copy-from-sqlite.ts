import Database from 'better-sqlite3';
import type pg from 'pg';
import type { MediaItem } from '../../../rules/core/types.ts';
import { textUnitsOf } from '../anchors.ts';
import { backfillDecisionDeviations } from '../decision-deviations.ts';
import { inTransaction, migrate } from './db.ts';
import { newDraftKey, sealerOf } from './sealed.ts';

export interface CopyCounts {
  drafts: number;
  versions: number;
  comments: number;
  deviations: number;
  decisions: number;
  activity: number;
  tombstones: number;
}

type Row = Record<string, unknown>;

/** The rows attached to a draft, copied column for column (ids kept); the sealed columns may hold personal data. */
const attached = {
  comments: {
    columns: ['id', 'draft_id', 'version', 'start', 'end', 'body', 'author_name', 'role', 'created_at', 'anchor_version', 'anchor_start', 'anchor_end'],
    sealed: ['body', 'author_name'],
  },
  deviations: {
    columns: ['id', 'draft_id', 'version', 'rule_id', 'field', 'start', 'end', 'justification', 'author_name', 'created_at', 'anchor_version', 'anchor_start', 'anchor_end'],
    sealed: ['justification', 'author_name'],
  },
  decisions: { columns: ['id', 'draft_id', 'version', 'decision', 'note', 'author_name', 'created_at'], sealed: ['note', 'author_name'] },
  activity: { columns: ['id', 'draft_id', 'at', 'name', 'role', 'action', 'version', 'rule_id'], sealed: ['name'] },
} satisfies Record<string, { columns: string[]; sealed: string[] }>;

/**
 * Copies every draft of a Postkoll SQLite file (read only, never changed) into an empty PostgreSQL
 * database, in one transaction: afterwards every link works against PostgreSQL as it did against
 * SQLite, deleted drafts' links still answer 410, and ids keep their order. The target is migrated
 * first; one that already holds drafts is refused, so a second run cannot mix two copies.
 */
export async function copySqliteToPostgres(file: string, pool: pg.Pool): Promise<CopyCounts> {
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await migrate(pool);
    const all = (sql: string, ...params: unknown[]) => source.prepare(sql).all(...params) as Row[];
    return await inTransaction(pool, async (tx) => {
      await tx.query('LOCK TABLE drafts IN EXCLUSIVE MODE');
      const existing = await tx.query<{ count: number }>('SELECT count(*) AS count FROM drafts');
      if (Number(existing.rows[0]!.count) > 0) {
        throw new Error('Måldatabasen innehåller redan utkast. Flytten görs bara till en tom databas. The target database already holds drafts.');
      }
      const counts: CopyCounts = { drafts: 0, versions: 0, comments: 0, deviations: 0, decisions: 0, activity: 0, tombstones: 0 };
      for (const draft of all('SELECT * FROM drafts')) {
        const id = draft.id as string;
        const key = newDraftKey();
        const { seal } = sealerOf(key, id);
        await tx.query(
          `INSERT INTO drafts (id, author_token_hash, review_token_hash, profile, author_name, created_at, last_activity_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, draft.author_token_hash, draft.review_token_hash, draft.profile, seal(draft.author_name as string), draft.created_at, draft.last_activity_at],
        );
        await tx.query('INSERT INTO draft_keys (draft_id, key) VALUES ($1, $2)', [id, key]);
        counts.drafts++;
        for (const version of all('SELECT * FROM versions WHERE draft_id = ? ORDER BY number', id)) {
          const media = JSON.parse(version.media as string) as MediaItem[];
          await tx.query(
            'INSERT INTO versions (draft_id, number, text, channels, media, author_name, created_at, units) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
            [
              id,
              version.number,
              seal(version.text as string),
              version.channels,
              seal(version.media as string),
              seal(version.author_name as string),
              version.created_at,
              textUnitsOf({ text: version.text as string, media }),
            ],
          );
          counts.versions++;
        }
        for (const [table, { columns, sealed }] of Object.entries(attached)) {
          for (const row of all(`SELECT * FROM ${table} WHERE draft_id = ? ORDER BY id`, id)) {
            const values = columns.map((column) => (sealed.includes(column) ? seal(row[column] as string) : row[column]));
            await tx.query(
              `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(', ')})`,
              values,
            );
            counts[table as keyof typeof attached]++;
          }
        }
      }
      // What each decision accepted, as recorded; a file from before that record is derived as its migration would.
      const hasTable = (name: string) => all("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", name).length > 0;
      if (hasTable('decision_deviations')) {
        for (const entry of all('SELECT decision_id, deviation_id FROM decision_deviations')) {
          await tx.query('INSERT INTO decision_deviations (decision_id, deviation_id) VALUES ($1, $2)', [entry.decision_id, entry.deviation_id]);
        }
      } else {
        await tx.query(backfillDecisionDeviations);
      }
      for (const tomb of all('SELECT * FROM tombstones')) {
        await tx.query('INSERT INTO tombstones (token_hash, deleted_at, reason) VALUES ($1, $2, $3)', [tomb.token_hash, tomb.deleted_at, tomb.reason]);
        counts.tombstones++;
      }
      if (hasTable('client_drafts')) {
        for (const entry of all('SELECT * FROM client_drafts')) {
          await tx.query('INSERT INTO client_drafts (client_hash, created_at) VALUES ($1, $2)', [entry.client_hash, entry.created_at]);
        }
      }
      // New ids continue after the copied ones.
      for (const table of ['comments', 'deviations', 'decisions', 'activity']) {
        await tx.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), greatest(max(id), 1), max(id) IS NOT NULL) FROM ${table}`);
      }
      return counts;
    });
  } finally {
    source.close();
  }
}
