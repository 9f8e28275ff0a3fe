import { z } from 'zod';

/** Limits of the lint API (api.md); the server and the client read them from here. */
export const limits = {
  textLength: 20_000,
  mediaItems: 20,
  altTextLength: 5_000,
  creditLength: 500,
  channels: 20,
} as const;

/**
 * A maximum in UTF-16 code units (api.md). zod's `.max()` counts code points, so 20,000 emoji
 * (40,000 units) would pass it; `.max()` stays for the JSON Schema's maxLength.
 */
const maxUnits = (maximum: number, message: string, schema = z.string()) =>
  schema.max(maximum, message).superRefine((value, context) => {
    if (value.length > maximum && [...value].length <= maximum) {
      context.addIssue({ code: 'too_big', origin: 'string', maximum, inclusive: true, input: value, message });
    }
  });

export const mediaItemSchema = z.strictObject({
  type: z.enum(['image', 'video']),
  altText: maxUnits(limits.altTextLength, `Alternativtexten får vara högst ${limits.altTextLength} tecken.`).optional(),
  decorative: z.boolean().optional(),
  credit: z.string().max(limits.creditLength).optional(),
  captions: z.boolean().optional(),
  hasSpeech: z.boolean().optional(),
  containsText: z.boolean().optional(),
  showsPeople: z.boolean().optional(),
  showsChildren: z.boolean().optional(),
  consent: z.enum(['documented', 'missing', 'unknown']).optional(),
});

export const channelIdSchema = z.string().min(1).max(40);

export const lintRequestSchema = z.strictObject({
  text: maxUnits(limits.textLength, `Texten får vara högst ${limits.textLength.toLocaleString('sv-SE')} tecken.`, z.string({ error: 'Texten saknas.' })),
  channels: z.array(channelIdSchema).max(limits.channels).optional(),
  media: z.array(mediaItemSchema).max(limits.mediaItems, `Högst ${limits.mediaItems} bilder eller filmer per inlägg.`).optional(),
  profile: z.string().min(1).max(40).optional(),
});
export type LintRequest = z.infer<typeof lintRequestSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export const categorySchema = z.enum(['tone', 'readability', 'personal-data', 'channel', 'accessibility', 'legal']);

export const lintMessageSchema = z.object({
  ruleId: z.string(),
  category: categorySchema,
  severity: severitySchema,
  message: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  line: z.number().int(),
  column: z.number().int(),
  actual: z.string(),
  expected: z.array(z.string()),
  url: z.string(),
  channel: z.string().optional(),
  field: z.string().optional(),
});
export type LintMessage = z.infer<typeof lintMessageSchema>;

export const channelStatsSchema = z.object({
  id: z.string(),
  length: z.number().int(),
  limit: z.number().int(),
  bytes: z.number().int().optional(),
  byteLimit: z.number().int().optional(),
  visibleLength: z.number().int().nullable(),
  hashtags: z.number().int(),
  links: z.number().int(),
  fits: z.boolean(),
});
export type ChannelStats = z.infer<typeof channelStatsSchema>;

export const lintResponseSchema = z.object({
  messages: z.array(lintMessageSchema),
  stats: z.object({
    characters: z.number().int(),
    words: z.number().int(),
    sentences: z.number().int(),
    lix: z.number().int().nullable(),
    language: z.string().optional(),
    swedishWordChecks: z.enum(['all', 'partly', 'none']).optional(),
    otherLanguages: z.array(z.object({ language: z.string(), start: z.number().int(), end: z.number().int() })).optional(),
    channels: z.array(channelStatsSchema),
  }),
});
export type LintResponse = z.infer<typeof lintResponseSchema>;

export const ruleInfoSchema = z.object({
  id: z.string(),
  category: categorySchema,
  severity: z.union([severitySchema, z.literal('off')]),
  defaultSeverity: severitySchema,
  title: z.string(),
  description: z.string(),
  basis: z.array(z.string()),
  guidelineRef: z.string().optional(),
  examples: z.array(
    z.object({
      bad: z.string(),
      good: z.string(),
      channels: z.array(z.string()).optional(),
      media: z.array(mediaItemSchema).optional(),
    }),
  ),
});
export type RuleInfo = z.infer<typeof ruleInfoSchema>;

export const errorCodeSchema = z.enum([
  'invalid_request',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'rate_limited',
  'forbidden',
  'conflict',
  'gone',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorResponseSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
