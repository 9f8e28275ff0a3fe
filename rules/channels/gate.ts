import type { TextContext } from '../core/context.ts';
import { phraseTokens } from '../core/wordlist.ts';
import { cached } from '../core/text-cache.ts';

interface Vocabulary {
  words: Set<string>;
  /** The distinct words by their first three code units, for finding a word that starts with a stem. */
  byPrefix?: Map<string, string[]>;
}

const prefixLength = 3;

/** The post's tokens in lowercase, built once per text for every rule that asks. */
const vocabularyOf = (context: TextContext): Vocabulary =>
  cached(context, 'gate-vocabulary', () => ({ words: new Set(context.tokens.map((token) => token.lower)) }));

function prefixIndexOf(vocabulary: Vocabulary): Map<string, string[]> {
  if (vocabulary.byPrefix) return vocabulary.byPrefix;
  const byPrefix = new Map<string, string[]>();
  for (const word of vocabulary.words) {
    if (word.length < prefixLength) continue;
    const prefix = word.slice(0, prefixLength);
    const bucket = byPrefix.get(prefix);
    if (bucket) bucket.push(word);
    else byPrefix.set(prefix, [word]);
  }
  vocabulary.byPrefix = byPrefix;
  return byPrefix;
}

/** Whether some word of the post starts with `stem`: only the words sharing its first letters are compared. */
function hasWordStartingWith(vocabulary: Vocabulary, stem: string): boolean {
  if (stem.length < prefixLength) {
    for (const word of vocabulary.words) if (word.startsWith(stem)) return true;
    return false;
  }
  const bucket = prefixIndexOf(vocabulary).get(stem.slice(0, prefixLength));
  return bucket !== undefined && bucket.some((word) => word.startsWith(stem));
}

/**
 * A cheap test, compiled once, of whether a word list can match a post at all: every token of one
 * of its phrases must be among the post's tokens, or a token must start with one of its stems. Most posts
 * match none of a rule's phrases, and then the rule skips its full pass over the tokens.
 */
export function compileGate(phrases: string[]): (context: TextContext) => boolean {
  const phraseTokenSets: string[][] = [];
  const stems = new Set<string>();
  for (const raw of phrases) {
    const phrase = raw.toLowerCase().normalize('NFC').trim();
    if (phrase.endsWith('*') && !phrase.includes(' ')) {
      stems.add(phrase.slice(0, -1));
      continue;
    }
    const tokens = [...new Set(phraseTokens(phrase))];
    // Rarer (longer) tokens first, so a phrase is usually ruled out at its first lookup.
    if (tokens.length > 0) phraseTokenSets.push(tokens.sort((a, b) => b.length - a.length));
  }
  const stemList = [...stems];
  return (context) => {
    const vocabulary = vocabularyOf(context);
    return (
      phraseTokenSets.some((tokens) => tokens.every((token) => vocabulary.words.has(token))) ||
      stemList.some((stem) => hasWordStartingWith(vocabulary, stem))
    );
  };
}
