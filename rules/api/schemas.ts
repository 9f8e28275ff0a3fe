import { z } from 'zod';
import { categories, severities } from '../vocabulary.ts';
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

// A lone surrogate: half of a UTF-16 pair without its other half.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The UTF-16 offset of the first lone surrogate in a string, or −1. */
export function loneSurrogateAt(value: string): number {
  return loneSurrogate.exec(value)?.index ?? -1;
}

/**
 * One policy for lone surrogates, in lint and in storage: refused with a 400 that names the
 * position. Stored as UTF-8, each would come back as U+FFFD and shift every offset after it
 * (comments, deviations, findings), so no text with one is accepted anywhere.
 */
export const wellFormed = <S extends z.ZodType<string>>(schema: S) =>
  schema.superRefine((value, context) => {
    const at = loneSurrogateAt(value);
    if (at !== -1) {
      context.addIssue({
        code: 'custom',
        params: { loneSurrogateAt: at },
        message: `Texten innehåller ett trasigt tecken (ett ensamt surrogattecken) vid position ${at.toLocaleString('sv-SE')}. Ta bort det och försök igen.`,
      });
    }
  });

/** Whether an offset falls between the two halves of a surrogate pair (inside one emoji, say). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Zod-shaped issues for a half-open range whose start or end falls inside a surrogate pair; empty when both are on boundaries. */
export function surrogateRangeIssues(text: string, range: { start: number; end: number }): { path: string[]; message: string }[] {
  return (['start', 'end'] as const)
    .filter((key) => splitsSurrogatePair(text, range[key]))
    .map((key) => ({ path: [key], message: `Position ${range[key].toLocaleString('sv-SE')} ligger mitt i ett tecken (till exempel en emoji). Markera hela tecknet.` }));
}

export const mediaItemSchema = z.strictObject({
  type: z.enum(['image', 'video']),
  altText: wellFormed(maxUnits(limits.altTextLength, `Alternativtexten får vara högst ${limits.altTextLength} tecken.`)).optional(),
  decorative: z.boolean().optional(),
  credit: wellFormed(z.string().max(limits.creditLength)).optional(),
  captions: z.boolean().optional(),
  hasSpeech: z.boolean().optional(),
  containsText: z.boolean().optional(),
  showsPeople: z.boolean().optional(),
  showsChildren: z.boolean().optional(),
  consent: z.enum(['documented', 'missing', 'unknown']).optional(),
});

export const channelIdSchema = z.string().min(1).max(40);

/** The post and every alt text, in UTF-16 units: what one lint request costs. */
export const requestTextLength = (value: { text: string; media?: { altText?: string }[] }) =>
  (value.media ?? []).reduce((sum, item) => sum + (item.altText?.length ?? 0), value.text.length);

/** The message of the 413 for a request whose post and alt texts together are too long. */
export const requestTextMessage = (maximum: number) =>
  `Inlägget och alternativtexterna får vara högst ${maximum.toLocaleString('sv-SE')} tecken tillsammans.`;

/** The lint request, with a bound on the post plus its alt texts (a too_big issue at the root: 413). */
export function lintRequestSchemaWith({ requestTextLength: maximum }: { requestTextLength: number }) {
  return z
    .strictObject({
      text: wellFormed(maxUnits(limits.textLength, `Texten får vara högst ${limits.textLength.toLocaleString('sv-SE')} tecken.`, z.string({ error: 'Texten saknas.' }))),
      channels: z.array(channelIdSchema).max(limits.channels).optional(),
      media: z.array(mediaItemSchema).max(limits.mediaItems, `Högst ${limits.mediaItems} bilder eller filmer per inlägg.`).optional(),
      profile: z.string().min(1).max(40).optional(),
    })
    .superRefine((value, context) => {
      if (requestTextLength(value) > maximum) {
        context.addIssue({ code: 'too_big', origin: 'string', maximum, inclusive: true, input: value, path: [], message: requestTextMessage(maximum) });
      }
    });
}

export const lintRequestSchema = lintRequestSchemaWith(limits);
export type LintRequest = z.infer<typeof lintRequestSchema>;

export const severitySchema = z.enum(severities);
export const categorySchema = z.enum(categories);

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
    /** LIX, counted like klar-lix (the organisation's own names are not long words); null for posts not in Swedish. */
    lix: z.number().int().nullable(),
    /** How many long words were left out of the LIX as the organisation's own names. */
    lixNamesLeftOut: z.number().int(),
    /** Flesch Reading Ease for English posts (LIX is Swedish-only); null for Swedish posts. */
    fleschReadingEase: z.number().int().nullable(),
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
      /** What the rule flags in `bad`: the catalog's pinned behaviour (tests/rules/examples.test.ts). */
      findings: z
        .array(
          z.object({
            actual: z.string(),
            severity: severitySchema,
            expected: z.array(z.string()).optional(),
            channel: z.string().optional(),
            field: z.string().optional(),
          }),
        )
        .optional(),
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
  'overloaded',
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

/** The shared vocabulary (rules/vocabulary.ts) as GET /api/rules serves it beside the catalog. */
export const vocabularySchema = z.object({
  categories: z.array(categorySchema),
  categoryLabels: z.record(categorySchema, z.string()),
  severities: z.array(severitySchema),
  severityLabels: z.record(z.string(), z.string()),
  severityMeanings: z.record(z.string(), z.string()),
  lixBands: z.array(z.object({ label: z.string(), max: z.number().optional(), inclusive: z.boolean().optional() })),
  channelUnits: z.array(z.string()),
  unitLabels: z.record(z.string(), z.string()),
});
