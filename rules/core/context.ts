import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { findEmoji } from './emoji.ts';
import { location } from 'vfile-location';
import type { Point } from 'unist';
import type { Language, LintInput } from './types.ts';
import type { SourceSpan } from './parse.ts';

export type TokenKind = 'word' | 'number' | 'source' | 'symbol' | 'punctuation';

export interface Token {
  kind: TokenKind;
  value: string;
  /** Lowercase, NFC: what word lists match against. */
  lower: string;
  start: number;
  end: number;
  sentence: number;
  /** Index in `tokens`. */
  index: number;
  /** For kind "source": what it is. */
  source?: SourceSpan;
}

export interface SentenceSpan {
  start: number;
  end: number;
  /** Half-open range into `tokens`. */
  firstToken: number;
  lastToken: number;
  /** Words with letters (LIX words). */
  wordCount: number;
}

export interface Span {
  start: number;
  end: number;
  value: string;
}

/** Everything the rules need about one text, derived once from the one parse. */
export interface TextContext {
  text: string;
  tree: Root;
  input: LintInput;
  /** Words, numbers, syntax nodes, symbols and punctuation, in order; no white space. */
  tokens: Token[];
  /** Tokens of kind "word" that contain letters: the words LIX counts. */
  words: Token[];
  sentences: SentenceSpan[];
  sources: SourceSpan[];
  /** Emoji as grapheme clusters (ZWJ, skin tone and flag sequences are one). */
  emoji: Span[];
  /** Passages inside quotation marks. */
  quotes: Span[];
  /** Start offset of each line. */
  lineStarts: number[];
  isQuoted(start: number, end: number): boolean;
  /** 1-based line and column of an offset. */
  point(offset: number): Point;
  /** The language the text is linted as (the linter sets it before any rule runs). */
  language: Language;
  /** What rules derive from this text and share (core/text-cache.ts). */
  cache: Record<string, unknown>;
}

const hasLetter = /\p{L}/u;
const isNumeric = /^[\p{N}.,:–-]+$/u;
// Straight and typographic double quotes, guillemets; single quotes are too often apostrophes.
const quotePattern = /"[^"\n]{1,2000}"|”[^”\n]{1,2000}”|“[^”“\n]{1,2000}[”“]|«[^»\n]{1,2000}»|„[^“”\n]{1,2000}[“”]/g;

function findQuotes(text: string): Span[] {
  return [...text.matchAll(quotePattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: match[0],
  }));
}

/** Index of the last item whose key is ≤ value (−1 if none), by binary search over items in ascending order of key. */
function lastAtOrBeforeBy<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle]!) <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Index of the last number ≤ value in an ascending list (−1 if none). */
export const lastAtOrBefore = (values: readonly number[], value: number) => lastAtOrBeforeBy(values, (item) => item, value);

/** Index of the last span whose start is ≤ offset (−1 if none), in spans ordered by start. */
export const lastStartingAtOrBefore = (spans: readonly { start: number }[], offset: number) => lastAtOrBeforeBy(spans, (span) => span.start, offset);

/** Index of the first span that ends after offset (spans.length if none), in spans that do not overlap, in order. */
export const firstEndingAfter = (spans: readonly { end: number }[], offset: number) => lastAtOrBeforeBy(spans, (span) => span.end, offset) + 1;

/**
 * The furthest end among the spans up to each index, for spans ordered by start that may nest or overlap
 * (an e-mail address inside a URL): ascending, so a binary search finds the first span reaching past an offset.
 */
export function furthestEnds(spans: readonly { end: number }[]): number[] {
  const reach: number[] = [];
  for (const span of spans) reach.push(Math.max(span.end, reach.at(-1) ?? -Infinity));
  return reach;
}

/**
 * Whether [start, end) overlaps any of the spans (ordered by start), by binary search: a text may hold
 * thousands of spans ("@a @a @a …" is all mentions), and a search of them all for each of thousands of
 * hits took most of a lint.
 */
export function overlapTest(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const reach = furthestEnds(spans);
  return (start, end) => {
    const last = lastStartingAtOrBefore(spans, end - 1);
    return last >= 0 && reach[last]! > start;
  };
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 10) return true;
  return false;
}

/** a–z, A–Z and the Latin-1 letters (À–ÿ without × and ÷): all \p{L}. */
const isLatinLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);

function tokenKind(type: string, value: string): TokenKind {
  if (type === 'SourceNode') return 'source';
  if (type === 'SymbolNode') return 'symbol';
  if (type === 'PunctuationNode') return 'punctuation';
  // Most words start with a Latin letter: no regex needed for them.
  if (isLatinLetter(value.charCodeAt(0)) || hasLetter.test(value)) return 'word';
  return isNumeric.test(value) ? 'number' : 'symbol';
}

function pointer(text: string): (offset: number) => Point {
  const toPoint = location(text).toPoint;
  return (offset) => toPoint(offset) ?? { line: 1, column: 1, offset };
}

export function buildContext(tree: Root, text: string, sources: SourceSpan[], input: LintInput): TextContext {
  const tokens: Token[] = [];
  const words: Token[] = [];
  const sentences: SentenceSpan[] = [];
  const quotes = findQuotes(text);
  const lineStarts = findLineStarts(text);
  // Normalising every token is costly; most posts are NFC already.
  const nfc = text === text.normalize('NFC');

  // An empty sentence is reused, so that token.sentence always indexes `sentences`.
  const startSentence = (start: number) => {
    const last = sentences.at(-1);
    if (last && last.lastToken === last.firstToken) {
      last.start = start;
      last.end = start;
      return;
    }
    sentences.push({ start, end: start, firstToken: tokens.length, lastToken: tokens.length, wordCount: 0 });
  };

  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      startSentence(sentence.position!.start.offset!);
      for (const child of sentence.children) {
        const start = child.position!.start.offset!;
        const end = child.position!.end.offset!;
        if (child.type === 'WhiteSpaceNode') {
          // A line break inside a paragraph ends a sentence too: posts use lines as units.
          if (hasLineBreak(text, start, end) && sentences.at(-1)!.firstToken < tokens.length) {
            startSentence(child.position!.end.offset!);
          }
          continue;
        }
        const value = text.slice(start, end);
        const kind = tokenKind(child.type, value);
        const lower = value.toLowerCase();
        const token: Token = {
          kind,
          value,
          lower: nfc ? lower : lower.normalize('NFC'),
          start,
          end,
          sentence: sentences.length - 1,
          index: tokens.length,
          // Always present, so that every token has one shape and the rules' reads of tokens stay monomorphic.
          source: kind === 'source' ? (child.data as { span?: SourceSpan } | undefined)?.span : undefined,
        };
        tokens.push(token);
        const current = sentences.at(-1)!;
        current.lastToken = tokens.length;
        current.end = token.end;
        if (kind === 'word') {
          words.push(token);
          current.wordCount++;
        }
      }
    }
  }

  return {
    text,
    tree,
    input,
    tokens,
    words,
    sentences: sentences.at(-1)?.lastToken === sentences.at(-1)?.firstToken ? sentences.slice(0, -1) : sentences,
    sources,
    emoji: findEmoji(text),
    quotes,
    lineStarts,
    isQuoted: (start, end) => {
      // The quotes do not overlap and are in order: only the last one starting at or before `start` can hold the span.
      const quote = quotes[lastStartingAtOrBefore(quotes, start)];
      return quote !== undefined && end <= quote.end;
    },
    point: pointer(text),
    language: input.language ?? 'sv',
    cache: {},
  };
}

const key = 'postkoll';

export function attachContext(file: VFile, context: TextContext): void {
  (file.data as Record<string, unknown>)[key] = context;
}

/** The shared analysis of the file's text, built once before any rule runs. */
export function contextOf(file: VFile): TextContext {
  const context = (file.data as Record<string, unknown>)[key] as TextContext | undefined;
  if (!context) throw new Error('Postkoll: the text context is missing; lint through createLinter().');
  return context;
}
