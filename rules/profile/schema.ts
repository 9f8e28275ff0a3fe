import { z } from 'zod';
import { channelUnits, severities } from '../vocabulary.ts';

export const severitySchema = z.enum(severities);

export const channelUnitSchema = z.enum(channelUnits);

/** One channel's facts (channels.md). Every figure is a default a profile may override. */
export const channelSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** Hard limit, in `unit`. */
  limit: z.number().int().positive(),
  unit: channelUnitSchema,
  /** Second hard cap in UTF-8 bytes (Bluesky). */
  byteLimit: z.number().int().positive().optional(),
  recommendedLength: z.number().int().positive(),
  /** Characters shown before "… mer"; null when the whole post is shown. */
  foldChars: z.number().int().positive().nullable(),
  /** Lines shown before the fold, where the channel folds by lines. */
  foldLines: z.number().int().positive().nullable(),
  foldLabel: z.string(),
  hashtagMax: z.number().int().nonnegative().nullable(),
  hashtagRecommended: z.number().int().nonnegative().nullable(),
  linksClickable: z.boolean(),
  linkMax: z.number().int().nonnegative().nullable(),
  /** Typed "@name" links only through the composer's own tagging. */
  typedMentionsLink: z.boolean(),
  altTextLimit: z.number().int().positive().nullable(),
  altTextRecommended: z.number().int().positive().nullable(),
  collapsesBlankLines: z.boolean(),
});
export type Channel = z.infer<typeof channelSchema>;

const ruleSettingSchema = z.strictObject({
  /** "off" turns the rule off; an opt-in rule needs a severity to run. */
  severity: z.union([severitySchema, z.literal('off')]).optional(),
  guidelineRef: z.string().max(500).optional(),
  /** Thresholds and lists, validated against the rule's own options schema. */
  options: z.record(z.string(), z.unknown()).optional(),
});

const text = z.string().min(1).max(200);

const day = z.iso.date({ error: 'Ange datumet som ÅÅÅÅ-MM-DD.' });

/**
 * A time-scoped rule set: from `start` to `end` (both days included, Swedish time) the rules listed
 * here take these severities and options instead of the profile's own (a valår, a crisis).
 */
export const periodSchema = z
  .strictObject({
    name: text,
    start: day,
    end: day,
    description: z.string().max(1000).optional(),
    rules: z
      .record(
        z.string(),
        z.strictObject({
          severity: z.union([severitySchema, z.literal('off')]).optional(),
          /** Merged over the profile's options for the rule, then validated against the rule's schema. */
          options: z.record(z.string(), z.unknown()).optional(),
        }),
      )
      .refine((rules) => Object.keys(rules).length > 0, 'En period behöver minst en regel.'),
  })
  .refine((period) => period.start <= period.end, { message: 'Perioden slutar innan den börjar.', path: ['end'] });

export const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Id får bara innehålla a–z, 0–9 och bindestreck.'),
  name: z.string().min(1).max(200),
  organisation: z.strictObject({
    name: text,
    /** How the organisation names itself as a subject ("Alingsås kommun", "kommunen"). */
    selfNames: z.array(text).default([]),
    website: text.optional(),
    phones: z.array(text).default([]),
    emailDomains: z.array(text).default([]),
    /** Local parts of role addresses (kontaktcenter@, kommun@ …). */
    roleAddresses: z.array(text).default([]),
    giroNumbers: z.array(text).default([]),
    addresses: z.array(text).default([]),
    /** Campaign hashtags that must be written exactly as configured. */
    fixedHashtags: z.array(text).default([]),
  }),
  /** Names that are places, units, buildings or companies, never private persons. */
  gazetteer: z.strictObject({
    places: z.array(text).default([]),
    units: z.array(text).default([]),
    buildings: z.array(text).default([]),
    companies: z.array(text).default([]),
    /** Roles whose holders act in public office (named in photos without consent questions). */
    publicRoles: z.array(text).default([]),
  }),
  /** Local party names, besides the national ones. */
  localParties: z.array(text).default([]),
  /** Words the spelling rule accepts (the organisation's own vocabulary). */
  vocabulary: z.array(text).default([]),
  defaultChannels: z.array(z.string()).min(1),
  channels: z.record(z.string(), channelSchema.partial().omit({ id: true })).default({}),
  /** Days a review draft is kept after its last activity. */
  retentionDays: z.number().int().min(1).max(3650).default(30),
  rules: z.record(z.string(), ruleSettingSchema).default({}),
  /** Time-scoped overrides; where periods overlap, a later one wins for the rules both name. */
  periods: z.array(periodSchema).max(50).default([]),
});

export type ProfileFile = z.input<typeof profileSchema>;
export type Profile = z.output<typeof profileSchema>;

export interface ResolvedRuleSetting {
  severity: z.infer<typeof severitySchema> | 'off';
  options: Record<string, unknown>;
  guidelineRef?: string;
  /** The name of the period this setting comes from, when it is a period's override. */
  period?: string;
}

/** A period with each overridden rule's whole effective setting. */
export interface ResolvedPeriod {
  name: string;
  start: string;
  end: string;
  description?: string;
  rules: Record<string, ResolvedRuleSetting>;
}

/** A profile with channel defaults and every rule's effective settings filled in. */
export interface ResolvedProfile extends Omit<Profile, 'channels' | 'rules' | 'periods'> {
  channels: Record<string, Channel>;
  rules: Record<string, ResolvedRuleSetting>;
  periods: ResolvedPeriod[];
}
