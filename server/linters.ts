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

/**
 * Lints every rule's examples once with the default profile's linter, for every channel, one example per
 * turn of the event loop, and then calls `done` with the milliseconds of lint it took. A process's first
 * lint pays for compiling the rules' code and data (140–160 ms for a 1,500-character post on a slow
 * 2-core machine, against 15–35 ms for the next); this pays it at start instead of the first user after
 * a restart. One example at a time (at most a few tens of ms, cold) lets requests, health included, be
 * answered between them: done in one piece, it held start to health back by a second. Returns a stop.
 */
export function warmLinters(linters: Linters, done: (ms: number) => void): () => void {
  const linter = linters.get(undefined);
  const channels = Object.keys(linter.profile.channels);
  const examples = registry.flatMap((rule) => rule.meta.examples.flatMap((example) => [example.bad, example.good]));
  // Then posts of a real post's length (the length limits, readability over paragraphs, the answer's size).
  const posts = [''];
  for (const example of examples) {
    if (posts.length > 3) break;
    posts[posts.length - 1] += `${example}\n\n`;
    if (posts.at(-1)!.length > 2_000) posts.push('');
  }
  const texts = [...examples, ...posts.filter(Boolean)];
  let next = 0;
  let spent = 0;
  let timer = setImmediate(step);
  function step() {
    const started = performance.now();
    linter.lintPost({ text: texts[next++]!, channels });
    spent += performance.now() - started;
    if (next < texts.length) timer = setImmediate(step);
    else done(spent);
  }
  return () => clearImmediate(timer);
}
