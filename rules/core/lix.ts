import { flesch } from 'flesch';
import { syllable } from 'syllable';
import type { TextContext } from './context.ts';
import type { ResolvedProfile } from '../profile/schema.ts';

const letter = /\p{L}/u;

/** Letters in a word, counted by code point; ASCII is decided without a regex (this runs for every word). */
function letterCount(word: string): number {
  let count = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) count++;
    else if (code < 128) continue;
    else if (code >= 0xd800 && code <= 0xdbff) {
      if (letter.test(word.slice(index, index + 2))) count++;
      index++;
    } else if (letter.test(word[index]!)) count++;
  }
  return count;
}

export interface LixCounts {
  words: number;
  sentences: number;
  longWords: number;
  /** Long words not counted as long because they are in `notLong` (the organisation's own names). */
  namesLeftOut: number;
  lix: number | null;
}

// One set per profile: klar-lix and the post's stats ask for it on every lint.
const ownNamesByProfile = new WeakMap<object, Set<string>>();

/**
 * The organisation's own long names, lowercased, with their definite and genitive forms ("Stadshuset",
 * "Kommunfullmäktiges"): they count as words but not as long words, in klar-lix and in the stats alike,
 * so that the post shows one LIX.
 */
export function ownNames(profile: Pick<ResolvedProfile, 'gazetteer' | 'organisation' | 'vocabulary'>): Set<string> {
  let names = ownNamesByProfile.get(profile);
  if (!names) {
    names = namesOf(profile);
    ownNamesByProfile.set(profile, names);
  }
  return names;
}

function namesOf(profile: Pick<ResolvedProfile, 'gazetteer' | 'organisation' | 'vocabulary'>): Set<string> {
  return new Set(
    [...Object.values(profile.gazetteer).flat(), ...profile.organisation.selfNames, profile.organisation.name, ...profile.vocabulary]
      .flatMap((name) => name.toLowerCase().split(/\s+/u))
      .filter((name) => name.length > 6)
      .flatMap((name) => [name, `${name}s`, `${name}en`, `${name}et`, `${name}ens`, `${name}ets`]),
  );
}

/**
 * LIX = O/M + 100·L/O (Björnsson 1968). O: words with letters; M: sentences with at least one
 * such word; L: words with more than 6 letters, except those in `notLong` (lowercase). Colons do
 * not end sentences (rules.md, LIX).
 */
export function countLix(context: TextContext, notLong?: Set<string>): LixCounts {
  // klar-lix and the post's stats count the same text with the same names (ownNames keeps one set per profile): once.
  const cached = context.cache.lix as { notLong?: Set<string>; counts: LixCounts } | undefined;
  if (cached && cached.notLong === notLong) return cached.counts;
  const counts = count(context, notLong);
  context.cache.lix = { notLong, counts };
  return counts;
}

function count(context: TextContext, notLong?: Set<string>): LixCounts {
  let longWords = 0;
  let namesLeftOut = 0;
  for (const word of context.words) {
    // A word of 6 code units or fewer cannot have 7 letters.
    if (word.value.length > 6 && letterCount(word.value) > 6) {
      if (notLong?.has(word.lower)) namesLeftOut++;
      else longWords++;
    }
  }
  const words = context.words.length;
  const sentences = context.sentences.filter((sentence) => sentence.wordCount > 0).length;
  const lix = words === 0 ? null : words / sentences + (100 * longWords) / words;
  return { words, sentences, longWords, namesLeftOut, lix };
}

/**
 * Flesch Reading Ease (the `flesch` package, syllables by `syllable`) for an English post: LIX is
 * Swedish-only. 100 is very easy; 60–70 plain English; below 30 for graduates.
 */
export function fleschReadingEase(context: TextContext): number | null {
  const words = context.words.length;
  const sentences = context.sentences.filter((sentence) => sentence.wordCount > 0).length;
  if (words === 0 || sentences === 0) return null;
  // `syllable` runs a dozen expressions per word: each distinct word is counted once per text.
  const counted = new Map<string, number>();
  let syllables = 0;
  for (const word of context.words) {
    let count = counted.get(word.value);
    if (count === undefined) counted.set(word.value, (count = syllable(word.value)));
    syllables += count;
  }
  return flesch({ sentence: sentences, word: words, syllable: syllables });
}

// The bands and their labels: rules/vocabulary.ts.
export { lixBand } from '../vocabulary.ts';
