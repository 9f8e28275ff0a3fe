/**
 * What the worker pool runs, one export per task (piscina's `name`). Each worker loads the compiled
 * dictionary itself (tens of milliseconds) and, only if asked to lint, its own linters.
 */
import { workerData } from 'piscina';
import { computeSuggestions } from '../../rules/spelling/suggest.ts';
import { isKnownWord } from '../../rules/spelling/spell.ts';
import type { LintResponse } from '../../rules/api/schemas.ts';
import type { PostInput } from '../../rules/core/linter.ts';
import type { Linters } from '../linters.ts';

export interface WorkerSettings {
  profilesDir?: string;
  defaultProfile: string;
  maxFindingsPerRule?: number;
  /** POSTKOLL_TODAY, so that the pool lints with the same periods in force as the request thread. */
  today?: string;
}

export function suggest(word: string): string[] {
  return computeSuggestions(word);
}

let linters: Linters | undefined;

export async function lint({ profile, ...post }: PostInput & { profile?: string }): Promise<LintResponse> {
  if (!linters) {
    // Imported only here: a thread that only suggests starts faster without every rule.
    const { createLinters } = await import('../linters.ts');
    const { clockOf } = await import('../config.ts');
    const { profilesDir, defaultProfile, maxFindingsPerRule, today } = workerData as WorkerSettings;
    linters = createLinters(profilesDir, defaultProfile, { maxFindingsPerRule, clock: clockOf({ today }) });
  }
  return linters.get(profile).lintPost(post);
}

/**
 * The lint answer as JSON text, for the request thread to send as it is: a string crosses between
 * threads as one copy, where the answer's objects would be cloned, then stringified on that thread.
 */
export async function lintJson(post: PostInput & { profile?: string }): Promise<string> {
  return JSON.stringify(await lint(post));
}

/** Loads what a first real task would otherwise wait for. */
export async function warm(): Promise<boolean> {
  isKnownWord('kommunen');
  await lint({ text: 'Välkommen!' });
  return true;
}
