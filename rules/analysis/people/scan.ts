import type { TextContext } from '../../core/context.ts';
import { Lexicon, lexiconFile, type LexiconList } from '../../core/lexicon/index.ts';

/**
 * The person model's word data on the one lexicon engine (rules/core/lexicon): its own vocabulary as
 * per-token bit flags (role words, possessives, speech verbs …) and its lists (children, known places,
 * the profile's gazetteer), all found in one scan per text. Rules declare their own keyword lists in
 * meta.lists (core/lexicon) instead.
 * Lists are registered once by name while rules attach; a profile's own list (the gazetteer) goes in
 * under a name built from its content, so two profiles never mix.
 */

/** A hit of one list: where it is, the form that matched, and the data its entry carries. */
export interface ScanHit<T> {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  phrase: string;
  data: T;
}

export interface ListHandle<T> {
  readonly list: LexiconList;
  /** Type marker only. */
  readonly _data?: T;
}

export interface ListEntry<T> {
  phrases: string[];
  data: T;
}

class PeopleLexicon {
  private readonly lexicon = new Lexicon();
  private readonly lists = new Map<string, ListHandle<unknown>>();

  /** Registers a list once (by name); later calls with the same name return the same handle. */
  add<T>(name: string, entries: ListEntry<T>[]): ListHandle<T> {
    const known = this.lists.get(name);
    if (known) return known as ListHandle<T>;
    const file = lexiconFile({ source: `Person model list ${name.slice(0, 60)} (rules/analysis/people)`, entries: entries.map(({ phrases, data }) => ({ forms: phrases, data })) }, name);
    const handle: ListHandle<T> = { list: this.lexicon.list(file) };
    this.lists.set(name, handle);
    return handle;
  }

  /** Sets bit flags on exact lowercase words (the person model's vocabulary). */
  addFlags(words: string[], flag: number): void {
    this.lexicon.flag(words, flag);
  }

  /** The hits of one list in a text; the first call for a text scans every list. */
  hits<T>(context: TextContext, handle: ListHandle<T>): ScanHit<T>[] {
    return handle.list.find(context).map((match) => ({
      start: match.start,
      end: match.end,
      firstToken: match.firstToken,
      lastToken: match.lastToken,
      phrase: match.form,
      data: (match.entry as { data?: unknown }).data as T,
    }));
  }

  /** Each token's flags (0 for tokens that are not words). */
  flags(context: TextContext): number[] {
    return this.lexicon.flagsOf(context);
  }

  /** The same flags, looked up word by word when the text has not been scanned (no list matching). */
  wordFlags(context: TextContext): number[] {
    return this.lexicon.wordFlagsOf(context);
  }
}

const shared = new PeopleLexicon();

/** The person model's one lexicon. */
export function scanner(): PeopleLexicon {
  return shared;
}
