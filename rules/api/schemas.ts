import { z } from 'zod';
import { limits } from './limits.ts';

export { limits };

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
  /** Set when the rule's setting comes from one of the profile's periods: that period's name. */
  period: z.string().optional(),
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
    /** LIX, counted like klar-lix (the organisation's own names are not long words); null for English posts. */
    lix: z.number().int().nullable(),
    /** How many long words were left out of the LIX as the organisation's own names. */
    lixNamesLeftOut: z.number().int(),
    /** Flesch Reading Ease for English posts (LIX is Swedish-only); null for Swedish posts. */
    fleschReadingEase: z.number().int().nullable(),
    language: z.string().optional(),
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
  /** An approval refused while error-level findings are neither fixed nor accepted as deviations. */
  'unresolved_errors',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'rate_limited',
  'forbidden',
  'conflict',
  'gone',
  'quota_exceeded',
  'storage_full',
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
