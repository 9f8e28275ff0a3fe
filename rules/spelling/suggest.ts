import { swedishDictionary, compoundParts } from './dictionary.ts';
import { isKnownWord } from './spell.ts';

const maxSuggestions = 5;
const maxCached = 2_000;
const cache = new Map<string, string[]>();
const letters = /\p{L}/u;

/** The suggestion written like the word: "Välkomen" → "Välkommen". */
function sameCase(word: string, suggestion: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return suggestion.toUpperCase();
  const first = word.charAt(0);
  return first !== first.toLowerCase() ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
}

/**
 * A compound the dictionary lacks ("återvinigscentralen"): keep a known last part and let nspell
 * correct the first part ("återvinigs" → "återvinnings").
 */
function compoundSuggestions(word: string): string[] {
  const dictionary = swedishDictionary();
  const { begin, middle } = compoundParts();
  const found: string[] = [];
  let tried = 0;
  for (let split = 3; split <= word.length - 3 && tried < 3 && found.length === 0; split++) {
    const tail = word.slice(split);
    if (!dictionary.correct(tail) || tail.length < 4) continue;
    tried++;
    const head = word.slice(0, split);
    const heads = head.endsWith('s') ? [head, head.slice(0, -1)] : [head];
    for (const candidate of heads) {
      for (const fixed of dictionary.suggest(candidate)) {
        const forms = [fixed, `${fixed}s`].filter((form) => begin.has(form) || middle.has(form) || dictionary.correct(form));
        for (const form of forms) {
          const whole = form + tail;
          if (whole !== word && isKnownWord(whole) && !found.includes(whole)) found.push(whole);
        }
      }
    }
  }
  return found;
}

/**
 * Suggestions for one word, uncached: tens of milliseconds for a real typo, up to seconds for a
 * random string (nspell's edit search). The server runs it in its worker pool with a deadline.
 */
export function computeSuggestions(word: string): string[] {
  const dictionary = swedishDictionary();
  const lower = word.toLowerCase();
  let suggestions = dictionary.suggest(lower).filter((suggestion) => !suggestion.startsWith('-') && !suggestion.endsWith('-'));
  if (suggestions.length === 0) suggestions = compoundSuggestions(lower);
  return [...new Set(suggestions.map((suggestion) => sameCase(word, suggestion)))].slice(0, maxSuggestions);
}

/**
 * Spelling suggestions for one word, computed only when someone asks (GET /api/suggestions) and
 * cached: nspell needs tens of milliseconds per word, which the lint path must never wait for.
 * A known word gets no suggestions.
 */
export function suggestSpelling(input: string): string[] {
  const word = normaliseWord(input);
  return needsSuggestions(word) ? (cachedSuggestions(word) ?? cacheSuggestions(word, computeSuggestions(word))) : [];
}

/** The form suggestions are computed and cached for. */
export const normaliseWord = (input: string) => input.trim().normalize('NFC');

/** Whether a word needs suggestions at all: a known word (or no word) gets none, without any search. */
export const needsSuggestions = (word: string) => letters.test(word) && !isKnownWord(word);

/** Suggestions computed before, if still in the bounded cache (most recently used kept longest). */
export function cachedSuggestions(word: string): string[] | undefined {
  const cached = cache.get(word);
  if (cached) {
    cache.delete(word);
    cache.set(word, cached);
  }
  return cached;
}

export function cacheSuggestions(word: string, suggestions: string[]): string[] {
  if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
  cache.set(word, suggestions);
  return suggestions;
}
