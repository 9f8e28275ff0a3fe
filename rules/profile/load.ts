import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProfileError, resolveProfile } from './resolve.ts';
import type { ResolvedProfile } from './schema.ts';
import type { Rule } from '../core/types.ts';

export const builtInProfileDir = fileURLToPath(new URL('../profiles/', import.meta.url));

export function loadProfileFile(file: string, rules: Rule[]): ResolvedProfile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ProfileError(file, [{ path: [], message: `Filen kunde inte läsas som JSON: ${(error as Error).message}` }]);
  }
  return resolveProfile(data, rules, file);
}

/** The built-in profiles, then any in `extraDir` (POSTKOLL_PROFILES); a later file with the same id wins. */
export function loadProfiles(rules: Rule[], extraDir?: string): Map<string, ResolvedProfile> {
  const profiles = new Map<string, ResolvedProfile>();
  for (const dir of [builtInProfileDir, ...(extraDir ? [resolve(extraDir)] : [])]) {
    const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
    for (const name of files) {
      const profile = loadProfileFile(join(dir, name), rules);
      profiles.set(profile.id, profile);
    }
  }
  return profiles;
}
