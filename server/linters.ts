import { registry } from '../rules/registry.ts';
import { loadProfiles } from '../rules/profile/load.ts';
import { createLinter, type Linter, type LinterOptions } from '../rules/core/linter.ts';

export type LintersOptions = Pick<LinterOptions, 'maxFindingsPerRule'>;
import { ApiError } from './errors.ts';

/** One frozen linter per profile, built once at start. A broken profile throws here and stops the server. */
export function createLinters(profilesDir: string | undefined, defaultProfile: string, options: LintersOptions = {}) {
  const profiles = loadProfiles(registry, profilesDir);
  if (!profiles.has(defaultProfile)) throw new Error(`Standardprofilen "${defaultProfile}" finns inte.`);
  const linters = new Map<string, Linter>([...profiles].map(([id, profile]) => [id, createLinter(profile, registry, options)]));
  return {
    defaultProfile,
    ids: [...linters.keys()],
    /** The linter for a profile id (the default when absent); 400 for an unknown id (api.md). */
    get(id: string | undefined): Linter {
      const linter = linters.get(id ?? defaultProfile);
      if (!linter) throw new ApiError('invalid_request', `Profilen "${id}" finns inte.`, [{ path: ['profile'], message: 'Okänd profil.' }]);
      return linter;
    },
    has: (id: string) => linters.has(id),
  };
}

export type Linters = ReturnType<typeof createLinters>;
