import { overlapTest, type TextContext } from '../core/context.ts';
import { cached } from '../core/text-cache.ts';
import { data } from './streets.schema.ts';

export interface Address {
  start: number;
  end: number;
  value: string;
}

const prefixWords = new Set(data.prefixWords);
const lowercaseStreets = new Set(data.lowercaseStreets);
// rules.md pd-adress: a capitalised street name plus number ("Kungsgatan 12 B"), also after a
// direction word ("Södra Ågatan 8", "Stora torget 1"), and a postnummer plus town ("441 81 Alingsås").
// The street is found from its suffix and number, then read backwards to the start of the name: a
// plain regex with Unicode classes and lookbehind over the whole post cost more than the pack's budget.
// Any white space before the number, as typed or pasted ("Kungsgatan\u00a012").
const streetEnd = new RegExp(`(${data.suffixes.join('|')})\\s(\\d{1,4})(?:\\s?([A-Ha-h])(?![A-Za-zÅÄÖåäöÉé0-9]))?(?![0-9])`, 'g');
const postcode = /(?<![\p{N}\p{L}])[1-9]\d{2}\s?\d{2}\s+\p{Lu}[\p{Ll}]+(?:\s\p{Lu}[\p{Ll}]+)?/gu;
const postcodeHint = /\d{3} ?\d{2}\s+[A-ZÅÄÖ]/;
const joiner = /^[\s,]{0,3}$/;

const isLetter = (char: string | undefined) => char !== undefined && char.toLowerCase() !== char.toUpperCase();
const isUpper = (char: string) => char !== char.toLowerCase();

/** Start of the word that ends at `end` (exclusive), or -1 when a digit is glued to it. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return /[0-9]/.test(text[start - 1] ?? '') ? -1 : start;
}

function findStreets(text: string, spans: Address[]): void {
  for (const match of text.matchAll(streetEnd)) {
    const suffixEnd = match.index + match[1]!.length;
    let start = wordStart(text, suffixEnd);
    if (start < 0) continue;
    const word = text.slice(start, suffixEnd);
    // A direction word before: "Södra Ågatan 8", and the lowercase form "Stora torget 1".
    const previousEnd = start - 1;
    const previousStart = /\s/.test(text[previousEnd] ?? '') ? wordStart(text, previousEnd) : -1;
    const previous = previousStart >= 0 ? text.slice(previousStart, previousEnd) : '';
    if (isUpper(word[0]!)) {
      if (prefixWords.has(previous)) start = previousStart;
    } else if (lowercaseStreets.has(word) && prefixWords.has(previous)) {
      start = previousStart;
    } else {
      continue;
    }
    const end = match.index + match[0].length;
    spans.push({ start, end, value: text.slice(start, end) });
  }
}

/** Street addresses and postnummer in a text; a street followed by its postnummer is one address. */
export function findAddresses(text: string): Address[] {
  const spans: Address[] = [];
  findStreets(text, spans);
  if (!postcodeHint.test(text)) return spans;
  // The streets are in text order and postnummer are matched in text order, so only a street can
  // overlap a postnummer; and the spans never overlap, so at most one ends within the three units the
  // joiner allows before one. Both are looked up, not scanned for: a post of 1,000 addresses is not
  // 1,000 × 1,000 tests. (A copy: the spans pushed below are no streets.)
  const overlapsStreet = overlapTest(spans.slice());
  const endingAt = new Map(spans.map((span) => [span.end, span]));
  for (const match of text.matchAll(postcode)) {
    const start = match.index;
    const end = start + match[0].length;
    let previous: Address | undefined;
    for (let gap = Math.max(0, start - 3); gap <= start && !previous; gap++) {
      const span = endingAt.get(gap);
      if (span && joiner.test(text.slice(gap, start))) previous = span;
    }
    if (previous) {
      endingAt.delete(previous.end);
      previous.end = end;
      previous.value = text.slice(previous.start, end);
      endingAt.set(end, previous);
    } else if (!overlapsStreet(start, end)) {
      const span = { start, end, value: match[0] };
      spans.push(span);
      endingAt.set(end, span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function addressesOf(context: TextContext): Address[] {
  return cached(context, 'addresses', () => findAddresses(context.text));
}
