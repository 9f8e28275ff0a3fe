import { readFileSync } from 'node:fs';

/**
 * The first names the person model knows, loaded once at start from first-names.txt (derived by
 * build-names.ts from the first-name database; see the notice at its top and first-names.LICENSE.txt).
 * A name marked "~" is also a Swedish word ("Per", "Bo", "Björn"): it needs more evidence than a capital letter.
 */
const lines = readFileSync(new URL('first-names.txt', import.meta.url), 'utf8').split('\n');
export const firstNames = new Set<string>();
const ambiguous = new Set<string>();
for (const line of lines) {
  if (line === '' || line.startsWith('#')) continue;
  if (line.startsWith('~')) {
    firstNames.add(line.slice(1));
    ambiguous.add(line.slice(1));
  } else firstNames.add(line);
}

// Shared answers: asked for every capitalised word of every post, so no object per call.
const plainName: { readonly genitive: boolean } = Object.freeze({ genitive: false });
const genitiveName: { readonly genitive: boolean } = Object.freeze({ genitive: true });

/** A first name, a hyphenated one ("Anna-Karin") or its genitive ("Annas"). */
export function isFirstName(word: string): { readonly genitive: boolean } | undefined {
  if (firstNames.has(word)) return plainName;
  if (word.includes('-') && word.split('-').every((part) => firstNames.has(part))) return plainName;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    const base = word.slice(0, -1);
    if (firstNames.has(base)) return genitiveName;
  }
  return undefined;
}

/** Is this (lowercase) first name also an everyday Swedish word? */
export function isAmbiguousName(word: string): boolean {
  return ambiguous.has(word);
}

/** Is this word a first name from the shipped list (for tests and other rules)? */
export function isKnownFirstName(word: string): boolean {
  return isFirstName(word.toLowerCase().normalize('NFC')) !== undefined;
}

export const firstNameCount = firstNames.size;
