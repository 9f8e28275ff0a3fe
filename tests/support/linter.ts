import { registry } from '../../rules/registry.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInProfileDir, loadProfiles } from '../../rules/profile/load.ts';
import { createLinter } from '../../rules/core/linter.ts';
import { resolveProfile } from '../../rules/profile/resolve.ts';
import type { ProfileFile } from '../../rules/profile/schema.ts';

export const profiles = loadProfiles(registry);
export const alingsas = profiles.get('alingsas')!;

/** The linter as the server builds it for the default profile, every opt-in rule turned on too. */
export const defaultLinter = createLinter(
  {
    ...alingsas,
    rules: Object.fromEntries(
      Object.entries(alingsas.rules).map(([id, setting]) => [
        id,
        setting.severity === 'off' ? { ...setting, severity: registry.find((rule) => rule.meta.id === id)!.meta.severity } : setting,
      ]),
    ),
  },
  registry,
);

/** A linter for the default profile as shipped (opt-in rules off). */
export const shippedLinter = createLinter(alingsas, registry);

/** Lints with a profile changed from the default one, e.g. a different threshold or allowlist. */
export function linterWith(changes: (profile: ProfileFile) => ProfileFile) {
  const base = JSON.parse(readFileSync(join(builtInProfileDir, 'alingsas.json'), 'utf8')) as ProfileFile;
  return createLinter(resolveProfile(changes(base), registry), registry);
}

export const ruleIds = (text: string, channels: string[] = []) =>
  defaultLinter.lintPost({ text, channels }).messages.map((message) => message.ruleId);
