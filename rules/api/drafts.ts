import { z } from 'zod';
import { draftLimits, limits } from './limits.ts';
import { channelIdSchema, lintMessageSchema, lintResponseSchema, mediaItemSchema, wellFormed } from './schemas.ts';

export { draftLimits };

const sv = (n: number) => n.toLocaleString('sv-SE');

/**
 * A maximum in UTF-16 code units (api.md). zod's own `.max()` counts code points, so a text of emoji
 * could pass it at twice the length; it stays for the JSON Schema's maxLength, and this catches the rest.
 * Every text stored is also well-formed (no lone surrogates, which SQLite's UTF-8 would turn into U+FFFD).
 */
const maxUnits = (schema: z.ZodString, maximum: number, message: string) =>
  wellFormed(
    schema.max(maximum, message).superRefine((value, context) => {
      if (value.length > maximum && [...value].length <= maximum) {
        context.addIssue({ code: 'too_big', origin: 'string', maximum, inclusive: true, input: value, message });
      }
    }),
  );

/** Only the body's own type error gets this message; field errors keep theirs. */
const objectError = (message: string) => (issue: { code: string; path?: PropertyKey[] }) =>
  issue.code === 'invalid_type' && (issue.path ?? []).length === 0 ? message : undefined;

const text = maxUnits(z.string({ error: 'Texten saknas.' }), draftLimits.textLength, `Texten får vara högst ${sv(draftLimits.textLength)} tecken.`);

export const authorNameSchema = maxUnits(
  z.string({ error: 'Skriv ditt namn.' }).trim().min(1, 'Skriv ditt namn.'),
  draftLimits.nameLength,
  `Namnet får vara högst ${sv(draftLimits.nameLength)} tecken.`,
);

const channels = z
  .array(channelIdSchema, { error: 'Kanalerna ska vara en lista.' })
  .max(limits.channels, `Högst ${limits.channels} kanaler.`);

const media = z
  .array(mediaItemSchema, { error: 'Bilderna och filmerna ska vara en lista.' })
  .max(limits.mediaItems, `Högst ${limits.mediaItems} bilder eller filmer per inlägg.`);

const versionNumber = z
  .number({ error: 'Ange vilken version det gäller.' })
  .int('Versionen ska vara ett heltal.')
  .min(1, 'Versionen ska vara 1 eller högre.');

const offset = (label: string) =>
  z
    .number({ error: `${label} saknas.` })
    .int(`${label} ska vara ett heltal.`)
    .min(0, `${label} kan inte vara negativ.`)
    .max(draftLimits.textLength, `${label} ligger utanför texten.`);

const rangeOk = (value: { start: number; end: number }) => value.start <= value.end;
const rangeIssue = { message: 'Markeringen måste sluta efter att den börjar.', path: ['end'] };

export const createDraftRequestSchema = z.strictObject(
  {
    text,
    channels: channels.optional(),
    media: media.optional(),
    authorName: authorNameSchema,
    /** Guideline profile id; the server's default when absent. */
    profile: z.string().min(1).max(40).optional(),
  },
  { error: objectError('Skicka ett JSON-objekt med text och namn.') },
);
export type CreateDraftRequest = z.input<typeof createDraftRequestSchema>;

export const createDraftResponseSchema = z.object({
  id: z.string(),
  authorToken: z.string(),
  reviewToken: z.string(),
  version: z.literal(1),
});
export type CreateDraftResponse = z.infer<typeof createDraftResponseSchema>;

export const saveVersionRequestSchema = z.strictObject(
  {
    text,
    channels: channels.optional(),
    media: media.optional(),
    /** The version the text was edited from; a stale one is 409. */
    baseVersion: versionNumber,
    /** Who saves; the draft's author name when absent. */
    authorName: authorNameSchema.optional(),
  },
  { error: objectError('Skicka ett JSON-objekt med text och baseVersion.') },
);
export type SaveVersionRequest = z.input<typeof saveVersionRequestSchema>;

export const saveVersionResponseSchema = z.object({ version: z.number().int() });

export const commentRequestSchema = z
  .strictObject(
    {
      version: versionNumber,
      /** Half-open UTF-16 range in that version's text; start = end = 0 is about the whole text. */
      start: offset('Början'),
      end: offset('Slutet'),
      body: maxUnits(
        z.string({ error: 'Skriv en kommentar.' }).trim().min(1, 'Skriv en kommentar.'),
        draftLimits.commentLength,
        `Kommentaren får vara högst ${sv(draftLimits.commentLength)} tecken.`,
      ),
      authorName: authorNameSchema,
    },
    { error: objectError('Skicka ett JSON-objekt med kommentaren.') },
  )
  .refine(rangeOk, rangeIssue);
export type CommentRequest = z.input<typeof commentRequestSchema>;

export const deviationRequestSchema = z
  .strictObject(
    {
      version: versionNumber,
      ruleId: z.string({ error: 'Ange regeln.' }).min(1, 'Ange regeln.').max(100),
      /** "media[0].altText" when the finding is about an alt text; absent for the post text. */
      field: z.string().regex(/^media\[\d{1,2}\]\.altText$/, 'Okänt fält.').optional(),
      start: offset('Början'),
      end: offset('Slutet'),
      justification: maxUnits(
        z.string({ error: 'Skriv varför avvikelsen är godtagbar.' }).trim().min(1, 'Skriv varför avvikelsen är godtagbar.'),
        draftLimits.justificationLength,
        `Motiveringen får vara högst ${sv(draftLimits.justificationLength)} tecken.`,
      ),
      authorName: authorNameSchema,
    },
    { error: objectError('Skicka ett JSON-objekt med avvikelsen.') },
  )
  .refine(rangeOk, rangeIssue);
export type DeviationRequest = z.input<typeof deviationRequestSchema>;

export const decisionSchema = z.enum(['approved', 'changes_requested'], { error: 'Beslutet ska vara "approved" eller "changes_requested".' });
export type Decision = z.infer<typeof decisionSchema>;

export const decisionRequestSchema = z
  .strictObject(
    {
      version: versionNumber,
      decision: decisionSchema,
      note: maxUnits(z.string({ error: 'Anteckningen ska vara text.' }).trim(), draftLimits.noteLength, `Anteckningen får vara högst ${sv(draftLimits.noteLength)} tecken.`).default(''),
      authorName: authorNameSchema,
    },
    { error: objectError('Skicka ett JSON-objekt med beslutet.') },
  )
  .refine((value) => value.decision !== 'changes_requested' || value.note.length > 0, {
    message: 'Skriv vad som behöver ändras.',
    path: ['note'],
  });
export type DecisionRequest = z.input<typeof decisionRequestSchema>;

export const roleSchema = z.enum(['author', 'reviewer']);
export type Role = z.infer<typeof roleSchema>;

export const reviewStatusSchema = z.enum(['pending', 'changes_requested', 'approved']);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

/** The state's words as design.md names them. */
export const reviewStatusLabels: Record<ReviewStatus, string> = {
  pending: 'väntar på granskning',
  changes_requested: 'ändringar begärda',
  approved: 'godkänd',
};

const anchorSchema = z.object({
  /** The latest version in which the passage still exists (the comment's own version when it is gone). */
  version: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});

export const draftVersionSchema = z.object({
  number: z.number().int(),
  text: z.string(),
  channels: z.array(z.string()),
  media: z.array(mediaItemSchema),
  authorName: z.string(),
  createdAt: z.string(),
});
export type DraftVersion = z.infer<typeof draftVersionSchema>;

/** One version without its text: GET answers the history as this, and one older text on request. */
export const versionSummarySchema = z.object({
  number: z.number().int(),
  authorName: z.string(),
  createdAt: z.string(),
  /** Length of the post text and alt texts in UTF-16 code units. */
  length: z.number().int(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const draftCommentSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  body: z.string(),
  authorName: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  anchor: anchorSchema,
});
export type DraftComment = z.infer<typeof draftCommentSchema>;

export const draftDeviationSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  ruleId: z.string(),
  field: z.string().optional(),
  start: z.number().int(),
  end: z.number().int(),
  justification: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  anchor: anchorSchema,
});
export type DraftDeviation = z.infer<typeof draftDeviationSchema>;

export const draftDecisionSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  decision: decisionSchema,
  note: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  /** Ids of the deviations in force for its version when it was made, as the store recorded them with the decision. */
  acceptedDeviations: z.array(z.number().int()),
});
export type DraftDecision = z.infer<typeof draftDecisionSchema>;

export const activityActionSchema = z.enum(['created', 'version_saved', 'commented', 'deviation_accepted', 'approved', 'changes_requested']);
export type ActivityAction = z.infer<typeof activityActionSchema>;

export const activityEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  name: z.string(),
  role: roleSchema,
  action: activityActionSchema,
  version: z.number().int(),
  /** The rule id for an accepted deviation. */
  ruleId: z.string().optional(),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

export const permissionsSchema = z.object({
  read: z.boolean(),
  edit: z.boolean(),
  delete: z.boolean(),
  comment: z.boolean(),
  acceptDeviation: z.boolean(),
  decide: z.boolean(),
});
export type Permissions = z.infer<typeof permissionsSchema>;

export const draftFindingSchema = lintMessageSchema.extend({
  /** Set when an accepted deviation silences this finding. */
  deviationId: z.number().int().optional(),
});
export type DraftFinding = z.infer<typeof draftFindingSchema>;

export const draftViewSchema = z.object({
  id: z.string(),
  profile: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  lastActivityAt: z.string(),
  /** When the draft is deleted unless something happens before. */
  expiresAt: z.string(),
  retentionDays: z.number().int(),
  role: roleSchema,
  permissions: permissionsSchema,
  latestVersion: z.number().int(),
  state: z.object({ status: reviewStatusSchema, label: z.string(), version: z.number().int() }),
  /** The latest version with its text. Older texts: GET /api/drafts/{token}/versions/{number}. */
  latest: draftVersionSchema,
  /** Every version, oldest first, without texts, so the answer stays bounded however long the history. */
  history: z.array(versionSummarySchema),
  comments: z.array(draftCommentSchema),
  deviations: z.array(draftDeviationSchema),
  decisions: z.array(draftDecisionSchema),
  activity: z.array(activityEntrySchema),
  /** Live findings for the latest version, linted when asked, with accepted deviations marked. */
  findings: z.object({
    version: z.number().int(),
    messages: z.array(draftFindingSchema),
    stats: lintResponseSchema.shape.stats,
  }),
});
export type DraftView = z.infer<typeof draftViewSchema>;

/** The 409 answer to a stale save names the latest version. */
/** An error-level finding that stands in the way of approval. */
export const unresolvedFindingSchema = lintMessageSchema.pick({ ruleId: true, message: true, start: true, end: true, actual: true, field: true, channel: true });

export const unresolvedErrorsResponseSchema = z.object({
  error: z.object({ code: z.literal('unresolved_errors'), message: z.string() }),
  version: z.number().int(),
  unresolved: z.array(unresolvedFindingSchema),
});
export type UnresolvedErrorsResponse = z.infer<typeof unresolvedErrorsResponseSchema>;

export const conflictResponseSchema = z.object({
  error: z.object({ code: z.literal('conflict'), message: z.string() }),
  latestVersion: z.number().int(),
});
