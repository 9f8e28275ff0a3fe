import { randomUUID } from 'node:crypto';
import type { MediaItem } from '../../../rules/core/types.ts';
import type { ActivityAction, Decision, DraftVersion, Role } from '../../../rules/api/drafts.ts';
import { carryAnchors, rangeMapper, textUnitsOf } from '../anchors.ts';
import {
  checkRange,
  DraftError,
  requirePermission,
  type DraftAccess,
  type DraftQuotas,
  type DraftStore,
  type GoneReason,
  type PostContent,
  type QuotaName,
} from '../store.ts';
import { hashClient, hashToken, isTokenShaped, newToken, tombstoneDays } from '../tokens.ts';
import { checkpoint, type Db } from './db.ts';

const DAY = 86_400_000;

interface DraftRow {
  id: string;
  author_token_hash: Buffer;
  review_token_hash: Buffer;
  profile: string;
  author_name: string;
  created_at: number;
  last_activity_at: number;
}

interface VersionRow {
  number: number;
  text: string;
  channels: string;
  media: string;
  author_name: string;
  created_at: number;
  units: number;
}

interface AnchoredRow {
  id: number;
  version: number;
  start: number;
  end: number;
  anchor_version: number;
  anchor_start: number;
  anchor_end: number;
}

interface CommentRow extends AnchoredRow {
  body: string;
  author_name: string;
  role: Role;
  created_at: number;
}

interface DeviationRow extends AnchoredRow {
  rule_id: string;
  field: string | null;
  justification: string;
  author_name: string;
  created_at: number;
}

interface DecisionRow {
  id: number;
  version: number;
  decision: Decision;
  note: string;
  author_name: string;
  created_at: number;
}

interface ActivityRow {
  id: number;
  at: number;
  name: string;
  role: Role;
  action: ActivityAction;
  version: number;
  rule_id: string | null;
}

export interface SqliteDraftStoreOptions {
  db: Db;
  /** Days a draft is kept after its last activity, by its profile. */
  retentionDays: (profile: string) => number;
  quotas: DraftQuotas;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  clock?: () => number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const fail = (failure: ConstructorParameters<typeof DraftError>[0]): never => {
  throw new DraftError(failure);
};

/**
 * The SQLite implementation of the `DraftStore` contract (server/drafts/store.ts). better-sqlite3 is
 * synchronous; each write is one `BEGIN IMMEDIATE` transaction, which takes the write lock before it
 * reads, so the stale-save and quota checks hold also between processes on one file (WAL,
 * busy_timeout) and no transaction has to upgrade from reading to writing.
 */
export function createSqliteDraftStore({ db, retentionDays, quotas, clock = Date.now }: SqliteDraftStoreOptions): DraftStore {
  const sql = {
    insertDraft: db.prepare(
      `INSERT INTO drafts (id, author_token_hash, review_token_hash, profile, author_name, created_at, last_activity_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    draftById: db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE id = ?'),
    draftByToken: db.prepare<[Buffer, Buffer], DraftRow>('SELECT * FROM drafts WHERE author_token_hash = ? OR review_token_hash = ?'),
    tombstone: db.prepare<[Buffer], { reason: GoneReason }>('SELECT reason FROM tombstones WHERE token_hash = ?'),
    insertTombstone: db.prepare('INSERT OR REPLACE INTO tombstones (token_hash, deleted_at, reason) VALUES (?, ?, ?)'),
    deleteDraft: db.prepare('DELETE FROM drafts WHERE id = ?'),
    touch: db.prepare('UPDATE drafts SET last_activity_at = ? WHERE id = ?'),
    latest: db.prepare<[string], { latest: number | null }>('SELECT max(number) AS latest FROM versions WHERE draft_id = ?'),
    version: db.prepare<[string, number], VersionRow>('SELECT * FROM versions WHERE draft_id = ? AND number = ?'),
    history: db.prepare<[string], Omit<VersionRow, 'text' | 'channels' | 'media'>>(
      'SELECT number, author_name, created_at, units FROM versions WHERE draft_id = ? ORDER BY number',
    ),
    textUnits: db.prepare<[string], { units: number }>('SELECT coalesce(sum(units), 0) AS units FROM versions WHERE draft_id = ?'),
    insertVersion: db.prepare(
      'INSERT INTO versions (draft_id, number, text, channels, media, author_name, created_at, units) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    comments: db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE draft_id = ? ORDER BY id'),
    commentCount: db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM comments WHERE draft_id = ?'),
    anchoredComments: db.prepare<[string, number], CommentRow>('SELECT * FROM comments WHERE draft_id = ? AND anchor_version = ?'),
    insertComment: db.prepare(
      `INSERT INTO comments (draft_id, version, start, "end", body, author_name, role, created_at, anchor_version, anchor_start, anchor_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    moveComment: db.prepare('UPDATE comments SET anchor_version = ?, anchor_start = ?, anchor_end = ? WHERE id = ?'),
    deviations: db.prepare<[string], DeviationRow>('SELECT * FROM deviations WHERE draft_id = ? ORDER BY id'),
    deviationCount: db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM deviations WHERE draft_id = ?'),
    anchoredDeviations: db.prepare<[string, number], DeviationRow>('SELECT * FROM deviations WHERE draft_id = ? AND anchor_version = ?'),
    insertDeviation: db.prepare(
      `INSERT INTO deviations (draft_id, version, rule_id, field, start, "end", justification, author_name, created_at, anchor_version, anchor_start, anchor_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    moveDeviation: db.prepare('UPDATE deviations SET anchor_version = ?, anchor_start = ?, anchor_end = ? WHERE id = ?'),
    decisions: db.prepare<[string], DecisionRow>('SELECT * FROM decisions WHERE draft_id = ? ORDER BY id'),
    insertDecision: db.prepare('INSERT INTO decisions (draft_id, version, decision, note, author_name, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    // A decision is about the latest version: the deviations in force there are those anchored in it.
    recordAccepted: db.prepare<[number, string, number]>(
      'INSERT INTO decision_deviations (decision_id, deviation_id) SELECT ?, id FROM deviations WHERE draft_id = ? AND anchor_version = ?',
    ),
    accepted: db.prepare<[string], { decision_id: number; deviation_id: number }>(
      `SELECT decision_id, deviation_id FROM decision_deviations JOIN decisions ON decisions.id = decision_id
       WHERE decisions.draft_id = ? ORDER BY decision_id, deviation_id`,
    ),
    activity: db.prepare<[string], ActivityRow>('SELECT * FROM activity WHERE draft_id = ? ORDER BY id'),
    activityCount: db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM activity WHERE draft_id = ?'),
    insertActivity: db.prepare('INSERT INTO activity (draft_id, at, name, role, action, version, rule_id) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    clientDrafts: db.prepare<[Buffer, number], { count: number }>('SELECT count(*) AS count FROM client_drafts WHERE client_hash = ? AND created_at > ?'),
    insertClientDraft: db.prepare('INSERT INTO client_drafts (client_hash, created_at) VALUES (?, ?)'),
    purgeClientDrafts: db.prepare('DELETE FROM client_drafts WHERE created_at <= ?'),
    profiles: db.prepare<[], { profile: string }>('SELECT DISTINCT profile FROM drafts'),
    expired: db.prepare<[string, number], DraftRow>('SELECT * FROM drafts WHERE profile = ? AND last_activity_at <= ?'),
    purgeTombstones: db.prepare('DELETE FROM tombstones WHERE deleted_at <= ?'),
  };

  const expiresAt = (draft: DraftRow) => draft.last_activity_at + retentionDays(draft.profile) * DAY;

  const remove = (draft: DraftRow, reason: GoneReason, now: number) => {
    sql.insertTombstone.run(draft.author_token_hash, now, reason);
    sql.insertTombstone.run(draft.review_token_hash, now, reason);
    // Versions, comments, deviations, decisions and activity go with it (ON DELETE CASCADE).
    sql.deleteDraft.run(draft.id);
  };
  const removeNow = db.transaction(remove);

  const quota = (name: QuotaName, used: number, adding = 1) => {
    if (used + adding > quotas[name]) fail({ kind: 'quota_exceeded', quota: name, limit: quotas[name] });
  };

  /** Bytes in use: pages minus free pages (free pages are zeroed by secure_delete and reused first). */
  const databaseBytes = () => {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = (db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number);
    return pages * pageSize;
  };
  const checkDatabaseSize = () => quota('databaseBytes', databaseBytes(), 0);

  /** A draft row inside a write: it may have been deleted since `resolve`. */
  function rowOf(draft: DraftAccess): DraftRow {
    return sql.draftById.get(draft.id) ?? fail({ kind: 'gone', reason: 'deleted' });
  }

  /** The latest version inside a write; refuses writes past the per-draft activity cap and when the database is full. */
  function latestForWrite(draftId: string): number {
    quota('activityPerDraft', sql.activityCount.get(draftId)!.count);
    checkDatabaseSize();
    return sql.latest.get(draftId)!.latest!;
  }

  function log(draftId: string, now: number, name: string, role: Role, action: ActivityAction, version: number, ruleId: string | null = null) {
    sql.insertActivity.run(draftId, now, name, role, action, version, ruleId);
    sql.touch.run(now, draftId);
  }

  const existingVersion = (draftId: string, number: number): VersionRow =>
    sql.version.get(draftId, number) ?? fail({ kind: 'unknown_version', version: number });

  const toVersion = (row: VersionRow): DraftVersion => ({
    number: row.number,
    text: row.text,
    channels: JSON.parse(row.channels) as string[],
    media: JSON.parse(row.media) as MediaItem[],
    authorName: row.author_name,
    createdAt: iso(row.created_at),
  });

  const anchorOf = (row: AnchoredRow) => ({ version: row.anchor_version, start: row.anchor_start, end: row.anchor_end });

  const insertVersion = (draftId: string, number: number, content: PostContent, name: string, now: number) =>
    sql.insertVersion.run(draftId, number, content.text, JSON.stringify(content.channels), JSON.stringify(content.media), name, now, textUnitsOf(content));

  const create = db.transaction((content: PostContent, authorName: string, profile: string, client: string) => {
    const now = clock();
    const clientHash = hashClient(client);
    sql.purgeClientDrafts.run(now - DAY);
    quota('draftsPerClientPerDay', sql.clientDrafts.get(clientHash, now - DAY)!.count);
    quota('textPerDraft', 0, textUnitsOf(content));
    checkDatabaseSize();
    const id = randomUUID();
    const authorToken = newToken();
    const reviewToken = newToken();
    sql.insertDraft.run(id, hashToken(authorToken), hashToken(reviewToken), profile, authorName, now, now);
    insertVersion(id, 1, content, authorName, now);
    sql.insertClientDraft.run(clientHash, now);
    log(id, now, authorName, 'author', 'created', 1);
    return { id, authorToken, reviewToken, version: 1 as const };
  });

  // Plain reads; only an expiry found here writes, in a transaction of its own that takes the write lock.
  const resolve = (token: string): DraftAccess | GoneReason | undefined => {
    if (!isTokenShaped(token)) return undefined;
    const hash = hashToken(token);
    const draft = sql.draftByToken.get(hash, hash);
    if (!draft) return sql.tombstone.get(hash)?.reason;
    if (expiresAt(draft) <= clock()) {
      expire.immediate(draft.id);
      return 'expired';
    }
    return { id: draft.id, profile: draft.profile, authorName: draft.author_name, role: draft.author_token_hash.equals(hash) ? 'author' : 'reviewer' };
  };
  const expire = db.transaction((draftId: string) => {
    const draft = sql.draftById.get(draftId);
    if (draft) remove(draft, 'expired', clock());
  });

  const view = db.transaction((draft: DraftAccess) => {
    const row = sql.draftById.get(draft.id) ?? fail({ kind: 'gone', reason: 'deleted' });
    const latestNumber = sql.latest.get(draft.id)!.latest!;
    const accepted = sql.accepted.all(draft.id);
    const acceptedOf = (decisionId: number) => accepted.filter((row) => row.decision_id === decisionId).map((row) => row.deviation_id);
    return {
      id: row.id,
      profile: row.profile,
      authorName: row.author_name,
      createdAt: iso(row.created_at),
      lastActivityAt: iso(row.last_activity_at),
      expiresAt: iso(expiresAt(row)),
      retentionDays: retentionDays(row.profile),
      latest: toVersion(sql.version.get(draft.id, latestNumber)!),
      history: sql.history.all(draft.id).map((version) => ({
        number: version.number,
        authorName: version.author_name,
        createdAt: iso(version.created_at),
        length: version.units,
      })),
      comments: sql.comments.all(draft.id).map((comment) => ({
        id: comment.id,
        version: comment.version,
        start: comment.start,
        end: comment.end,
        body: comment.body,
        authorName: comment.author_name,
        role: comment.role,
        createdAt: iso(comment.created_at),
        anchor: anchorOf(comment),
      })),
      deviations: sql.deviations.all(draft.id).map((deviation) => ({
        id: deviation.id,
        version: deviation.version,
        ruleId: deviation.rule_id,
        ...(deviation.field ? { field: deviation.field } : {}),
        start: deviation.start,
        end: deviation.end,
        justification: deviation.justification,
        authorName: deviation.author_name,
        createdAt: iso(deviation.created_at),
        anchor: anchorOf(deviation),
      })),
      decisions: sql.decisions.all(draft.id).map((decision) => ({
        id: decision.id,
        version: decision.version,
        decision: decision.decision,
        note: decision.note,
        authorName: decision.author_name,
        createdAt: iso(decision.created_at),
        acceptedDeviations: acceptedOf(decision.id),
      })),
      activity: sql.activity.all(draft.id).map((entry) => ({
        id: entry.id,
        at: iso(entry.at),
        name: entry.name,
        role: entry.role,
        action: entry.action,
        version: entry.version,
        ...(entry.rule_id ? { ruleId: entry.rule_id } : {}),
      })),
    };
  });

  const saveVersion = db.transaction((draft: DraftAccess, content: PostContent, baseVersion: number, name: string) => {
    requirePermission(draft, 'edit');
    rowOf(draft);
    const now = clock();
    const latest = sql.latest.get(draft.id)!.latest!;
    if (baseVersion !== latest) fail({ kind: 'stale_version', latestVersion: latest });
    latestForWrite(draft.id);
    quota('versionsPerDraft', latest);
    quota('textPerDraft', sql.textUnits.get(draft.id)!.units, textUnitsOf(content));
    const previous = sql.version.get(draft.id, latest)!;
    const next = latest + 1;
    insertVersion(draft.id, next, content, name, now);

    const from = { text: previous.text, media: JSON.parse(previous.media) as MediaItem[] };
    const anchored = (row: AnchoredRow & { field?: string | null }) => ({ id: row.id, field: row.field, start: row.anchor_start, end: row.anchor_end });
    for (const moved of carryAnchors(from, content, sql.anchoredComments.all(draft.id, latest).map(anchored))) {
      sql.moveComment.run(next, moved.start, moved.end, moved.id);
    }
    for (const moved of carryAnchors(from, content, sql.anchoredDeviations.all(draft.id, latest).map(anchored))) {
      sql.moveDeviation.run(next, moved.start, moved.end, moved.id);
    }
    log(draft.id, now, name, 'author', 'version_saved', next);
    return { version: next };
  });

  const addComment = db.transaction((draft: DraftAccess, input: { version: number; start: number; end: number; body: string; authorName: string }) => {
    rowOf(draft);
    const now = clock();
    const latest = latestForWrite(draft.id);
    quota('commentsPerDraft', sql.commentCount.get(draft.id)!.count);
    const version = existingVersion(draft.id, input.version);
    checkRange(version.text, input);
    // A comment on an older version is anchored in the latest one when its passage survived.
    const moved = input.version === latest ? input : rangeMapper(version.text, sql.version.get(draft.id, latest)!.text)(input);
    const anchor = moved ? { version: latest, start: moved.start, end: moved.end } : { version: input.version, start: input.start, end: input.end };
    const result = sql.insertComment.run(
      draft.id,
      input.version,
      input.start,
      input.end,
      input.body,
      input.authorName,
      draft.role,
      now,
      anchor.version,
      anchor.start,
      anchor.end,
    );
    log(draft.id, now, input.authorName, draft.role, 'commented', input.version);
    return { id: Number(result.lastInsertRowid), anchor };
  });

  const addDeviation = db.transaction(
    (draft: DraftAccess, input: { version: number; ruleId: string; field?: string; start: number; end: number; justification: string; authorName: string }) => {
      requirePermission(draft, 'acceptDeviation');
      rowOf(draft);
      const now = clock();
      const latest = sql.latest.get(draft.id)!.latest!;
      if (input.version !== latest) fail({ kind: 'stale_version', latestVersion: latest });
      const already = sql
        .anchoredDeviations.all(draft.id, latest)
        .some((row) => row.rule_id === input.ruleId && (row.field ?? undefined) === input.field && row.anchor_start === input.start && row.anchor_end === input.end);
      if (already) fail({ kind: 'already_accepted', latestVersion: latest });
      latestForWrite(draft.id);
      quota('deviationsPerDraft', sql.deviationCount.get(draft.id)!.count);
      const result = sql.insertDeviation.run(
        draft.id,
        input.version,
        input.ruleId,
        input.field ?? null,
        input.start,
        input.end,
        input.justification,
        input.authorName,
        now,
        latest,
        input.start,
        input.end,
      );
      log(draft.id, now, input.authorName, 'reviewer', 'deviation_accepted', input.version, input.ruleId);
      return { id: Number(result.lastInsertRowid) };
    },
  );

  const decide = db.transaction((draft: DraftAccess, input: { version: number; decision: Decision; note: string; authorName: string }) => {
    requirePermission(draft, 'decide');
    rowOf(draft);
    const now = clock();
    const latest = sql.latest.get(draft.id)!.latest!;
    if (input.version !== latest) fail({ kind: 'stale_version', latestVersion: latest });
    latestForWrite(draft.id);
    const result = sql.insertDecision.run(draft.id, input.version, input.decision, input.note, input.authorName, now);
    sql.recordAccepted.run(Number(result.lastInsertRowid), draft.id, latest);
    log(draft.id, now, input.authorName, 'reviewer', input.decision, input.version);
    return { id: Number(result.lastInsertRowid) };
  });

  const purgeExpired = db.transaction(() => {
    const now = clock();
    let count = 0;
    for (const { profile } of sql.profiles.all()) {
      for (const draft of sql.expired.all(profile, now - retentionDays(profile) * DAY)) {
        remove(draft, 'expired', now);
        count++;
      }
    }
    sql.purgeTombstones.run(now - tombstoneDays * DAY);
    sql.purgeClientDrafts.run(now - DAY);
    return count;
  });

  return {
    async create(content, authorName, profile, client) {
      return create.immediate(content, authorName, profile, client);
    },

    async resolve(token) {
      const found = resolve(token);
      if (found === undefined) return fail({ kind: 'not_found' });
      if (typeof found === 'string') {
        // An expiry found here deleted the draft: make it unreadable before answering.
        if (found === 'expired') checkpoint(db);
        return fail({ kind: 'gone', reason: found });
      }
      return found;
    },

    async view(draft) {
      return view(draft);
    },

    async version(draft, number) {
      rowOf(draft);
      return toVersion(existingVersion(draft.id, number));
    },

    async saveVersion(draft, content, baseVersion, authorName) {
      return saveVersion.immediate(draft, content, baseVersion, authorName);
    },

    async addComment(draft, input) {
      return addComment.immediate(draft, input);
    },

    async addDeviation(draft, input) {
      return addDeviation.immediate(draft, input);
    },

    async decide(draft, input) {
      return decide.immediate(draft, input);
    },

    async delete(draft) {
      requirePermission(draft, 'delete');
      removeNow.immediate(rowOf(draft), 'deleted', clock());
      checkpoint(db);
    },

    async purgeExpired() {
      const count = purgeExpired.immediate();
      checkpoint(db);
      return count;
    },

    async close() {
      if (db.open) {
        checkpoint(db);
        db.close();
      }
    },
  };
}
