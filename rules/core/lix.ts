import type { TextContext } from './context.ts';

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
  lix: number | null;
}

/**
 * LIX = O/M + 100·L/O (Björnsson 1968). O: words with letters; M: sentences with at least one
 * such word; L: words with more than 6 letters, except those in `notLong` (lowercase). Colons do
 * not end sentences (rules.md, LIX).
 */
export function countLix(context: TextContext, notLong?: Set<string>): LixCounts {
  let longWords = 0;
  for (const word of context.words) {
    // A word of 6 code units or fewer cannot have 7 letters.
    if (word.value.length > 6 && letterCount(word.value) > 6 && !notLong?.has(word.lower)) longWords++;
  }
  const words = context.words.length;
  const sentences = context.sentences.filter((sentence) => sentence.wordCount > 0).length;
  const lix = words === 0 ? null : words / sentences + (100 * longWords) / words;
  return { words, sentences, longWords, lix };
}

// The bands and their labels: rules/vocabulary.ts.
export { lixBand } from '../vocabulary.ts';
