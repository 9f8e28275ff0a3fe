import type { TextContext, Token } from '../../core/context.ts';
import { scanner } from './scan.ts';
import { capitalised } from './lexicon.ts';

/**
 * What every step of the person analysis reads: segments (sentences, split again at ". X"), each
 * token's lexicon flags (from the pack's one scan) and which words are capitalised like a name.
 */
export interface Frame {
  context: TextContext;
  tokens: Token[];
  text: string;
  length: number;
  segmentOf: number[];
  flags: number[];
  /** 1 for a word written like a name ("Anna", "Al-Hassan"). */
  capital: number[];
  sameSegment(a: number, b: number): boolean;
  /** First word of its segment, or after a symbol or punctuation other than a comma. */
  isSegmentInitial(index: number): boolean;
  /** Indexes of up to |count| words before (negative) or after (positive) a token, within its segment. */
  wordsInSegment(from: number, count: number): number[];
}

const sentenceEndCodes = new Set([46, 33, 63, 8230]);

export function frameOf(context: TextContext): Frame {
  const { tokens, text } = context;
  const length = tokens.length;
  // Plain arrays, not typed ones: an ArrayBuffer per lint costs more in garbage collection than it saves.
  const segmentOf = new Array<number>(length).fill(0);
  const flags = scanner().flags(context);
  const capital = new Array<number>(length).fill(0);
  let current = 0;
  for (let index = 0; index < length; index++) {
    const token = tokens[index]!;
    const upper = token.value[0] !== token.lower[0];
    if (index > 0) {
      const previous = tokens[index - 1]!;
      if (previous.sentence !== token.sentence || (upper && sentenceEndCodes.has(previous.value.charCodeAt(previous.value.length - 1)))) current++;
    }
    segmentOf[index] = current;
    if (token.kind !== 'word') continue;
    if (upper && capitalised.test(token.value)) capital[index] = 1;
  }
  const sameSegment = (a: number, b: number) => b >= 0 && b < length && segmentOf[a] === segmentOf[b];
  return {
    context,
    tokens,
    text,
    length,
    segmentOf,
    flags,
    capital,
    sameSegment,
    isSegmentInitial: (index) => {
      const previous = tokens[index - 1];
      if (!previous || segmentOf[index - 1] !== segmentOf[index]) return true;
      return previous.kind === 'symbol' || (previous.kind === 'punctuation' && previous.value !== ',');
    },
    wordsInSegment: (from, count) => {
      const found: number[] = [];
      const step = count < 0 ? -1 : 1;
      for (let index = from + step; found.length < Math.abs(count) && sameSegment(from, index); index += step) {
        if (tokens[index]!.kind === 'word') found.push(index);
      }
      return found;
    },
  };
}
