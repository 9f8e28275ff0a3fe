import { data as channelData } from '../channels/channels.schema.ts';
import { channelSchema, profileSchema, type Channel, type ResolvedPeriod, type ResolvedProfile, type ResolvedRuleSetting } from './schema.ts';
import type { Rule } from '../core/types.ts';

export const defaultChannels: Channel[] = channelData.channels;

export interface ProfileProblem {
  path: (string | number)[];
  message: string;
}

export class ProfileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ProfileProblem[],
  ) {
    const lines = problems.map((problem) => `  ${problem.path.join('.') || '(roten)'}: ${problem.message}`);
    super(`Profilen ${file} är ogiltig:\n${lines.join('\n')}`);
    this.name = 'ProfileError';
  }
}

/**
 * Validates a profile against the schema and against each rule's own options schema, and fills in
 * channel defaults and rule defaults. Throws ProfileError naming the file and the paths at fault.
 */
export function resolveProfile(input: unknown, rules: Rule[], file = '(profil)'): ResolvedProfile {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) {
    throw new ProfileError(file, parsed.error.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message })));
  }
  const profile = parsed.data;
  const problems: ProfileProblem[] = [];
  const known = new Set(rules.map((rule) => rule.meta.id));
  for (const id of Object.keys(profile.rules)) {
    if (!known.has(id)) problems.push({ path: ['rules', id], message: `Okänd regel "${id}".` });
  }

  const channels: Record<string, Channel> = {};
  for (const channel of defaultChannels) {
    const merged = channelSchema.safeParse({ ...channel, ...profile.channels[channel.id] });
    if (merged.success) channels[channel.id] = merged.data;
    else for (const issue of merged.error.issues) problems.push({ path: ['channels', channel.id, ...(issue.path as string[])], message: issue.message });
  }
  for (const id of Object.keys(profile.channels)) {
    if (!channels[id] && !defaultChannels.some((channel) => channel.id === id)) problems.push({ path: ['channels', id], message: `Okänd kanal "${id}".` });
  }
  profile.defaultChannels.forEach((id, index) => {
    if (!defaultChannels.some((channel) => channel.id === id)) problems.push({ path: ['defaultChannels', index], message: `Okänd kanal "${id}".` });
  });

  const ruleSettings: Record<string, ResolvedRuleSetting> = {};
  for (const rule of rules) {
    const setting = profile.rules[rule.meta.id] ?? {};
    const options = rule.meta.options?.safeParse(setting.options ?? {});
    if (options && !options.success) {
      for (const issue of options.error.issues) {
        problems.push({ path: ['rules', rule.meta.id, 'options', ...(issue.path as string[])], message: issue.message });
      }
      continue;
    }
    const severity = setting.severity ?? (rule.meta.optIn ? 'off' : rule.meta.severity);
    ruleSettings[rule.meta.id] = {
      severity,
      options: (options?.data ?? {}) as Record<string, unknown>,
      ...((setting.guidelineRef ?? rule.meta.guidelineRef) ? { guidelineRef: setting.guidelineRef ?? rule.meta.guidelineRef } : {}),
    };
  }
  const periods: ResolvedPeriod[] = profile.periods.map((period, index) => {
    const overrides: Record<string, ResolvedRuleSetting> = {};
    for (const [id, override] of Object.entries(period.rules)) {
      const rule = rules.find((item) => item.meta.id === id);
      if (!rule) {
        problems.push({ path: ['periods', index, 'rules', id], message: `Okänd regel "${id}".` });
        continue;
      }
      const base = ruleSettings[id];
      const options = rule.meta.options?.safeParse({ ...profile.rules[id]?.options, ...override.options });
      if (!base || (options && !options.success)) {
        for (const issue of options?.success === false ? options.error.issues : []) {
          problems.push({ path: ['periods', index, 'rules', id, 'options', ...(issue.path as string[])], message: issue.message });
        }
        continue;
      }
      overrides[id] = { ...base, severity: override.severity ?? base.severity, options: (options?.data ?? {}) as Record<string, unknown>, period: period.name };
    }
    return { name: period.name, start: period.start, end: period.end, ...(period.description ? { description: period.description } : {}), rules: overrides };
  });
  if (problems.length > 0) throw new ProfileError(file, problems);
  return { ...profile, channels, rules: ruleSettings, periods };
}
