import { overlapTest, type TextContext, type Token } from '../context.ts';
import { cached } from '../text-cache.ts';
import { isUpperInitial } from './normalize.ts';

/**
 * Whether the token at `index` begins a sentence or a line (only punctuation or symbols before it),
 * or, unless `afterColon` is false, follows a colon.
 */
export function atSentenceStart(context: TextContext, index: number, afterColon = true): boolean {
  const token = context.tokens[index]!;
  for (let previous = index - 1; previous >= 0; previous--) {
    const before = context.tokens[previous]!;
    if (before.sentence !== token.sentence) return true;
    if (before.kind !== 'punctuation' && before.kind !== 'symbol') return false;
    // After a colon a capital may begin a new clause ("Viktigt: Du behöver …").
    if (before.value === ':') return afterColon;
  }
  return true;
}

/** A capitalised word that does not start a sentence: a name, so list rules leave it alone. */
export function isNameLike(context: TextContext, index: number): boolean {
  const token = context.tokens[index]!;
  return token.kind === 'word' && isUpperInitial(token.value) && !atSentenceStart(context, index);
}

/** Whether a span overlaps a URL, e-mail address, mention or hashtag. */
export function inSource(context: TextContext, start: number, end: number): boolean {
  return cached(context, 'inSource', () => overlapTest(context.sources))(start, end);
}

/** Whether a guard list names the token: a word, "#number" (any number) or "#capital" (a capitalised word). */
export function guardMatches(token: Token | undefined, guards: readonly string[]): boolean {
  if (!token) return false;
  for (const guard of guards) {
    if (guard === '#number' ? token.kind === 'number' : guard === '#capital' ? token.kind === 'word' && isUpperInitial(token.value) : token.lower === guard) return true;
  }
  return false;
}
