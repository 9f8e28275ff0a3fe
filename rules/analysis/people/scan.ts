import type { TextContext, Token } from '../../core/context.ts';
import { phraseTokens, type WordListEntry, type WordListHit } from '../../core/wordlist.ts';
import { cacheOf } from '../../core/text-cache.ts';

/**
 * One pass over a text's tokens for every word list of the personal-data pack, and for the bit
 * flags the person analysis asks about (first names, possessives, role words …): one table keyed by
 * the lowercase word holds both, so each token costs one lookup (plus one numeric lookup for stems),
 * which after a parse has pushed everything out of the CPU caches is what the time goes on. compileWordList
 * scans once per list; with a dozen lists (keywords of four rules, gazetteer, child words, settings,
 * recruitment words) that alone would exceed the pack's 0.3 ms budget, so the lists are compiled into
 * one lookup (first token → phrases, first three letters → stems) and scanned together, once per text.
 * Semantics match compileWordList: per list, hits do not overlap, the longest phrase wins at a
 * position, exact phrases before stems, and a stem ("sjuk*") matches only a word token.
 */

/** A hit of one list, as compileWordList reports it. */
export type ScanHit<T> = WordListHit<T>;

interface Phrase {
  list: number;
  tokens: string[];
  phrase: string;
  data: unknown;
}

interface Stem {
  list: number;
  stem: string;
  phrase: string;
  data: unknown;
}

interface WordEntry {
  phrases: Phrase[];
  flags: number;
}

/** What one scan of a text gives: every list's hits and each token's flags. */
export interface ScanResult {
  hits: ScanHit<unknown>[][];
  flags: number[];
}

export interface ListHandle<T> {
  readonly index: number;
  /** Type marker only. */
  readonly _data?: T;
}

const stemKeyLength = 3;
// The first three letters as one number: a map lookup without slicing a new string per token.
const stemKey = (word: string) => word.charCodeAt(0) * 4294967296 + word.charCodeAt(1) * 65536 + word.charCodeAt(2);

export class Scanner {
  private readonly names = new Map<string, number>();
  private readonly words = new Map<string, WordEntry>();
  private numberKeys = false;
  private readonly stems = new Map<number, Stem[]>();
  private readonly shortStems: Stem[] = [];
  private lists = 0;
  /** Bumped when a list is added, so a text scanned before that is scanned again. */
  private version = 0;

  /** Registers a list once (by name) while rules attach; later calls with the same name return the same handle. */
  add<T>(name: string, entries: WordListEntry<T>[]): ListHandle<T> {
    const known = this.names.get(name);
    if (known !== undefined) return { index: known };
    const list = this.lists++;
    this.names.set(name, list);
    this.version++;
    for (const entry of entries) {
      for (const raw of entry.phrases) {
        const phrase = raw.toLowerCase().normalize('NFC').trim();
        if (phrase.endsWith('*') && !phrase.includes(' ')) {
          const stem = { list, stem: phrase.slice(0, -1), phrase, data: entry.data };
          if (stem.stem.length < stemKeyLength) this.shortStems.push(stem);
          else {
            const key = stemKey(stem.stem);
            const bucket = this.stems.get(key) ?? [];
            bucket.push(stem);
            bucket.sort((a, b) => b.stem.length - a.stem.length);
            this.stems.set(key, bucket);
          }
          continue;
        }
        const tokens = phraseTokens(phrase);
        if (tokens.length === 0) continue;
        const word = this.entry(tokens[0]!);
        word.phrases.push({ list, tokens, phrase, data: entry.data });
        word.phrases.sort((a, b) => b.tokens.length - a.tokens.length);
      }
    }
    return { index: list };
  }

  private entry(word: string): WordEntry {
    let entry = this.words.get(word);
    if (!entry) {
      if (!/\p{L}/u.test(word)) this.numberKeys = true;
      entry = { phrases: [], flags: 0 };
      this.words.set(word, entry);
    }
    return entry;
  }

  /** Sets bit flags on exact lowercase words (the person analysis's lexicon). */
  addFlags(words: string[], flag: number): void {
    for (const word of words) this.entry(word).flags |= flag;
    this.version++;
  }

  /** The hits of one list in a text; the first call for a text scans every list. */
  hits<T>(context: TextContext, handle: ListHandle<T>): ScanHit<T>[] {
    return this.result(context).hits[handle.index] as ScanHit<T>[];
  }

  /** Each token's flags (0 for tokens that are not words). */
  flags(context: TextContext): number[] {
    return this.result(context).flags;
  }

  private result(context: TextContext): ScanResult {
    const cache = cacheOf(context);
    let result = cache.scan as ScanResult | undefined;
    if (!result || cache.scanVersion !== this.version) {
      result = this.scan(context.tokens);
      cache.scan = result;
      cache.scanVersion = this.version;
    }
    return result;
  }

  private scan(tokens: Token[]): ScanResult {
    const result: ScanHit<unknown>[][] = Array.from({ length: this.lists }, () => []);
    const flags = new Array<number>(tokens.length).fill(0);
    const nextFree = new Array<number>(this.lists).fill(0);
    // found[list] === index + 1: the list already has its hit at this token (no clearing per token).
    const found = new Array<number>(this.lists).fill(0);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      const lower = token.lower;
      const mark = index + 1;
      // Punctuation and symbols start no phrase; numbers only when a list has one ("1177").
      if (token.kind !== 'word' && (token.kind !== 'number' || !this.numberKeys)) continue;
      const entry = this.words.get(lower);
      if (entry) {
        if (token.kind === 'word') flags[index] = entry.flags;
        for (const candidate of entry.phrases) {
          if (found[candidate.list] === mark || index < nextFree[candidate.list]!) continue;
          const last = index + candidate.tokens.length;
          if (last > tokens.length) continue;
          let same = true;
          for (let offset = 1; offset < candidate.tokens.length && same; offset++) same = tokens[index + offset]!.lower === candidate.tokens[offset];
          if (!same) continue;
          found[candidate.list] = mark;
          nextFree[candidate.list] = last;
          result[candidate.list]!.push({ start: token.start, end: tokens[last - 1]!.end, firstToken: index, lastToken: last, phrase: candidate.phrase, data: candidate.data });
        }
      }
      if (token.kind !== 'word') continue;
      const stems = lower.length >= stemKeyLength ? this.stems.get(stemKey(lower)) : undefined;
      if (stems) this.matchStems(stems, token, index, lower, found, nextFree, result);
      if (this.shortStems.length > 0) this.matchStems(this.shortStems, token, index, lower, found, nextFree, result);
    }
    return { hits: result, flags };
  }

  private matchStems(stems: Stem[], token: Token, index: number, lower: string, found: number[], nextFree: number[], result: ScanHit<unknown>[][]): void {
    for (const candidate of stems) {
      if (found[candidate.list] === index + 1 || index < nextFree[candidate.list]! || !lower.startsWith(candidate.stem)) continue;
      found[candidate.list] = index + 1;
      nextFree[candidate.list] = index + 1;
      result[candidate.list]!.push({ start: token.start, end: token.end, firstToken: index, lastToken: index + 1, phrase: candidate.phrase, data: candidate.data });
    }
  }
}

const shared = new Scanner();

/**
 * The pack's one scanner. Profile-independent lists share it under fixed names; a profile's own list
 * (the gazetteer) goes in under a name built from its content, so two profiles never mix.
 */
export function scanner(): Scanner {
  return shared;
}
