// The API's limits as plain constants, apart from the zod schemas, so that the browser bundle can read
// them without carrying zod (the client never validates with the schemas, it only shares their types).

/** Limits of the lint API (api.md). */
export const limits = {
  textLength: 20_000,
  /** The post and its alt texts together, in UTF-16 units: the server's default (POSTKOLL_MAX_REQUEST_TEXT). */
  requestTextLength: 40_000,
  mediaItems: 20,
  altTextLength: 5_000,
  creditLength: 500,
  channels: 20,
} as const;

/** Findings of one rule in one post before the rest are counted in one summary finding (POSTKOLL_MAX_FINDINGS_PER_RULE). */
export const defaultMaxFindingsPerRule = 50;

/** Limits of the review API (design.md). */
export const draftLimits = {
  textLength: limits.textLength,
  nameLength: 100,
  commentLength: 2_000,
  justificationLength: 2_000,
  noteLength: 2_000,
} as const;
