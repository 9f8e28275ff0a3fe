/** A read-only set of words that answers membership: all the spelling code asks of its word lists. */
export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
}

type Units = Uint8Array | Uint16Array;

// A record is: units shared with the previous word, suffix length (+ `hasValue`), the suffix, and,
// when flagged, a 16-bit value as two units (low, high). Every `blockSize`th record shares nothing.
const blockSize = 16;
const hasValue = 0x80;
const maxSuffix = 0x7f;

/**
 * Distinct words sorted by UTF-16 code unit (plain JS string order), front-coded: each word stores
 * only what differs from the one before, with a full word every 16 so that binary search can start
 * there. Each word can carry a 16-bit value. The arrays can be views into a file's bytes, so loading
 * creates no object per word: a Set or Map of the dictionary's 840,000 forms takes about a second to
 * rebuild, and without front coding the file is three times as large (reading it is what costs).
 */
export class SortedWords {
  /** `restarts` holds where each block's first, complete record starts. */
  constructor(
    readonly units: Units,
    readonly restarts: Uint32Array,
    readonly size: number,
  ) {
    let previous = -1;
    for (const at of restarts) {
      if (at <= previous || at + 1 >= units.length || units[at] !== 0) throw new Error('bad word-list block start');
      previous = at;
    }
    if ((restarts.length === 0) !== (units.length === 0) || restarts.length !== Math.ceil(size / blockSize)) throw new Error('word list size does not fit its blocks');
  }

  /** From words sorted and distinct, with a value per word (0 when absent); one byte per unit when they allow it. */
  static of(sorted: readonly string[], values?: ArrayLike<number>): SortedWords {
    let total = 0;
    let wide = false;
    const shared = new Uint8Array(sorted.length);
    sorted.forEach((word, index) => {
      const previous = index > 0 ? sorted[index - 1]! : '';
      if (index > 0 && !(previous < word)) throw new Error('words are not sorted and distinct');
      let common = 0;
      // Block starts hold the whole word, so no word may be longer than a suffix can be.
      if (word.length > maxSuffix) throw new Error(`a word is too long for the word list: ${word.length} units`);
      if (index % blockSize !== 0) while (common < word.length && common < previous.length && word[common] === previous[common]) common++;
      const value = values?.[index] ?? 0;
      if (!Number.isInteger(value) || value < 0 || value > 0xffff) throw new Error('a word-list value does not fit 16 bits');
      shared[index] = common;
      total += 2 + word.length - common + (value ? 2 : 0);
      for (let at = 0; at < word.length && !wide; at++) wide = word.charCodeAt(at) > 0xff;
    });
    const units = wide ? new Uint16Array(total) : new Uint8Array(total);
    const restarts = new Uint32Array(Math.ceil(sorted.length / blockSize));
    let at = 0;
    sorted.forEach((word, index) => {
      if (index % blockSize === 0) restarts[index / blockSize] = at;
      const common = shared[index]!;
      const value = values?.[index] ?? 0;
      units[at++] = common;
      units[at++] = (word.length - common) | (value ? hasValue : 0);
      for (let offset = common; offset < word.length; offset++) units[at++] = word.charCodeAt(offset);
      if (value) {
        units[at++] = value & 0xff;
        units[at++] = value >>> 8;
      }
    });
    return new SortedWords(units, restarts, sorted.length);
  }

  /** The word's value (0 when it has none), or -1 when the word is not in the list. */
  lookup(word: string): number {
    const { units, restarts } = this;
    const length = word.length;
    // The last block whose first word is not after `word`.
    let block = -1;
    let low = 0;
    let high = restarts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = restarts[middle]!;
      const size = units[at + 1]! & maxSuffix;
      const common = length < size ? length : size;
      let order = 0;
      for (let offset = 0; offset < common && order === 0; offset++) order = word.charCodeAt(offset) - units[at + 2 + offset]!;
      if (order === 0) order = length - size;
      if (order === 0) return this.valueAt(at);
      if (order < 0) high = middle - 1;
      else {
        block = middle;
        low = middle + 1;
      }
    }
    if (block === -1) return -1;
    const end = block + 1 < restarts.length ? restarts[block + 1]! : units.length;
    let at = restarts[block]!;
    // How many leading units the current word (before `word` in order) shares with `word`.
    let matched = 0;
    const first = units[at + 1]! & maxSuffix;
    while (matched < first && matched < length && word.charCodeAt(matched) === units[at + 2 + matched]) matched++;
    at = this.next(at);
    while (at < end) {
      const common = units[at]!;
      // Shares less with its predecessor than `word` does: it differs from `word` upwards, as do all after it.
      if (common < matched) return -1;
      if (common === matched) {
        const size = units[at + 1]! & maxSuffix;
        let offset = 0;
        while (offset < size && matched < length && word.charCodeAt(matched) === units[at + 2 + offset]) {
          offset++;
          matched++;
        }
        if (offset === size) {
          if (matched === length) return this.valueAt(at);
        } else if (matched === length || word.charCodeAt(matched) < units[at + 2 + offset]!) {
          return -1;
        }
      }
      // Sharing more than `matched` with its predecessor, it differs from `word` where that did: still before it.
      at = this.next(at);
    }
    return -1;
  }

  /** Every word with its value, in order (for tests and checks; makes a string per word). */
  *entries(): Generator<[string, number]> {
    const { units } = this;
    let previous = '';
    for (let at = 0; at < units.length; at = this.next(at)) {
      const size = units[at + 1]! & maxSuffix;
      previous = previous.slice(0, units[at]) + String.fromCharCode(...units.subarray(at + 2, at + 2 + size));
      yield [previous, this.valueAt(at)];
    }
  }

  private valueAt(at: number): number {
    const head = this.units[at + 1]!;
    if (!(head & hasValue)) return 0;
    const value = at + 2 + (head & maxSuffix);
    return this.units[value]! | (this.units[value + 1]! << 8);
  }

  private next(at: number): number {
    const head = this.units[at + 1]!;
    return at + 2 + (head & maxSuffix) + (head & hasValue ? 2 : 0);
  }
}

/** Whether every code unit of the word fits in one byte (Latin-1: all of Swedish). */
function narrow(word: string): boolean {
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) > 0xff) return false;
  return true;
}

/**
 * A word set in two sorted lists: the words that fit in one byte per unit, and the few that do not
 * ("Dvořák"), so that the bulk takes half the bytes.
 */
export class WordTable implements WordSet {
  readonly size: number;

  constructor(
    readonly narrow: SortedWords,
    readonly wide: SortedWords,
  ) {
    if (!(narrow.units instanceof Uint8Array)) throw new Error('narrow words must be one byte per unit');
    this.size = narrow.size + wide.size;
  }

  /** From distinct words in any order, with an optional value per word (see SortedWords). */
  static of(words: Iterable<string>, value?: (word: string) => number): WordTable {
    const sorted = [...words].sort();
    const half = (list: string[]) => SortedWords.of(list, value && list.map(value));
    return new WordTable(half(sorted.filter(narrow)), half(sorted.filter((word) => !narrow(word))));
  }

  /** The word's value (0 when it has none), or -1 when it is not in the table. */
  lookup(word: string): number {
    return (narrow(word) ? this.narrow : this.wide).lookup(word);
  }

  has(word: string): boolean {
    return this.lookup(word) !== -1;
  }

  *entries(): Generator<[string, number]> {
    yield* this.narrow.entries();
    yield* this.wide.entries();
  }
}
