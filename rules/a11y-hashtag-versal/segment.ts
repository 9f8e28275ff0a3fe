import type { SpellChecker } from '../spelling/dictionary.ts';

/** Lowercase without diacritics on å/ä/ö: how "#sommarialingsas" is typed on a keyboard without them. */
export const fold = (value: string) => value.toLowerCase().normalize('NFC').replace(/[åä]/g, 'a').replace(/ö/g, 'o');

export interface SegmenterData {
  functionWords: string[];
  linkingEndings: string[];
  /** Longest hashtag body that is segmented at all, and longest single word looked up. */
  maxLength: number;
  maxWordLength: number;
  /** Proper names by their lowercase form ("alingsås" → "Alingsås"). */
  names: Map<string, string>;
}

type Kind = 'word' | 'function' | 'name';

interface Segment {
  kind: Kind;
  /** Tie-breaker: ordinary words beat function words, which beat names guessed from the dictionary. */
  cost: number;
  /** As it should be written inside a CamelCase hashtag ("Sommar", "I", "Alingsås"). */
  display: string;
}

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** Every way to put back å, ä and ö for a/o typed without them; few for short strings. */
function restorations(value: string): string[] {
  const positions = [...value].flatMap((char, index) => (char === 'a' || char === 'o' ? [index] : []));
  if (positions.length > 2) return [value];
  let results = [value];
  for (const position of positions) {
    const options = value[position] === 'a' ? ['a', 'å', 'ä'] : ['o', 'ö'];
    results = results.flatMap((result) => options.map((option) => result.slice(0, position) + option + result.slice(position + 1)));
  }
  return results;
}

export type SegmentResult = { kind: 'phrase'; words: string[] } | { kind: 'one' } | { kind: 'unknown' };

/**
 * Splits an all-lowercase hashtag into separate words (a phrase such as "sommar i Alingsås"),
 * never into the parts of a compound ("sommarlov", "kulturnatt" stay one word): "phrase" with
 * the words, "one" for one word or a compound, "unknown" when neither is found.
 */
export function createSegmenter(dictionary: SpellChecker, data: SegmenterData) {
  const functionWords = new Set(data.functionWords);

  const known = new Map<string, boolean>();
  const correct = (value: string) => {
    let result = known.get(value);
    if (result === undefined) {
      result = dictionary.correct(value);
      if (known.size > 50_000) known.clear();
      known.set(value, result);
    }
    return result;
  };

  // What one substring can be, memoised per hashtag.
  function analyse(value: string) {
    let common: string | undefined;
    let name: string | undefined;
    let nameCost = 0;
    let part = false;
    const variants = restorations(value);
    const isFunction = functionWords.has(value) ? value : variants.find((variant) => functionWords.has(variant));
    for (const [index, variant] of variants.entries()) {
      if (common && name && part) break;
      if (!common && variant.length >= 3 && !functionWords.has(variant) && correct(variant)) common = variant;
      if (!name && variant.length >= 3) {
        const profileName = data.names.get(variant);
        // Names from the dictionary only as typed or with one letter put back: each try is a lookup.
        const known = profileName ?? (index < 3 && correct(capitalise(variant)) && !correct(variant) ? capitalise(variant) : undefined);
        if (known) {
          name = known;
          nameCost = profileName ? 0 : 0.3;
        }
      }
      if (
        !part &&
        index < 3 &&
        variant.length >= 3 &&
        ((variant.endsWith('s') && variant.length >= 4 && correct(variant.slice(0, -1))) ||
          data.linkingEndings.some((ending) => correct(variant + ending)))
      ) {
        part = true;
      }
    }
    return { common, name, nameCost, function: isFunction, part: part || common !== undefined };
  }

  return function segment(body: string): SegmentResult {
    const n = body.length;
    if (n > data.maxLength) return { kind: 'unknown' };
    const memo = new Map<number, ReturnType<typeof analyse>>();
    const nothing = { common: undefined, name: undefined, nameCost: 0, function: undefined, part: false };
    const info = (start: number, end: number) => {
      const key = start * (n + 1) + end;
      let result = memo.get(key);
      if (!result) {
        // Dictionary words longer than this are found as compounds of their parts.
        result = end - start > data.maxWordLength ? nothing : analyse(body.slice(start, end));
        memo.set(key, result);
      }
      return result;
    };

    // The fewest parts body[start..end) splits into as one word or a compound (Infinity: none).
    const partsMemo = new Map<number, number>();
    const compoundParts = (start: number, end: number): number => {
      const key = start * (n + 1) + end;
      const cached = partsMemo.get(key);
      if (cached !== undefined) return cached;
      let parts = info(start, end).common !== undefined ? 1 : Infinity;
      for (let middle = start + 3; parts > 2 && middle <= end - 3; middle++) {
        if (info(start, middle).part) parts = Math.min(parts, 1 + compoundParts(middle, end));
      }
      partsMemo.set(key, parts);
      return parts;
    };

    if (info(0, n).name) return { kind: 'one' };
    const asCompound = compoundParts(0, n);

    // Cheapest split into separate words: a word costs about one per compound part, a function word
    // one, so that "medborgardialog" stays a compound rather than "med borgar dialog".
    // A phrase needs a function word, or a name after its first word.
    type Best = { cost: number; segments: Segment[] } | null;
    const best: (Best | undefined)[][] = Array.from({ length: n + 1 }, () => [undefined, undefined]);
    const solve = (start: number, marked: boolean): Best => {
      if (start === n) return marked ? { cost: 0, segments: [] } : null;
      const slot = best[start]![marked ? 1 : 0];
      if (slot !== undefined) return slot;
      let winner: Best = null;
      for (let end = start + 1; end <= n; end++) {
        const piece = info(start, end);
        const options: Segment[] = [];
        if (piece.function) options.push({ kind: 'function', cost: 1, display: capitalise(piece.function) });
        if (piece.name) options.push({ kind: 'name', cost: 1 + piece.nameCost, display: piece.name });
        if (end - start >= 3) {
          const parts = compoundParts(start, end);
          // A compound is a little cheaper than its parts as separate words ("Kulturnatten", not "KulturNatten").
          if (parts < Infinity) options.push({ kind: 'word', cost: 0.95 * parts + 0.05, display: capitalise(piece.common ?? body.slice(start, end)) });
        }
        for (const option of options) {
          const rest = solve(end, marked || option.kind === 'function' || (option.kind === 'name' && start > 0));
          if (rest && (!winner || rest.cost + option.cost < winner.cost)) {
            winner = { cost: rest.cost + option.cost, segments: [option, ...rest.segments] };
          }
        }
      }
      best[start]![marked ? 1 : 0] = winner;
      return winner;
    };
    const result = solve(0, false);
    if (!result || result.segments.length < 2) return { kind: asCompound < Infinity ? 'one' : 'unknown' };
    if (0.95 * asCompound + 0.05 <= result.cost) return { kind: 'one' };
    return { kind: 'phrase', words: result.segments.map((segment) => segment.display) };
  };
}
