import { registry } from '../rules/registry.ts';
import { loadProfiles } from '../rules/profile/load.ts';
import { periodKey, periodSets, periodsOn, profileOn, swedishDay } from '../rules/profile/periods.ts';
import type { ResolvedProfile } from '../rules/profile/schema.ts';
import { createLinter, type Linter, type LinterOptions } from '../rules/core/linter.ts';
import { ApiError } from './errors.ts';

/** What time it is; tests and demos set it (POSTKOLL_TODAY) to lint as on another day. */
export type Clock = () => Date;

export interface LintersOptions extends Pick<LinterOptions, 'maxFindingsPerRule'> {
  clock?: Clock;
}

/**
 * The profiles, validated against the rules (a ProfileError names file, path and problem), with the
 * default among them; what a cluster's primary checks before it starts any worker.
 */
export function checkProfiles(profilesDir: string | undefined, defaultProfile: string): Map<string, ResolvedProfile> {
  const profiles = loadProfiles(registry, profilesDir);
  if (!profiles.has(defaultProfile)) throw new Error(`Standardprofilen "${defaultProfile}" finns inte.`);
  return profiles;
}

/**
 * One frozen linter per profile and per set of its periods that can be in force together, all built
 * once at start, so that nothing is compiled per request. A broken profile throws here and stops the server.
 */
export function createLinters(profilesDir: string | undefined, defaultProfile: string, { clock = () => new Date(), ...options }: LintersOptions = {}) {
  const profiles = checkProfiles(profilesDir, defaultProfile);
  const linters = new Map<string, Map<string, Linter>>(
    [...profiles].map(([id, profile]) => [id, new Map([...periodSets(profile)].map(([key, day]) => [key, createLinter(profileOn(profile, day), registry, options)]))]),
  );
  const profileOf = (id: string | undefined): ResolvedProfile => {
    const profile = profiles.get(id ?? defaultProfile);
    if (!profile) throw new ApiError('invalid_request', `Profilen "${id}" finns inte.`, [{ path: ['profile'], message: 'Okänd profil.' }]);
    return profile;
  };
  // The day changes on a whole minute in every time zone, so one formatting per minute of the clock is
  // enough (Intl's formatting per request showed in the request thread's profile).
  let lastMinute = Number.NaN;
  let lastDay = '';
  const today = () => {
    const now = clock();
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== lastMinute) {
      lastMinute = minute;
      lastDay = swedishDay(now);
    }
    return lastDay;
  };
  return {
    defaultProfile,
    ids: [...linters.keys()],
    today,
    /** The linter for a profile id (the default when absent) as it holds on a day (today); 400 for an unknown id (api.md). */
    get(id: string | undefined, day = today()): Linter {
      const profile = profileOf(id);
      return linters.get(profile.id)!.get(periodKey(profile, day))!;
    },
    /** The profile as written, with all its periods. */
    profile: profileOf,
    /** The periods of a profile in force on a day (today). */
    periodsOn: (id: string | undefined, day = today()) => periodsOn(profileOf(id), day),
    has: (id: string) => linters.has(id),
  };
}

export type Linters = ReturnType<typeof createLinters>;
