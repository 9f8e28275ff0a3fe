import type { MediaItem } from '../../rules/core/types.ts';
import { surrogateRangeIssues } from '../../rules/api/schemas.ts';
import type {
  ActivityEntry,
  Decision,
  DraftComment,
  DraftDecision,
  DraftDeviation,
  DraftVersion,
  Permissions,
  Role,
} from '../../rules/api/drafts.ts';

/*
 * The review drafts' storage, as the routes see it. Two implementations keep this contract: SQLite
 * (server/drafts/sqlite/, the embedded default) and PostgreSQL. tests/api/draft-store-contract.ts
 * checks both against it.
 *
 * Types are domain types only: no database rows, no Buffers, no HTTP. Failures are `DraftError`s
 * with a `failure.kind`; server/drafts/http-errors.ts turns them into HTTP answers.
 *
 * The contract every implementation keeps:
 * - Every method that writes runs as ONE transaction: it either happens completely or not at all,
 *   including its activity entry and the draft's last-activity time.
 * - Stale-save check: `saveVersion` creates version N+1 only when `baseVersion` is N, the latest
 *   version, read inside the same transaction that inserts N+1. Of concurrent saves with the same
 *   base (from any number of processes or machines on one database) exactly one wins; every other
 *   fails with `stale_version` naming the latest version. `addDeviation` and `decide` likewise only
 *   act on the latest version.
 * - Quotas (`DraftQuotas`) are checked inside the same transaction as the write they limit, so two
 *   concurrent writes cannot both pass the last free place. A refused write changes nothing.
 * - Permissions (`permissionsOf`) are enforced here as well as in the routes: a reviewer can never
 *   save or delete, an author never accepts deviations or decides.
 * - `resolve` answers `not_found` for a token never issued (or whose tombstone has been purged),
 *   `gone` (deleted | expired) for one whose draft was deleted; a draft past its retention is
 *   deleted right there (as by `purgeExpired`) and answers `gone: expired`.
 * - Deletion (`delete`, `purgeExpired`, expiry in `resolve`) removes the draft with everything
 *   attached (versions, comments, deviations, decisions with what they accepted, activity) in one transaction, leaves
 *   tombstones (token hashes only) so the links answer `gone`, and when the promise resolves the
 *   deleted text is no longer readable in the database's files (data file, WAL/journal): SQLite
 *   uses secure_delete and a WAL checkpoint; PostgreSQL must choose an equivalent.
 * - Tokens are never stored, only their SHA-256 hashes (`hashToken`).
 * - Times in answers are ISO 8601 strings; the store's clock is injectable for tests.
 */

export type GoneReason = 'deleted' | 'expired';

/** A post as the editor sends it. */
export interface PostContent {
  text: string;
  channels: string[];
  media: MediaItem[];
}

/** A draft as one link sees it: who the link belongs to. Returned by `resolve`, passed back to every other call. */
export interface DraftAccess {
  id: string;
  profile: string;
  /** The name the author gave when sending the draft. */
  authorName: string;
  role: Role;
}

export interface CreatedDraft {
  id: string;
  authorToken: string;
  reviewToken: string;
  version: 1;
}

/** One version without its text: the history as metadata. */
export interface VersionSummary {
  number: number;
  authorName: string;
  createdAt: string;
  /** Length of the post text in UTF-16 code units. */
  length: number;
}

/** Everything about a draft except the live findings (the routes lint) and the older versions' texts. */
export interface DraftRecord {
  id: string;
  profile: string;
  authorName: string;
  createdAt: string;
  lastActivityAt: string;
  /** When retention deletes the draft unless something happens before. */
  expiresAt: string;
  retentionDays: number;
  latest: DraftVersion;
  /** Every version, oldest first, without texts; `version()` gives one version's text. */
  history: VersionSummary[];
  comments: DraftComment[];
  deviations: DraftDeviation[];
  decisions: DraftDecision[];
  activity: ActivityEntry[];
}

export interface Anchor {
  version: number;
  start: number;
  end: number;
}

export interface CommentInput {
  version: number;
  start: number;
  end: number;
  body: string;
  authorName: string;
}

export interface DeviationInput {
  version: number;
  ruleId: string;
  /** "media[2].altText" for an alt-text finding; absent for the post text. */
  field?: string;
  start: number;
  end: number;
  justification: string;
  authorName: string;
}

export interface DecisionInput {
  version: number;
  decision: Decision;
  note: string;
  authorName: string;
}

/**
 * Limits that keep one client or one draft from growing the database without bound. Each is an
 * environment setting (server/config.ts, README "Configuration").
 */
export interface DraftQuotas {
  /** Versions one draft may have. */
  versionsPerDraft: number;
  /** Comments on one draft. */
  commentsPerDraft: number;
  /** Accepted deviations on one draft. */
  deviationsPerDraft: number;
  /** UTF-16 code units of post text and alt texts, summed over all versions of one draft. */
  textPerDraft: number;
  /** Activity entries (every write adds one) per draft. */
  activityPerDraft: number;
  /** Drafts one client (its IP address) may create in 24 hours. */
  draftsPerClientPerDay: number;
  /** Refuse new content once the database holds this many bytes. */
  databaseBytes: number;
}

export type QuotaName = keyof DraftQuotas;

/** What a link may do, by its role. */
export type DraftAction = 'edit' | 'delete' | 'acceptDeviation' | 'decide';

/** Why a store call failed; the routes map each kind to an HTTP answer. */
export type DraftFailure =
  | { kind: 'not_found' }
  | { kind: 'gone'; reason: GoneReason }
  | { kind: 'forbidden'; action: DraftAction }
  | { kind: 'stale_version'; latestVersion: number }
  | { kind: 'already_accepted'; latestVersion: number }
  | { kind: 'unknown_version'; version: number }
  | { kind: 'range_outside_text' }
  /** An offset inside a surrogate pair: it would cut a character (an emoji) in two. */
  | { kind: 'range_splits_character'; issues: { path: string[]; message: string }[] }
  | { kind: 'quota_exceeded'; quota: QuotaName; limit: number };

export class DraftError extends Error {
  constructor(readonly failure: DraftFailure) {
    super(`draft store: ${failure.kind}`);
    this.name = 'DraftError';
  }
}

export const permissionsOf = (role: Role): Permissions => ({
  read: true,
  edit: role === 'author',
  delete: role === 'author',
  comment: true,
  acceptDeviation: role === 'reviewer',
  decide: role === 'reviewer',
});

/** Throws unless `range` lies inside `text` and on character boundaries (offsets count UTF-16 units). */
export function checkRange(text: string, range: { start: number; end: number }): void {
  if (range.end > text.length) throw new DraftError({ kind: 'range_outside_text' });
  const issues = surrogateRangeIssues(text, range);
  if (issues.length > 0) throw new DraftError({ kind: 'range_splits_character', issues });
}

/** Throws `forbidden` unless this link may do `action`. */
export function requirePermission(draft: DraftAccess, action: DraftAction): void {
  if (!permissionsOf(draft.role)[action]) throw new DraftError({ kind: 'forbidden', action });
}

export interface DraftStore {
  /**
   * Creates a draft with version 1 and two fresh tokens (returned once, stored only as hashes).
   * `client` identifies the sender for the drafts-per-day quota (its IP address; stored only hashed,
   * for a day). Fails with `quota_exceeded` (draftsPerClientPerDay, textPerDraft, databaseBytes).
   */
  create(content: PostContent, authorName: string, profile: string, client: string): Promise<CreatedDraft>;

  /** Who this token is. Fails with `not_found` or `gone`; an expired draft is deleted here. */
  resolve(token: string): Promise<DraftAccess>;

  /** The draft as `draft`'s link sees it, bounded: the latest version's text, the rest as metadata. */
  view(draft: DraftAccess): Promise<DraftRecord>;

  /** One version with its text. Fails with `unknown_version`. */
  version(draft: DraftAccess, number: number): Promise<DraftVersion>;

  /**
   * Saves version baseVersion + 1 (author only). Comments and deviations anchored in the previous
   * latest version move along when their passage is unchanged. Fails with `forbidden`,
   * `stale_version` or `quota_exceeded`.
   */
  saveVersion(draft: DraftAccess, content: PostContent, baseVersion: number, authorName: string): Promise<{ version: number }>;

  /**
   * A comment on a range of one version's text (start = end = 0: the whole text). A comment on an
   * older version is anchored in the latest one when its passage survived. Fails with
   * `unknown_version`, `range_outside_text` or `quota_exceeded`.
   */
  addComment(draft: DraftAccess, input: CommentInput): Promise<{ id: number; anchor: Anchor }>;

  /**
   * Accepts one finding of the latest version as deliberate (reviewer only). The caller has checked
   * that the finding exists in that version (versions never change, so the check holds). Fails with
   * `forbidden`, `stale_version`, `already_accepted` or `quota_exceeded`.
   */
  addDeviation(draft: DraftAccess, input: DeviationInput): Promise<{ id: number }>;

  /**
   * Approves or requests changes for the latest version (reviewer only), recording in the same
   * transaction which deviations were in force for it (`DraftDecision.acceptedDeviations`): a deviation
   * accepted later, even in the same millisecond, is not in it. Fails with `forbidden`, `stale_version`, `quota_exceeded`.
   */
  decide(draft: DraftAccess, input: DecisionInput): Promise<{ id: number }>;

  /** Deletes the draft and everything attached, now and unreadably (author only). Fails with `forbidden`. */
  delete(draft: DraftAccess): Promise<void>;

  /** Deletes every draft past its retention (unreadably) and forgets old tombstones. Returns how many drafts went. */
  purgeExpired(): Promise<number>;

  /** Waits for work in progress and releases the database. */
  close(): Promise<void>;
}
