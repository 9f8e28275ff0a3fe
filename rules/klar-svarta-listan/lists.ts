import { z } from 'zod';
import type { TextContext, Token } from '../core/context.ts';
import { compileWordList, type WordList, type WordListHit } from '../core/wordlist.ts';
import { cached } from '../core/text-cache.ts';

/**
 * One entry of a word-list data file (shared by the ton- and klar- list rules). Every inflected
 * form is listed explicitly, each with the replacement in the same form, or null where no
 * mechanical replacement fits ("erhöll" → "fick", "erhållits" → null).
 */
export interface ListEntry {
  forms: Record<string, string | null>;
  /** What to write instead, as shown in the message. */
  forslag?: string;
  /** Steps from the rule's severity: -1 for the catalog's info-level entries. */
  shift?: number;
  /** The next token (lowercase) that cancels a match: "hinder" is fine unless "av" follows. */
  notBefore?: string[];
  /** The next token must be one of these; "#number" is any number, "#capital" a capitalised word. */
  onlyBefore?: string[];
  /** The previous token (lowercase) that cancels a match: "eller ej". */
  notAfter?: string[];
  /** Why the entry is there or limited (for people editing the list). */
  note?: string;
  /** What kind of entry it is, for rules that mix lists ("bio", "here"). */
  tag?: string;
}

export interface ListFile {
  source: string;
  entries: ListEntry[];
}

const entrySchema = z.looseObject({
  forms: z.record(z.string().min(1), z.string().nullable()),
  forslag: z.string().optional(),
  shift: z.number().int().min(-2).max(2).optional(),
  notBefore: z.array(z.string()).optional(),
  onlyBefore: z.array(z.string()).optional(),
  notAfter: z.array(z.string()).optional(),
  note: z.string().optional(),
});

/** Validates a list's entries from its JSON data file (a broken data file fails at start, not mid-lint). */
export function listEntries(entries: unknown): ListEntry[] {
  return z.array(entrySchema).parse(entries);
}

/** Validates a whole list data file: its source and its entries. */
export function listFile(data: { source: string; entries?: unknown }): ListFile {
  return { source: z.string().min(10).parse(data.source), entries: listEntries(data.entries) };
}

export interface ListMatch {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  entry: ListEntry;
  /** The matched form as written in the list. */
  form: string;
  /** The replacement for the matched form, capitalised like the text. */
  fix: string | null;
  /** The text as written. */
  actual: string;
}

interface Compiled {
  entry: ListEntry;
  fix: string | null;
}

export interface CompiledList {
  matcher: WordList<Compiled>;
}

/** Plain phrases, no fixes, each tagged (for rules that only need to find them). */
export function compilePhrases(groups: Record<string, string[]>): CompiledList {
  return compileLists([
    { source: 'phrases', entries: Object.entries(groups).map(([tag, phrases]) => ({ tag, forms: Object.fromEntries(phrases.map((phrase) => [phrase, null])) })) },
  ]);
}

// Which compiled lists a token may start a phrase of. One pass per text sorts the tokens to the lists
// they could start; each rule then looks only at its own few (most tokens start nothing).
const listsByFirstToken = new Map<string, CompiledList[]>();
const none: number[] = [];

function candidates(context: TextContext, list: CompiledList): number[] {
  const byList = cached(context, 'list-candidates', () => {
    const found = new Map<CompiledList, number[]>();
    const { tokens } = context;
    for (let index = 0; index < tokens.length; index++) {
      const lists = listsByFirstToken.get(tokens[index]!.lower);
      if (!lists) continue;
      for (const owner of lists) {
        const indexes = found.get(owner);
        if (indexes) indexes.push(index);
        else found.set(owner, [index]);
      }
    }
    return found;
  });
  return byList.get(list) ?? none;
}

/** Compiles one or more list files into one matcher (once, in a rule's attacher). */
export function compileLists(files: ListFile[]): CompiledList {
  const entries = files.flatMap((file) =>
    file.entries.flatMap((entry) => Object.entries(entry.forms).map(([form, fix]) => ({ phrases: [form.toLowerCase().normalize('NFC')], data: { entry, fix } }))),
  );
  const matcher = compileWordList(entries);
  // Candidates are found by first token (below): a stem there would never match.
  if (matcher.hasStems) throw new Error('compileLists: list forms are whole words; a form ending in "*" is a stem, which only compileWordList takes.');
  const list: CompiledList = { matcher };
  for (const first of matcher.firstTokens) {
    const lists = listsByFirstToken.get(first);
    if (lists) lists.push(list);
    else listsByFirstToken.set(first, [list]);
  }
  return list;
}

const hasLower = /\p{Ll}/u;
const hasLetter = /\p{L}/u;

/** The replacement written with the matched text's capitalisation: "Erhåller" → "Får", "ERHÅLLER" → "FÅR". */
export function matchCase(actual: string, replacement: string): string {
  if (!replacement) return replacement;
  if (actual.length > 1 && hasLetter.test(actual) && !hasLower.test(actual)) return replacement.toUpperCase();
  const first = actual.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

const isUpperInitial = (value: string) => {
  const first = value.charAt(0);
  return first !== first.toLowerCase();
};

function guardMatches(token: Token | undefined, guards: string[]): boolean {
  if (!token) return false;
  for (const guard of guards) {
    if (guard === '#number' ? token.kind === 'number' : guard === '#capital' ? token.kind === 'word' && isUpperInitial(token.value) : token.lower === guard) return true;
  }
  return false;
}

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

/**
 * Every match of a compiled list in a text, left to right, longest phrase first, skipping those
 * an entry's guards cancel. One pass over the tokens.
 */
const inSentence = (token: Token, other: Token | undefined) => (other && other.sentence === token.sentence ? other : undefined);

export function findInList(list: CompiledList, context: TextContext): ListMatch[] {
  const { tokens, text } = context;
  const { matcher } = list;
  const matches: ListMatch[] = [];
  let after = 0;
  for (const index of candidates(context, list)) {
    if (index < after) continue;
    const token = tokens[index]!;
    const hit: WordListHit<Compiled> | undefined = matcher.matchAt(tokens, index);
    if (!hit) continue;
    const { entry, fix } = hit.data;
    const next = inSentence(token, tokens[hit.lastToken]);
    const previous = inSentence(token, tokens[index - 1]);
    if (entry.notBefore && guardMatches(next, entry.notBefore)) continue;
    if (entry.onlyBefore && !guardMatches(next, entry.onlyBefore)) continue;
    if (entry.notAfter && guardMatches(previous, entry.notAfter)) continue;
    const actual = text.slice(hit.start, hit.end);
    matches.push({
      start: hit.start,
      end: hit.end,
      firstToken: hit.firstToken,
      lastToken: hit.lastToken,
      entry,
      form: hit.phrase,
      fix: fix === null ? null : matchCase(actual, fix),
      actual,
    });
    after = hit.lastToken;
  }
  return matches;
}

/** Whether a span overlaps a URL, e-mail address, mention or hashtag. */
export function inSource(context: TextContext, start: number, end: number): boolean {
  return context.sources.some((source) => start < source.end && end > source.start);
}
