import type { SpellChecker } from '../spelling/dictionary.ts';

/** Lowercase without diacritics on å/ä/ö: how "#sommarialingsas" is typed on a keyboard without them. */
export const fold = (value: string) => value.toLowerCase().normalize('NFC').replace(/[åä]/g, 'a').replace(/ö/g, 'o');

export interface SegmenterData {
  functionWords: string[];
  linkingEndings: string[];
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
  if (positions.length > 3) return [value];
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
    const isFunction = functionWords.has(value) ? value : restorations(value).find((variant) => functionWords.has(variant));
    for (const variant of restorations(value)) {
      if (!common && variant.length >= 3 && !functionWords.has(variant) && correct(variant)) common = variant;
      if (!name && variant.length >= 3) {
        const profileName = data.names.get(variant);
        const known = profileName ?? (correct(capitalise(variant)) && !correct(variant) ? capitalise(variant) : undefined);
        if (known) {
          name = known;
          nameCost = profileName ? 0 : 0.3;
        }
      }
      if (
        !part &&
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
    const memo = new Map<string, ReturnType<typeof analyse>>();
    const info = (start: number, end: number) => {
      const value = body.slice(start, end);
      let result = memo.get(value);
      if (!result) {
        result = analyse(value);
        memo.set(value, result);
      }
      return result;
    };
    const n = body.length;

    // compound[i][j]: body[i..j) is one word or a compound of words.
    const compoundMemo = new Map<number, boolean>();
    const isCompound = (start: number, end: number): boolean => {
      const key = start * 64 + end;
      const cached = compoundMemo.get(key);
      if (cached !== undefined) return cached;
      let result = info(start, end).common !== undefined;
      for (let middle = start + 3; !result && middle <= end - 3; middle++) {
        result = info(start, middle).part && isCompound(middle, end);
      }
      compoundMemo.set(key, result);
      return result;
    };

    if (isCompound(0, n) || info(0, n).name) return { kind: 'one' };

    // Fewest separate words; a phrase needs a function word or a name after the first word.
    type Best = { count: number; cost: number; segments: Segment[]; marked: boolean } | null;
    const best: Best[][] = Array.from({ length: n + 1 }, () => [null, null]);
    const solve = (start: number, marked: boolean): Best => {
      if (start === n) return marked ? { count: 0, cost: 0, segments: [], marked } : null;
      const slot = best[start]![marked ? 1 : 0] ?? null;
      if (slot !== null) return slot.count < 0 ? null : slot;
      let winner: Best = null;
      for (let end = start + 1; end <= n; end++) {
        const piece = info(start, end);
        const options: Segment[] = [];
        if (piece.function) options.push({ kind: 'function', cost: 0.2, display: capitalise(piece.function) });
        if (piece.name) options.push({ kind: 'name', cost: piece.nameCost, display: piece.name });
        if (end - start >= 3 && isCompound(start, end)) options.push({ kind: 'word', cost: 0, display: capitalise(piece.common ?? body.slice(start, end)) });
        for (const option of options) {
          const nowMarked = marked || option.kind === 'function' || (option.kind === 'name' && start > 0);
          const rest = solve(end, nowMarked);
          const cost = rest ? rest.count + 1 + rest.cost + option.cost : Infinity;
          if (rest && (!winner || cost < winner.count + winner.cost)) {
            winner = { count: rest.count + 1, cost: rest.cost + option.cost, segments: [option, ...rest.segments], marked: true };
          }
        }
      }
      best[start]![marked ? 1 : 0] = winner ?? { count: -1, cost: 0, segments: [], marked };
      return winner;
    };
    const result = solve(0, false);
    if (!result || result.count < 2) return { kind: 'unknown' };
    return { kind: 'phrase', words: result.segments.map((segment) => segment.display) };
  };
}
