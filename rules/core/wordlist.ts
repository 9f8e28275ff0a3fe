import type { TextContext, Token } from './context.ts';
import { parseSwedish } from './parse.ts';
import { buildContext } from './context.ts';

export interface WordListEntry<T> {
  /**
   * Phrases in lowercase, tokenised like the post ("erhålla", "vad avser", "och/eller").
   * A single word ending in "*" matches every word that starts with it ("sjukskriv*").
   */
  phrases: string[];
  data: T;
}

export interface WordListHit<T> {
  start: number;
  end: number;
  /** Half-open range into context.tokens. */
  firstToken: number;
  lastToken: number;
  /** The phrase as written in the list. */
  phrase: string;
  data: T;
}

interface CompiledPhrase<T> {
  tokens: string[];
  phrase: string;
  data: T;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The tokens of a phrase (lowercase) exactly as they would be mid-sentence in a post, so both sides
 * match ("t.ex." keeps its last dot only when a word follows it). For compiling lists, never per lint.
 */
export function phraseTokens(phrase: string): string[] {
  const probe = `${phrase} x`;
  const { tree, sources } = parseSwedish(probe);
  return buildContext(tree, probe, sources, { channels: [], media: [] }).tokens.slice(0, -1).map((token) => token.lower);
}

/**
 * Compiles a word list once (at processor build) into a lookup by first token plus one regex
 * for stems, so that finding every hit in a post is one pass over its tokens.
 */
export function compileWordList<T>(entries: WordListEntry<T>[]) {
  const byFirstToken = new Map<string, CompiledPhrase<T>[]>();
  const stems: { stem: string; data: T; phrase: string }[] = [];
  for (const entry of entries) {
    for (const raw of entry.phrases) {
      const phrase = raw.toLowerCase().normalize('NFC').trim();
      if (phrase.endsWith('*') && !phrase.includes(' ')) {
        stems.push({ stem: phrase.slice(0, -1), data: entry.data, phrase });
        continue;
      }
      const tokens = phraseTokens(phrase);
      if (tokens.length === 0) continue;
      const list = byFirstToken.get(tokens[0]!) ?? [];
      list.push({ tokens, phrase, data: entry.data });
      byFirstToken.set(tokens[0]!, list);
    }
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  stems.sort((a, b) => b.stem.length - a.stem.length);
  const stemPattern = stems.length > 0 ? new RegExp(`^(?:${stems.map((stem) => escape(stem.stem)).join('|')})`, 'u') : undefined;
  const stemByPrefix = new Map(stems.map((stem) => [stem.stem, stem]));

  function matchAt(tokens: Token[], index: number): WordListHit<T> | undefined {
    const first = tokens[index]!;
    for (const candidate of byFirstToken.get(first.lower) ?? []) {
      const last = index + candidate.tokens.length;
      if (last > tokens.length) continue;
      let same = true;
      for (let offset = 1; offset < candidate.tokens.length && same; offset++) {
        same = tokens[index + offset]!.lower === candidate.tokens[offset];
      }
      if (same) {
        return { start: first.start, end: tokens[last - 1]!.end, firstToken: index, lastToken: last, phrase: candidate.phrase, data: candidate.data };
      }
    }
    if (stemPattern && first.kind === 'word') {
      const stem = stemPattern.exec(first.lower)?.[0];
      const entry = stem === undefined ? undefined : stemByPrefix.get(stem);
      if (entry) return { start: first.start, end: first.end, firstToken: index, lastToken: index + 1, phrase: entry.phrase, data: entry.data };
    }
    return undefined;
  }

  return {
    /** The first token of every phrase (stems aside). */
    firstTokens: new Set(byFirstToken.keys()) as ReadonlySet<string>,
    /** Whether the list has stems ("sjukskriv*"), which match by prefix, not by first token. */
    hasStems: stems.length > 0,
    /** Every non-overlapping hit, longest phrase first at each position. */
    find(context: TextContext): WordListHit<T>[] {
      const hits: WordListHit<T>[] = [];
      const { tokens } = context;
      for (let index = 0; index < tokens.length; index++) {
        const hit = matchAt(tokens, index);
        if (!hit) continue;
        hits.push(hit);
        index = hit.lastToken - 1;
      }
      return hits;
    },
    matchAt,
  };
}

export type WordList<T> = ReturnType<typeof compileWordList<T>>;
