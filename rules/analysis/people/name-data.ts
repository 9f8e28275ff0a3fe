import firstNameData from './first-names.json' with { type: 'json' };
import { lower } from './lexicon.ts';

/** The first names the analysis knows, loaded once at start. */
export const firstNames = new Set(lower(firstNameData.names));

/** A first name, a hyphenated one ("Anna-Karin") or its genitive ("Annas"). */
export function isFirstName(word: string): { genitive: boolean } | undefined {
  if (firstNames.has(word)) return { genitive: false };
  if (word.includes('-') && word.split('-').every((part) => firstNames.has(part))) return { genitive: false };
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    const base = word.slice(0, -1);
    if (firstNames.has(base)) return { genitive: true };
  }
  return undefined;
}


/** Is this word a first name from the shipped list (for tests and other rules)? */
export function isKnownFirstName(word: string): boolean {
  return isFirstName(word.toLowerCase().normalize('NFC')) !== undefined;
}

export const firstNameCount = firstNames.size;
