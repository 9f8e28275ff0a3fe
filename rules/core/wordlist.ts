// Transitional: rules/people/scan.ts (owned by the people work, moving to rules/analysis/people/) still
// imports these names. The matcher itself is core/lexicon; delete this file when people/ has moved onto it.
import type { LexiconMatch } from './lexicon/index.ts';

export { phraseTokens } from './lexicon/index.ts';

export interface WordListEntry<T> {
  phrases: string[];
  data: T;
}

export type WordListHit<T> = Pick<LexiconMatch, 'start' | 'end' | 'firstToken' | 'lastToken'> & { phrase: string; data: T };
