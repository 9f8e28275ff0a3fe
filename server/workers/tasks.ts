/**
 * What the worker pool runs, one export per task (piscina's `name`). Each worker loads the compiled
 * dictionary itself (tens of milliseconds) and, only if asked to lint, its own linters.
 */
import { workerData } from 'piscina';
import { computeSuggestions } from '../../rules/spelling/suggest.ts';
import { isKnownWord } from '../../rules/spelling/spell.ts';
import type { LintResponse } from '../../rules/api/schemas.ts';
import type { PostInput } from '../../rules/core/linter.ts';
import type { Linters, LintersOptions } from '../linters.ts';

export interface WorkerSettings extends LintersOptions {
  profilesDir?: string;
  defaultProfile: string;
}

export function suggest(word: string): string[] {
  return computeSuggestions(word);
}

let linters: Linters | undefined;

export async function lint({ profile, ...post }: PostInput & { profile?: string }): Promise<LintResponse> {
  if (!linters) {
    // Imported only here: a thread that only suggests starts faster without every rule.
    const { createLinters } = await import('../linters.ts');
    const settings = workerData as WorkerSettings;
    linters = createLinters(settings.profilesDir, settings.defaultProfile, settings);
  }
  return linters.get(profile).lintPost(post);
}

/** Loads what a first real task would otherwise wait for. */
export async function warm(): Promise<boolean> {
  isKnownWord('kommunen');
  await lint({ text: 'Välkommen!' });
  return true;
}
