import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { backfillDecisionDeviations } from '../decision-deviations.ts';

export type Db = Database.Database;

/**
 * Schema migrations, in order. The database's `PRAGMA user_version` is the number of migrations applied;
 * each one runs in its own transaction together with the version bump, so a crash leaves either
 * the old or the new schema. Never edit a migration that has shipped: add a new one.
 */
export const migrations: ReadonlyArray<{ name: string; up: string }> = [
  {
    name: 'review drafts',
    up: `
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        author_token_hash BLOB NOT NULL UNIQUE,
        review_token_hash BLOB NOT NULL UNIQUE,
        profile TEXT NOT NULL,
        author_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_activity_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX drafts_last_activity ON drafts (last_activity_at);

      CREATE TABLE versions (
        draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        text TEXT NOT NULL,
        channels TEXT NOT NULL,
        media TEXT NOT NULL,
        author_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (draft_id, number)
      ) STRICT;

      CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        body TEXT NOT NULL,
        author_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('author', 'reviewer')),
        created_at INTEGER NOT NULL,
        anchor_version INTEGER NOT NULL,
        anchor_start INTEGER NOT NULL,
        anchor_end INTEGER NOT NULL,
        FOREIGN KEY (draft_id, version) REFERENCES versions (draft_id, number) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX comments_draft ON comments (draft_id, anchor_version);

      CREATE TABLE deviations (
        id INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        rule_id TEXT NOT NULL,
        field TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        justification TEXT NOT NULL,
        author_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        anchor_version INTEGER NOT NULL,
        anchor_start INTEGER NOT NULL,
        anchor_end INTEGER NOT NULL,
        FOREIGN KEY (draft_id, version) REFERENCES versions (draft_id, number) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX deviations_draft ON deviations (draft_id, anchor_version);

      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('approved', 'changes_requested')),
        note TEXT NOT NULL,
        author_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        FOREIGN KEY (draft_id, version) REFERENCES versions (draft_id, number) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX decisions_draft ON decisions (draft_id, id);

      CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('author', 'reviewer')),
        action TEXT NOT NULL,
        version INTEGER NOT NULL,
        rule_id TEXT
      ) STRICT;
      CREATE INDEX activity_draft ON activity (draft_id, id);

      -- Hashes of the tokens of deleted and expired drafts, so that their links answer 410, not 404.
      CREATE TABLE tombstones (
        token_hash BLOB PRIMARY KEY,
        deleted_at INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('deleted', 'expired'))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX tombstones_deleted_at ON tombstones (deleted_at);
    `,
  },
  {
    name: 'quotas',
    up: `
      -- UTF-16 code units of a version's text and alt texts, for the text-per-draft quota and the history.
      ALTER TABLE versions ADD COLUMN units INTEGER NOT NULL DEFAULT 0;
      UPDATE versions SET units = length(text);
      -- The history and the quota sum read only this index: the new column sits after the text, which
      -- for a long version is in overflow pages that would otherwise be read for every save.
      CREATE INDEX versions_meta ON versions (draft_id, number, units, author_name, created_at);

      -- One row per draft created, by the hashed client address, for the drafts-per-day quota.
      -- Not linked to the draft; rows older than a day are deleted.
      CREATE TABLE client_drafts (
        client_hash BLOB NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX client_drafts_client ON client_drafts (client_hash, created_at);
      CREATE INDEX client_drafts_created ON client_drafts (created_at);
    `,
  },
  {
    name: 'decision deviations',
    up: `
      -- What each decision accepted: the deviations in force for its version, recorded in the
      -- decision's own transaction. Ids only, no text; the rows go with the decision or the draft.
      CREATE TABLE decision_deviations (
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
        deviation_id INTEGER NOT NULL REFERENCES deviations (id) ON DELETE CASCADE,
        PRIMARY KEY (decision_id, deviation_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX decision_deviations_deviation ON decision_deviations (deviation_id);
      ${backfillDecisionDeviations};
    `,
  },
];

function migrate(db: Db) {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `Databasen har schemaversion ${current}, men den här versionen av Postkoll känner bara till ${migrations.length}. Uppdatera Postkoll eller använd en annan databasfil (POSTKOLL_DB).`,
    );
  }
  for (let index = current; index < migrations.length; index++) {
    db.transaction(() => {
      db.exec(migrations[index]!.up);
      db.pragma(`user_version = ${index + 1}`);
    }).immediate();
  }
}

/**
 * Copies the WAL into the database and empties it, so that page images from before a deletion
 * (which still hold the deleted text) are gone from the -wal file too. With secure_delete the
 * database file itself then holds zeros where the text was.
 */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Opens (creating when needed) the review database and brings its schema up to date.
 *
 * WAL lets readers run beside the writer and makes a commit one append to the log. With WAL,
 * `synchronous=NORMAL` would only fsync at checkpoints: a commit survives the process dying but
 * may be lost if the machine loses power or the OS crashes. `FULL` fsyncs the log at every commit,
 * so when a route answers success the change is on disk, which is what design.md promises.
 */
export function openDatabase(file: string): Db {
  const inMemory = file === ':memory:';
  const isNew = inMemory || !existsSync(file);
  // Drafts may hold personal data: only the server's user may read the folder and the file.
  if (!inMemory) mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  if (isNew && !inMemory) chmodSync(file, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros instead of left in free space (issue: deleted means deleted).
  db.pragma('secure_delete = ON');
  migrate(db);
  return db;
}
