import { parseSwedish } from '../parse.ts';
import { buildContext } from '../context.ts';
import { normalize } from './normalize.ts';

// A pure function of the phrase: profiles compiled later reuse the tokens (compiling never parses twice).
const memo = new Map<string, string[]>();

/**
 * The tokens of a phrase (normalised) exactly as they would be mid-sentence in a post, so both sides
 * match ("t.ex." keeps its last dot only when a word follows it). For compiling lists, never per lint.
 */
export function phraseTokens(phrase: string): string[] {
  const key = normalize(phrase);
  let tokens = memo.get(key);
  if (!tokens) {
    const probe = `${key} x`;
    const { tree, sources } = parseSwedish(probe);
    tokens = buildContext(tree, probe, sources, { channels: [], media: [] }).tokens.slice(0, -1).map((token) => token.lower);
    memo.set(key, tokens);
  }
  return tokens;
}
