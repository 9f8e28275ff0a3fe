import { parseSwedish } from '../parse.ts';
import { buildContext } from '../context.ts';
import { normalize } from './normalize.ts';

// A pure function of the phrase: profiles compiled later reuse the tokens (compiling never parses twice).
const memo = new Map<string, string[]>();

/**
 * Lower-case words of ASCII and Latin-1 letters between single spaces, as 97 % of the lists' phrases
 * are: the parser makes each word one token, so they are split on the spaces instead of parsed.
 * Parsing the some 3,600 phrases of the lists took about 0.4 s of each thread's start (the request
 * thread's and every pool thread's); a property test holds the two equal (lexicon.test.ts).
 */
const plainWords = /^[a-zà-öø-ÿ]+(?: [a-zà-öø-ÿ]+)*$/;

/** The tokens of a normalised phrase as the parser makes them mid-sentence in a post. */
export function parsedPhraseTokens(key: string): string[] {
  const probe = `${key} x`;
  const { tree, sources } = parseSwedish(probe);
  return buildContext(tree, probe, sources, { channels: [], media: [] }).tokens.slice(0, -1).map((token) => token.lower);
}

/**
 * The tokens of a phrase (normalised) exactly as they would be mid-sentence in a post, so both sides
 * match ("t.ex." keeps its last dot only when a word follows it). For compiling lists, never per lint.
 */
export function phraseTokens(phrase: string): string[] {
  const key = normalize(phrase);
  let tokens = memo.get(key);
  if (!tokens) {
    tokens = plainWords.test(key) ? key.split(' ') : parsedPhraseTokens(key);
    memo.set(key, tokens);
  }
  return tokens;
}
