import type { TextContext, Token } from '../context.ts';
import { matchCase, normalize, stemOf } from './normalize.ts';
import { phraseTokens } from './phrase.ts';
import { guardMatches } from './position.ts';
import { lexiconFile, type LexiconEntry, type LexiconFile } from './schema.ts';

/** One match of a list in a text. */
export interface LexiconMatch<E extends LexiconEntry = LexiconEntry> {
  start: number;
  end: number;
  /** Half-open range into context.tokens. */
  firstToken: number;
  lastToken: number;
  entry: E;
  /** The matched form as written in the list (lowercase; a stem keeps its "*"). */
  form: string;
  /** The replacement for the matched form, capitalised like the text (null: none). */
  fix: string | null;
  /** The text as written. */
  actual: string;
}

/** A list compiled into a lexicon: what a rule keeps from its attacher and asks per text. */
export interface LexiconList<E extends LexiconEntry = LexiconEntry> {
  /** Every match in a text, left to right; per list, matches never overlap and the longest form wins. */
  find(context: TextContext): LexiconMatch<E>[];
  /** The files it was compiled from (for rules that tell entries apart by file). */
  readonly files: readonly LexiconFile[];
}

interface Phrase {
  list: number;
  tokens: string[];
  form: string;
  entry: LexiconEntry;
  fix: string | null;
}

interface Stem {
  list: number;
  stem: string;
  form: string;
  entry: LexiconEntry;
  fix: string | null;
}

interface Word {
  phrases: Phrase[];
  /**
   * The phrases that can match when the next token is a given word: those of one token and those
   * whose second token is that word, in the order of `phrases` (set when candidates are sorted).
   * "i" starts dozens of phrases ("i dag", "i enlighet med" …); most never need a look.
   */
  after?: Map<string, Phrase[]>;
  /** The phrases of one token: all that can match when the next token starts none. */
  single?: Phrase[];
  flags: number;
}

interface Hit {
  firstToken: number;
  lastToken: number;
  candidate: Phrase | Stem;
}

interface Scan {
  version: number;
  hits: Hit[][];
  flags: number[];
}

const stemKeyLength = 3;
// The first three letters hashed to a small integer: a map lookup without slicing a new string or boxing a
// double per token. Two prefixes may share a key; every stem is still checked with startsWith.
const stemKey = (word: string) => ((word.charCodeAt(0) * 1021 + word.charCodeAt(1)) * 1021 + word.charCodeAt(2)) & 0x3fffffff;
const sameSentence = (token: Token, other: Token | undefined) => (other && other.sentence === token.sentence ? other : undefined);
const hasLetter = /\p{L}/u;
let lexicons = 0;

/**
 * Every word list of one processor, compiled into one table keyed by the first token of each form
 * (plus one keyed by the first three letters for stems), and scanned once per text for all of them:
 * each token costs one map lookup, whatever the number of lists.
 */
export class Lexicon {
  private readonly key = `lexicon-${++lexicons}`;
  private readonly words = new Map<string, Word>();
  private readonly stems = new Map<number, Stem[]>();
  private readonly shortStems: Stem[] = [];
  /** Whether some form starts with a number or a symbol ("1177", "/s"): then those tokens are looked up too. */
  private otherKeys = false;
  private lists = 0;
  /** Bumped when a list or flag is added, so a text scanned before that is scanned again. */
  private version = 0;
  private sortedVersion = -1;

  /** Compiles one or more data files (validated) into one list. Call while the processor is built. */
  list<E extends LexiconEntry = LexiconEntry>(input: unknown | unknown[]): LexiconList<E> {
    const files = (Array.isArray(input) ? input : [input]).map((file) => lexiconFile(file));
    const list = this.lists++;
    this.version++;
    for (const file of files) {
      for (const entry of file.entries) {
        for (const [raw, fix] of Object.entries(entry.forms)) this.addForm(list, normalize(raw), entry, fix);
      }
    }
    const find = (context: TextContext) => this.matches(context, list) as LexiconMatch<E>[];
    return { find, files };
  }

  private addForm(list: number, form: string, entry: LexiconEntry, fix: string | null): void {
    const stem = stemOf(form);
    if (stem !== undefined) {
      const candidate = { list, stem, form, entry, fix };
      if (stem.length < stemKeyLength) this.shortStems.push(candidate);
      else {
        const bucket = this.stems.get(stemKey(stem)) ?? [];
        bucket.push(candidate);
        this.stems.set(stemKey(stem), bucket);
      }
      return;
    }
    const tokens = phraseTokens(form);
    if (tokens.length === 0) return;
    this.word(tokens[0]!).phrases.push({ list, tokens, form, entry, fix });
  }

  private word(lower: string): Word {
    let word = this.words.get(lower);
    if (!word) {
      if (!hasLetter.test(lower)) this.otherKeys = true;
      word = { phrases: [], flags: 0 };
      this.words.set(lower, word);
    }
    return word;
  }

  /** Sets bit flags on exact words (an analysis's own vocabulary, e.g. role words), read per token with flagsOf. */
  flag(words: Iterable<string>, flag: number): void {
    for (const word of words) this.word(normalize(word)).flags |= flag;
    this.version++;
  }

  /** Each token's flags in a text (0 for tokens that are not words). */
  flagsOf(context: TextContext): number[] {
    return this.scan(context).flags;
  }

  /**
   * The same flags as flagsOf, without matching any list when the text has not been scanned yet: a
   * look-up per word, for a cheap first look (the person hints) that most posts never go beyond.
   */
  wordFlagsOf(context: TextContext): number[] {
    const scan = context.cache[this.key] as Scan | undefined;
    if (scan && scan.version === this.version) return scan.flags;
    return context.tokens.map((token) => (token.kind === 'word' ? (this.words.get(token.lower)?.flags ?? 0) : 0));
  }

  private matches(context: TextContext, list: number): LexiconMatch[] {
    const hits = this.scan(context).hits[list]!;
    if (hits.length === 0) return [];
    const { tokens, text } = context;
    return hits.map(({ firstToken, lastToken, candidate }) => {
      const start = tokens[firstToken]!.start;
      const end = tokens[lastToken - 1]!.end;
      const actual = text.slice(start, end);
      return { start, end, firstToken, lastToken, entry: candidate.entry, form: candidate.form, fix: candidate.fix === null ? null : matchCase(actual, candidate.fix), actual };
    });
  }

  /** Longest form first at each position; sorted once, at the first scan after lists were added. */
  private sortCandidates(): void {
    for (const word of this.words.values()) {
      word.phrases.sort((a, b) => b.tokens.length - a.tokens.length);
      word.single = word.phrases.filter((phrase) => phrase.tokens.length === 1);
      word.after = new Map();
      for (const second of new Set(word.phrases.filter((phrase) => phrase.tokens.length > 1).map((phrase) => phrase.tokens[1]!))) {
        word.after.set(second, word.phrases.filter((phrase) => phrase.tokens.length === 1 || phrase.tokens[1] === second));
      }
    }
    for (const bucket of this.stems.values()) bucket.sort((a, b) => b.stem.length - a.stem.length);
    this.shortStems.sort((a, b) => b.stem.length - a.stem.length);
    this.sortedVersion = this.version;
  }

  private scan(context: TextContext): Scan {
    if (this.sortedVersion !== this.version) this.sortCandidates();
    const cache = context.cache;
    let scan = cache[this.key] as Scan | undefined;
    if (!scan || scan.version !== this.version) {
      scan = this.scanTokens(context.tokens);
      cache[this.key] = scan;
    }
    return scan;
  }

  private scanTokens(tokens: Token[]): Scan {
    const hits: Hit[][] = Array.from({ length: this.lists }, () => []);
    const flags = new Array<number>(tokens.length).fill(0);
    const nextFree = new Array<number>(this.lists).fill(0);
    // found[list] === index + 1: the list already has its match at this token (no clearing per token).
    const found = new Array<number>(this.lists).fill(0);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      // Most lists start every form with a word: then numbers, punctuation and symbols are skipped.
      if (token.kind !== 'word' && !this.otherKeys) continue;
      const lower = token.lower;
      const mark = index + 1;
      const word = this.words.get(lower);
      if (word) {
        if (token.kind === 'word') flags[index] = word.flags;
        // Only phrases of one token, or whose second token is the next token, can match here.
        const next = tokens[index + 1];
        const phrases = (next && word.after!.get(next.lower)) || word.single!;
        for (const candidate of phrases) {
          if (found[candidate.list] === mark || index < nextFree[candidate.list]!) continue;
          const last = index + candidate.tokens.length;
          if (last > tokens.length) continue;
          let same = true;
          for (let offset = 1; offset < candidate.tokens.length && same; offset++) same = tokens[index + offset]!.lower === candidate.tokens[offset];
          if (!same || cancelled(tokens, index, last, candidate.entry)) continue;
          found[candidate.list] = mark;
          nextFree[candidate.list] = last;
          hits[candidate.list]!.push({ firstToken: index, lastToken: last, candidate });
        }
      }
      if (token.kind !== 'word') continue;
      const stems = lower.length >= stemKeyLength ? this.stems.get(stemKey(lower)) : undefined;
      if (stems) matchStems(stems, tokens, index, found, nextFree, hits);
      if (this.shortStems.length > 0) matchStems(this.shortStems, tokens, index, found, nextFree, hits);
    }
    return { version: this.version, hits, flags };
  }
}

/** Whether an entry's guards cancel the match of tokens [first, last). */
function cancelled(tokens: Token[], first: number, last: number, entry: LexiconEntry): boolean {
  if (!entry.notBefore && !entry.onlyBefore && !entry.notAfter && !entry.notInSentence) return false;
  const token = tokens[first]!;
  const next = sameSentence(token, tokens[last]);
  if (entry.notBefore && guardMatches(next, entry.notBefore)) return true;
  if (entry.onlyBefore && !guardMatches(next, entry.onlyBefore)) return true;
  if (entry.notAfter && guardMatches(sameSentence(token, tokens[first - 1]), entry.notAfter)) return true;
  if (entry.notInSentence) {
    const words = entry.notInSentence;
    for (let at = first - 1; at >= 0 && tokens[at]!.sentence === token.sentence; at--) if (words.includes(tokens[at]!.lower)) return true;
    for (let at = last; at < tokens.length && tokens[at]!.sentence === token.sentence; at++) if (words.includes(tokens[at]!.lower)) return true;
  }
  return false;
}

function matchStems(stems: Stem[], tokens: Token[], index: number, found: number[], nextFree: number[], hits: Hit[][]): void {
  const lower = tokens[index]!.lower;
  for (const candidate of stems) {
    if (found[candidate.list] === index + 1 || index < nextFree[candidate.list]! || !lower.startsWith(candidate.stem)) continue;
    if (cancelled(tokens, index, index + 1, candidate.entry)) continue;
    found[candidate.list] = index + 1;
    nextFree[candidate.list] = index + 1;
    hits[candidate.list]!.push({ firstToken: index, lastToken: index + 1, candidate });
  }
}
