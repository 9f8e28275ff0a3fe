import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { MediaItem } from '../../rules/core/types.ts';
import {
  draftLimits,
  reviewStatusLabels,
  type ActivityAction,
  type ActivityEntry,
  type Decision,
  type DraftComment,
  type DraftDecision,
  type DraftDeviation,
  type DraftVersion,
  type Permissions,
  type ReviewStatus,
  type Role,
} from '../../rules/api/drafts.ts';
import { ApiError } from '../errors.ts';
import { rangeMapper, type Range } from './anchors.ts';
import { surrogateRangeIssues } from '../../rules/api/schemas.ts';
import type { Db } from './db.ts';

const DAY = 86_400_000;
/** Links of deleted drafts answer 410 for this long, then 404 like any unknown link. */
export const tombstoneDays = 365;

/** 256 random bits, URL-safe: 43 characters. */
export const newToken = () => randomBytes(32).toString('base64url');
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** Only this hash is stored, so a copy of the database does not hand out working links. */
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

export interface DraftRow {
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

export interface PostContent {
  text: string;
  channels: string[];
  media: MediaItem[];
}

export interface ResolvedDraft {
  draft: DraftRow;
  role: Role;
}

export const permissionsOf = (role: Role): Permissions => ({
  read: true,
  edit: role === 'author',
  delete: role === 'author',
  comment: true,
  acceptDeviation: role === 'reviewer',
  decide: role === 'reviewer',
});

export interface DraftStoreOptions {
  db: Db;
  /** Days a draft is kept after its last activity, by its profile. */
  retentionDays: (profile: string) => number;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  clock?: () => number;
}

const iso = (ms: number) => new Date(ms).toISOString();

const notFound = () =>
  new ApiError('not_found', 'Vi hittar inget utkast för den här länken. Kontrollera att du har fått med hela länken.');

const gone = (reason: 'deleted' | 'expired') =>
  new ApiError(
    'gone',
    reason === 'deleted'
      ? 'Utkastet finns inte längre: skribenten har raderat det.'
      : 'Utkastet finns inte längre: det togs bort automatiskt efter en tid utan aktivitet.',
  );

const conflict = (message: string, latestVersion: number) => new ApiError('conflict', message, undefined, { latestVersion });

/** Where an alt-text finding sits: "media[2].altText" → 2. */
const mediaIndexOf = (field: string) => Number(/^media\[(\d+)\]\.altText$/.exec(field)?.[1] ?? -1);

export function createDraftStore({ db, retentionDays, clock = Date.now }: DraftStoreOptions) {
  const sql = {
    insertDraft: db.prepare(
      `INSERT INTO drafts (id, author_token_hash, review_token_hash, profile, author_name, created_at, last_activity_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    draftByToken: db.prepare<[Buffer, Buffer], DraftRow>('SELECT * FROM drafts WHERE author_token_hash = ? OR review_token_hash = ?'),
    tombstone: db.prepare<[Buffer], { reason: 'deleted' | 'expired' }>('SELECT reason FROM tombstones WHERE token_hash = ?'),
    insertTombstone: db.prepare('INSERT OR REPLACE INTO tombstones (token_hash, deleted_at, reason) VALUES (?, ?, ?)'),
    deleteDraft: db.prepare('DELETE FROM drafts WHERE id = ?'),
    touch: db.prepare('UPDATE drafts SET last_activity_at = ? WHERE id = ?'),
    latest: db.prepare<[string], { latest: number | null }>('SELECT max(number) AS latest FROM versions WHERE draft_id = ?'),
    version: db.prepare<[string, number], VersionRow>('SELECT * FROM versions WHERE draft_id = ? AND number = ?'),
    versions: db.prepare<[string], VersionRow>('SELECT * FROM versions WHERE draft_id = ? ORDER BY number'),
    insertVersion: db.prepare(
      'INSERT INTO versions (draft_id, number, text, channels, media, author_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    comments: db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE draft_id = ? ORDER BY id'),
    anchoredComments: db.prepare<[string, number], CommentRow>('SELECT * FROM comments WHERE draft_id = ? AND anchor_version = ?'),
    insertComment: db.prepare(
      `INSERT INTO comments (draft_id, version, start, "end", body, author_name, role, created_at, anchor_version, anchor_start, anchor_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    moveComment: db.prepare('UPDATE comments SET anchor_version = ?, anchor_start = ?, anchor_end = ? WHERE id = ?'),
    deviations: db.prepare<[string], DeviationRow>('SELECT * FROM deviations WHERE draft_id = ? ORDER BY id'),
    anchoredDeviations: db.prepare<[string, number], DeviationRow>('SELECT * FROM deviations WHERE draft_id = ? AND anchor_version = ?'),
    insertDeviation: db.prepare(
      `INSERT INTO deviations (draft_id, version, rule_id, field, start, "end", justification, author_name, created_at, anchor_version, anchor_start, anchor_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    moveDeviation: db.prepare('UPDATE deviations SET anchor_version = ?, anchor_start = ?, anchor_end = ? WHERE id = ?'),
    decisions: db.prepare<[string], DecisionRow>('SELECT * FROM decisions WHERE draft_id = ? ORDER BY id'),
    insertDecision: db.prepare('INSERT INTO decisions (draft_id, version, decision, note, author_name, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    activity: db.prepare<[string], ActivityRow>('SELECT * FROM activity WHERE draft_id = ? ORDER BY id'),
    activityCount: db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM activity WHERE draft_id = ?'),
    insertActivity: db.prepare('INSERT INTO activity (draft_id, at, name, role, action, version, rule_id) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    profiles: db.prepare<[], { profile: string }>('SELECT DISTINCT profile FROM drafts'),
    expired: db.prepare<[string, number], DraftRow>('SELECT * FROM drafts WHERE profile = ? AND last_activity_at <= ?'),
    purgeTombstones: db.prepare('DELETE FROM tombstones WHERE deleted_at <= ?'),
  };

  const expiresAt = (draft: DraftRow) => draft.last_activity_at + retentionDays(draft.profile) * DAY;

  const remove = db.transaction((draft: DraftRow, reason: 'deleted' | 'expired', now: number) => {
    sql.insertTombstone.run(draft.author_token_hash, now, reason);
    sql.insertTombstone.run(draft.review_token_hash, now, reason);
    // Versions, comments, deviations, decisions and activity go with it (ON DELETE CASCADE).
    sql.deleteDraft.run(draft.id);
  });

  /** The latest version inside a write: also refuses writes past the per-draft cap. */
  function latestForWrite(draftId: string): number {
    if (sql.activityCount.get(draftId)!.count >= draftLimits.activity) {
      throw new ApiError(
        'invalid_request',
        `Utkastet har nått gränsen på ${draftLimits.activity.toLocaleString('sv-SE')} ändringar. Starta en ny granskning.`,
      );
    }
    return sql.latest.get(draftId)!.latest!;
  }

  function log(draftId: string, now: number, name: string, role: Role, action: ActivityAction, version: number, ruleId: string | null = null) {
    sql.insertActivity.run(draftId, now, name, role, action, version, ruleId);
    sql.touch.run(now, draftId);
  }

  function existingVersion(draftId: string, number: number): VersionRow {
    const row = sql.version.get(draftId, number);
    if (!row) throw new ApiError('invalid_request', `Version ${number} finns inte.`, [{ path: ['version'], message: 'Okänd version.' }]);
    return row;
  }

  function checkRange(text: string, range: Range, what = 'texten') {
    if (range.end > text.length) {
      throw new ApiError('invalid_request', `Markeringen ligger utanför ${what}.`, [{ path: ['end'], message: 'Utanför texten.' }]);
    }
    // Offsets count UTF-16 units: one inside a surrogate pair would cut an emoji in two.
    const split = surrogateRangeIssues(text, range);
    if (split.length > 0) throw new ApiError('invalid_request', 'Markeringen börjar eller slutar mitt i ett tecken.', split);
  }

  const toVersion = (row: VersionRow): DraftVersion => ({
    number: row.number,
    text: row.text,
    channels: JSON.parse(row.channels) as string[],
    media: JSON.parse(row.media) as MediaItem[],
    authorName: row.author_name,
    createdAt: iso(row.created_at),
  });

  const anchorOf = (row: AnchoredRow) => ({ version: row.anchor_version, start: row.anchor_start, end: row.anchor_end });

  return {
    create: db.transaction((content: PostContent, authorName: string, profile: string) => {
      const now = clock();
      const id = randomUUID();
      const authorToken = newToken();
      const reviewToken = newToken();
      sql.insertDraft.run(id, hashToken(authorToken), hashToken(reviewToken), profile, authorName, now, now);
      sql.insertVersion.run(id, 1, content.text, JSON.stringify(content.channels), JSON.stringify(content.media), authorName, now);
      log(id, now, authorName, 'author', 'created', 1);
      return { id, authorToken, reviewToken, version: 1 as const };
    }),

    /** Who this token is, or 404 (never issued), or 410 (deleted or expired: the draft goes now if the job has not run). */
    resolve(token: string): ResolvedDraft {
      if (!tokenPattern.test(token)) throw notFound();
      const hash = hashToken(token);
      const draft = sql.draftByToken.get(hash, hash);
      if (!draft) {
        const tomb = sql.tombstone.get(hash);
        throw tomb ? gone(tomb.reason) : notFound();
      }
      const now = clock();
      if (expiresAt(draft) <= now) {
        remove(draft, 'expired', now);
        throw gone('expired');
      }
      return { draft, role: draft.author_token_hash.equals(hash) ? 'author' : 'reviewer' };
    },

    /** Everything about the draft except the live findings, which the route adds. */
    view(draft: DraftRow, role: Role) {
      const versions = sql.versions.all(draft.id).map(toVersion);
      const latestVersion = versions.at(-1)!.number;
      const decisions: DraftDecision[] = sql.decisions.all(draft.id).map((row) => ({
        id: row.id,
        version: row.version,
        decision: row.decision,
        note: row.note,
        authorName: row.author_name,
        createdAt: iso(row.created_at),
      }));
      // Approval belongs to one version: a newer version is waiting for review again.
      const last = decisions.at(-1);
      const status: ReviewStatus = last && last.version === latestVersion ? last.decision : 'pending';
      const comments: DraftComment[] = sql.comments.all(draft.id).map((row) => ({
        id: row.id,
        version: row.version,
        start: row.start,
        end: row.end,
        body: row.body,
        authorName: row.author_name,
        role: row.role,
        createdAt: iso(row.created_at),
        anchor: anchorOf(row),
      }));
      const deviations: DraftDeviation[] = sql.deviations.all(draft.id).map((row) => ({
        id: row.id,
        version: row.version,
        ruleId: row.rule_id,
        ...(row.field ? { field: row.field } : {}),
        start: row.start,
        end: row.end,
        justification: row.justification,
        authorName: row.author_name,
        createdAt: iso(row.created_at),
        anchor: anchorOf(row),
      }));
      const activity: ActivityEntry[] = sql.activity.all(draft.id).map((row) => ({
        id: row.id,
        at: iso(row.at),
        name: row.name,
        role: row.role,
        action: row.action,
        version: row.version,
        ...(row.rule_id ? { ruleId: row.rule_id } : {}),
      }));
      return {
        id: draft.id,
        profile: draft.profile,
        authorName: draft.author_name,
        createdAt: iso(draft.created_at),
        lastActivityAt: iso(draft.last_activity_at),
        expiresAt: iso(expiresAt(draft)),
        retentionDays: retentionDays(draft.profile),
        role,
        permissions: permissionsOf(role),
        latestVersion,
        state: { status, label: reviewStatusLabels[status], version: latestVersion },
        versions,
        comments,
        deviations,
        decisions,
        activity,
      };
    },

    latestVersion(draftId: string): DraftVersion {
      return toVersion(sql.version.get(draftId, sql.latest.get(draftId)!.latest!)!);
    },

    version(draftId: string, number: number): DraftVersion {
      return toVersion(existingVersion(draftId, number));
    },

    /** A new version; comments and deviations whose passage is unchanged move along with it. */
    saveVersion: db.transaction((draft: DraftRow, content: PostContent, baseVersion: number, name: string) => {
      const now = clock();
      const latest = latestForWrite(draft.id);
      if (baseVersion !== latest) {
        throw conflict(`Någon har sparat version ${latest} medan du skrev. Din text är inte sparad än, men den finns kvar hos dig.`, latest);
      }
      if (latest >= draftLimits.versions) {
        throw new ApiError('invalid_request', `Ett utkast kan ha högst ${draftLimits.versions.toLocaleString('sv-SE')} versioner. Starta en ny granskning.`);
      }
      const previous = sql.version.get(draft.id, latest)!;
      const next = latest + 1;
      sql.insertVersion.run(draft.id, next, content.text, JSON.stringify(content.channels), JSON.stringify(content.media), name, now);

      const map = rangeMapper(previous.text, content.text);
      for (const row of sql.anchoredComments.all(draft.id, latest)) {
        const moved = map({ start: row.anchor_start, end: row.anchor_end });
        if (moved) sql.moveComment.run(next, moved.start, moved.end, row.id);
      }
      const previousMedia = JSON.parse(previous.media) as MediaItem[];
      for (const row of sql.anchoredDeviations.all(draft.id, latest)) {
        let moved: Range | null;
        if (row.field) {
          // An alt-text finding carries over only when that alt text is unchanged.
          const index = mediaIndexOf(row.field);
          const before = previousMedia[index]?.altText;
          moved = before !== undefined && content.media[index]?.altText === before ? { start: row.anchor_start, end: row.anchor_end } : null;
        } else {
          moved = map({ start: row.anchor_start, end: row.anchor_end });
        }
        if (moved) sql.moveDeviation.run(next, moved.start, moved.end, row.id);
      }
      log(draft.id, now, name, 'author', 'version_saved', next);
      return { version: next };
    }),

    addComment: db.transaction((draft: DraftRow, role: Role, input: { version: number; start: number; end: number; body: string; authorName: string }) => {
      const now = clock();
      const latest = latestForWrite(draft.id);
      const version = existingVersion(draft.id, input.version);
      checkRange(version.text, input);
      // A comment on an older version is anchored in the latest one when its passage survived.
      const anchor =
        input.version === latest ? { version: latest, start: input.start, end: input.end } : anchorInLatest(draft.id, version.text, input, input.version, latest);
      const result = sql.insertComment.run(
        draft.id,
        input.version,
        input.start,
        input.end,
        input.body,
        input.authorName,
        role,
        now,
        anchor.version,
        anchor.start,
        anchor.end,
      );
      log(draft.id, now, input.authorName, role, 'commented', input.version);
      return { id: Number(result.lastInsertRowid), anchor };
    }),

    /**
     * Accepts one finding of the latest version as a deliberate deviation. The caller has checked that the
     * finding exists in that version's text (versions never change, so that check holds inside the transaction).
     */
    addDeviation: db.transaction(
      (
        draft: DraftRow,
        input: { version: number; ruleId: string; field?: string; start: number; end: number; justification: string; authorName: string },
      ) => {
        const now = clock();
        const latest = latestForWrite(draft.id);
        if (input.version !== latest) {
          throw conflict(`Det finns en nyare version (version ${latest}). Läs in den och godta anmärkningen där.`, latest);
        }
        const already = sql
          .anchoredDeviations.all(draft.id, latest)
          .some((row) => row.rule_id === input.ruleId && (row.field ?? undefined) === input.field && row.anchor_start === input.start && row.anchor_end === input.end);
        if (already) throw conflict('Den anmärkningen är redan godtagen som avvikelse.', latest);
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
    ),

    decide: db.transaction((draft: DraftRow, input: { version: number; decision: Decision; note: string; authorName: string }) => {
      const now = clock();
      const latest = latestForWrite(draft.id);
      if (input.version !== latest) {
        throw conflict(`Det finns en nyare version (version ${latest}). Läs den innan du beslutar.`, latest);
      }
      const result = sql.insertDecision.run(draft.id, input.version, input.decision, input.note, input.authorName, now);
      log(draft.id, now, input.authorName, 'reviewer', input.decision, input.version);
      return { id: Number(result.lastInsertRowid) };
    }),

    /** The author deletes the draft and everything attached, at once. */
    delete(draft: DraftRow) {
      remove(draft, 'deleted', clock());
    },

    /** Deletes every draft past its retention, and forgets old tombstones. Returns how many drafts went. */
    purgeExpired(): number {
      const now = clock();
      let count = 0;
      for (const { profile } of sql.profiles.all()) {
        for (const draft of sql.expired.all(profile, now - retentionDays(profile) * DAY)) {
          remove(draft, 'expired', now);
          count++;
        }
      }
      sql.purgeTombstones.run(now - tombstoneDays * DAY);
      return count;
    },
  };

  function anchorInLatest(draftId: string, text: string, range: Range, fromVersion: number, latest: number) {
    const moved = rangeMapper(text, sql.version.get(draftId, latest)!.text)(range);
    return moved ? { version: latest, ...moved } : { version: fromVersion, start: range.start, end: range.end };
  }
}

export type DraftStore = ReturnType<typeof createDraftStore>;
