import { isDictionaryFirstPart, swedishDictionary } from './dictionary.ts';
import { isMissingInflection } from './inflection.ts';
import { rareStretch } from './letter-sequences.ts';
import { isKnownWord } from './spell.ts';

/**
 * Evidence that a word the dictionary does not know is a typo rather than a rare word, a name or a
 * new compound: a dictionary word of six letters or more one edit away (a letter swapped with the
 * next, dropped, added or replaced), and no reading of the word as an inflection the dictionary lacks
 * (inflection.ts) or a free compound of known words. A compound the dictionary knows only through
 * its compound rules has no such neighbour: for it, a compound one edit away counts, when the word
 * has letters Swedish words seldom have (letter-sequences.ts). On 16,800 words of edited prose (UD
 * Swedish PUD) this turns about 9 flags per 1,000 words into under 0.4, while most single-letter
 * typos in real sentences are still caught (`npm run eval`).
 */

// Shorter words have dictionary words one edit away by chance ("mem" → "mm", "tipo" → "tio", "ökenö"
// → "öken"): only a word of six letters or more is taken for the one a typo was meant to be, so a typo
// has at least five ("öppet" → "öpet" is not looked for; "skolan" → "skoan" is).
const minIntended = 6;
const minTypoLength = minIntended - 1;
// A dictionary word this long one edit away outweighs a free compound reading ("naturligtvist" is
// "naturligtvis", not "naturlig" + "tvist").
const strongNeighbour = 10;
// Free compounds: every part a dictionary word; a short part is found by accident too easily.
const minHead = 4;
const minTail = 5;
const maxFreeParts = 3;
const minCompoundPart = 5;
// A compound with a slip is looked for only in a word with a letter sequence at most this many headwords
// have: on its own, a part one edit from a word is found in rare compounds too ("infyllnad" → "ifyllnad").
const maxRareSequence = 10;
// Each seam tried costs a search of one edit: the longest few first parts and last parts are enough.
const maxSeams = 3;
// Longer "words" (a run of letters, pasted data) get no search: it makes length × 60 candidates of their length.
const maxTypoLength = 40;
const alphabet = 'abcdefghijklmnopqrstuvwxyzåäöé';
const linkingLetters = new Set(['s', 'e', 'a', 'u', 'o']);
const maxCached = 20_000;
const cache = new Map<string, string | null>();
const partialCache = new Map<string, string | null>();

const correct = (word: string) => swedishDictionary().correct(word);

/** The words one edit away: a letter swapped with the next, dropped, replaced or added. */
function* oneEditAway(word: string): Generator<string> {
  const { length } = word;
  for (let at = 0; at < length - 1; at++) if (word[at] !== word[at + 1]) yield word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  for (let at = 0; at < length; at++) {
    yield word.slice(0, at) + word.slice(at + 1);
  }
  for (let at = 0; at < length; at++) for (const letter of alphabet) if (letter !== word[at]) yield word.slice(0, at) + letter + word.slice(at + 1);
  for (let at = 0; at <= length; at++) for (const letter of alphabet) yield word.slice(0, at) + letter + word.slice(at);
}

// Letters that loanwords are spelt with either way ("dakapo"/"dacapo", "concept"/"koncept"): a
// variant spelling, not a typo.
const variantLetters = new Set(['c:k', 'k:c', 'c:s', 's:c', 'z:s', 's:z', 'w:v', 'v:w', 'q:k', 'k:q']);

/** Whether two words of the same length differ in one letter, a loanword's other spelling of it. */
function isVariantSpelling(word: string, other: string): boolean {
  if (word.length !== other.length) return false;
  let at = 0;
  while (at < word.length && word[at] === other[at]) at++;
  return word.slice(at + 1) === other.slice(at + 1) && variantLetters.has(`${word[at]}:${other[at]}`);
}

function closeDictionaryWord(word: string): string | undefined {
  for (const candidate of oneEditAway(word)) {
    if (candidate.length >= minIntended && correct(candidate) && !isVariantSpelling(word, candidate)) return candidate;
  }
  return undefined;
}

/** A first part: a dictionary word, or one with a linking letter ("befolknings", "rese"). */
function isFreeHead(head: string): boolean {
  if (correct(head)) return true;
  if (head.length <= minHead || !linkingLetters.has(head.at(-1)!)) return false;
  const stem = head.slice(0, -1);
  return correct(stem) || correct(`${stem}a`);
}

/** Whether the word reads as known words put together ("lungtilltäppande", "reseexpert"), more freely than the dictionary's compound flags allow. */
function isFreeCompound(word: string, partsLeft = maxFreeParts): boolean {
  for (let split = word.length - minTail; split >= minHead; split--) {
    if (!isFreeHead(word.slice(0, split))) continue;
    const tail = word.slice(split);
    if (correct(tail) || isKnownWord(tail) || (partsLeft > 2 && isFreeCompound(tail, partsLeft - 1))) return true;
  }
  return false;
}

/**
 * A compound the dictionary's compound rules accept ("storstadsdistrikt") one edit away, the slip in
 * one of its two parts ("storstads" + "distritk", "miltiär" + "teknik").
 */
function closeCompound(word: string, slip: { from: number; to: number }): string | undefined {
  let heads = 0;
  let tails = 0;
  for (let split = word.length - minCompoundPart; split >= minCompoundPart && (heads < maxSeams || tails < maxSeams); split--) {
    const head = word.slice(0, split);
    const tail = word.slice(split);
    // The slip is where the unusual letters are: a part without any is taken as written.
    if (heads < maxSeams && slip.to >= split && isDictionaryFirstPart(head)) {
      heads++;
      const fixed = closeDictionaryWord(tail);
      if (fixed !== undefined && isKnownWord(head + fixed)) return head + fixed;
    } else if (tails < maxSeams && slip.from < split && correct(tail)) {
      tails++;
      for (const candidate of oneEditAway(head)) if (candidate.length >= minCompoundPart && isDictionaryFirstPart(candidate) && isKnownWord(candidate + tail)) return candidate + tail;
    }
  }
  return undefined;
}

function find(word: string, compounds: boolean): string | undefined {
  if (word.length < minTypoLength || word.length > maxTypoLength || isMissingInflection(word)) return undefined;
  const close = closeDictionaryWord(word);
  if (close !== undefined && close.length >= strongNeighbour) return close;
  if (isFreeCompound(word)) return undefined;
  if (close !== undefined) return close;
  const slip = compounds && word.length >= 2 * minCompoundPart ? rareStretch(word, maxRareSequence) : undefined;
  return slip && closeCompound(word, slip);
}

/**
 * The dictionary word a lowercase unknown word is most likely a typo of, or undefined when there is
 * no such evidence. Memoised: it tries a few hundred candidates, and only unknown words get here.
 * Without `compounds`, a slip inside a compound is not looked for (it costs as much again); that
 * answer is kept apart, so that the word is looked at fully when it may be.
 */
export function likelyTypoOf(word: string, compounds = true): string | undefined {
  const cached = compounds || cache.has(word) ? cache.get(word) : partialCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const found = find(word, compounds);
  const into = compounds ? cache : partialCache;
  if (into.size >= maxCached) into.clear();
  into.set(word, found ?? null);
  return found;
}
