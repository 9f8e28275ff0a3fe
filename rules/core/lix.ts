import type { TextContext } from './context.ts';

const letters = /\p{L}/gu;

export interface LixCounts {
  words: number;
  sentences: number;
  longWords: number;
  lix: number | null;
}

/**
 * LIX = O/M + 100·L/O (Björnsson 1968). O: words with letters; M: sentences with at least one
 * such word; L: words with more than 6 letters. Colons do not end sentences (rules.md, LIX).
 */
export function countLix(context: TextContext): LixCounts {
  let longWords = 0;
  for (const word of context.words) {
    if ((word.value.match(letters)?.length ?? 0) > 6) longWords++;
  }
  const words = context.words.length;
  const sentences = context.sentences.filter((sentence) => sentence.wordCount > 0).length;
  const lix = words === 0 ? null : words / sentences + (100 * longWords) / words;
  return { words, sentences, longWords, lix };
}

export interface LixBand {
  max: number;
  label: string;
}

/** Interpretation bands "from lix.se" (rules.md, klar-lix). */
export const lixBands: LixBand[] = [
  { max: 30, label: 'mycket lättläst' },
  { max: 40, label: 'lättläst' },
  { max: 50, label: 'medelsvår' },
  { max: 60, label: 'svår' },
  { max: Infinity, label: 'mycket svår' },
];

export function lixBand(lix: number): string {
  return lixBands.find((band) => lix < band.max)!.label;
}
