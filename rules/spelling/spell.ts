import { compoundParts, dictionaryStems, swedishDictionary } from './dictionary.ts';

const maxCached = 50_000;
const known = new Map<string, boolean>();

// Parts shorter than this are too easy to find by accident inside a misspelling ("ko" + "mun").
const minPart = 3;
const maxParts = 5;
// Splitting tries every seam and hashes every head, O(n²) in the word's length: a 20,000-letter
// "word" took 0.4 s. Real compounds are far shorter ("samhällsbyggnadsförvaltningen" is 29).
const maxCompoundLength = 64;
const longPart = 6;
// Inflection endings a compound's last part may carry, longest first; the lemma may have lost a final -a or -e.
const endings = ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'rnas', 'ens', 'ets', 'ers', 'ars', 'ors', 'nas', 'rna', 'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'ts', 'es', 'as', 'n', 't', 's', 'r', 'a', 'e', ''];

/**
 * Whether a word form is an inflection of a lemma the dictionary lets end a compound. With
 * `compoundOnly`, of one that ends compounds only ("mässig/OPQWYZ": "regelmässiga"), whose forms
 * nspell never sees.
 */
function endsCompound(part: string, compoundOnly = false): boolean {
  const { end } = compoundParts();
  const stems = dictionaryStems();
  const isEnd = (lemma: string) => end.has(lemma) && !(compoundOnly && stems.has(lemma));
  for (const ending of endings) {
    if (!part.endsWith(ending)) continue;
    const base = part.slice(0, part.length - ending.length);
    if (base.length < 2) continue;
    if (isEnd(base) || isEnd(`${base}a`) || isEnd(`${base}e`)) return true;
  }
  return false;
}

/**
 * Whether a lowercase word is a compound the dictionary's own compounding flags allow: a first part
 * that may begin a compound ("medborgar", "samhälls", "kommun"), optional middle parts, and a last
 * part that is a known word whose lemma may end one ("förvaltningen").
 */
function isCompound(word: string, partsLeft: number, middle = false): boolean {
  const dictionary = swedishDictionary();
  const parts = compoundParts();
  const first = (part: string) => parts.begin.has(part) || (middle && parts.middle.has(part));
  // A long last part is rarely found by accident; a short one must be a lemma the dictionary lets end a compound.
  const last = (part: string) =>
    part.length >= minPart && (dictionary.correct(part) ? part.length >= longPart || endsCompound(part) : endsCompound(part, true));
  for (let split = word.length - minPart; split >= 2; split--) {
    const head = word.slice(0, split);
    if (!first(head)) continue;
    const tail = word.slice(split);
    if (last(tail)) return true;
    // Swedish simplifies triple consonants at the seam ("fall" + "lucka" = "fallucka").
    if (head.at(-1) === head.at(-2) && last(head.at(-1)! + tail)) return true;
    if (partsLeft > 2 && tail.length >= 2 * minPart && isCompound(tail, partsLeft - 1, true)) return true;
  }
  return false;
}

function check(word: string): boolean {
  const dictionary = swedishDictionary();
  if (dictionary.correct(word)) return true;
  const lower = word.toLowerCase();
  if (lower !== word && dictionary.correct(lower)) return true;
  // "gång-" in "gång- och cykelväg", "e-post", "sms-tjänst": every part must be known on its own.
  if (lower.includes('-')) {
    const pieces = lower.split('-').filter((piece) => piece.length > 0);
    return pieces.length > 0 && pieces.every((piece) => piece.length === 1 || isKnownWord(piece));
  }
  return lower.length >= 2 * minPart && lower.length <= maxCompoundLength && isCompound(lower, maxParts);
}

/**
 * Whether the dictionary knows a word, compounds included. Pure and memoised: the lint path calls
 * it for every word, so repeated words cost one Map lookup.
 */
export function isKnownWord(word: string): boolean {
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const result = check(word);
  if (known.size >= maxCached) known.clear();
  known.set(word, result);
  return result;
}
