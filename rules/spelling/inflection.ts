import { headwordFlags, swedishDictionary } from './dictionary.ts';

/**
 * Regular Swedish inflections that dictionary-sv lacks for a word it lists: its entries often carry
 * only some of a paradigm's affix flags ("musa/AbE" has "musan" but no plural "musor";
 * "sektoriell/kO" has "sektoriella" but not "sektorielle"; "bestridande/AC" has no plural
 * "bestridanden"; "sterling" has no flags at all). A form built from such an entry by a regular
 * ending is a word, not evidence of a typo. Only endings are added, so a slip inside the stem
 * ("kommnuen") never reads as an inflection; a slip in the ending itself can, the price of this.
 */

const correct = (word: string) => swedishDictionary().correct(word);
const vowelEnd = /[aeiouyåäöé]$/u;

/** A headword with the given flag ("E" on a noun in -a: definite -n; "O": an adjective's -t and -a). */
const hasFlag = (word: string, flag: string) => headwordFlags(word)?.includes(flag) ?? false;
/** An entry the dictionary lists without any affix flags ("sterling", "amatörnivå"). */
const isBareEntry = (word: string) => headwordFlags(word)?.length === 0;

function stripped(word: string, endings: readonly string[]): string[] {
  return endings.filter((ending) => word.length > ending.length + 2 && word.endsWith(ending)).map((ending) => word.slice(0, -ending.length));
}

const rules: ((word: string) => boolean)[] = [
  // A genitive -s of any form the dictionary knows ("ofattbaras").
  (word) => word.endsWith('s') && correct(word.slice(0, -1)),
  // A definite or plural -n after a vowel: a loanword's "datan", "amatörnivån"; -ande nouns' plural "bestridanden".
  (word) => word.endsWith('n') && vowelEnd.test(word.slice(0, -1)) && correct(word.slice(0, -1)),
  // The definite plural of -ande/-ende nouns: "bestridandena", "åtagandenas".
  (word) => stripped(word, ['nas', 'na']).some((base) => /[ae]nde$/u.test(base) && correct(base)),
  // A noun in -a takes -or in the plural: "musa" → "musor", "musorna".
  (word) => stripped(word, ['ornas', 'orna', 'ors', 'or']).some((stem) => hasFlag(`${stem}a`, 'E')),
  // An adjective's weak masculine -e: "den sektorielle".
  (word) => word.endsWith('e') && hasFlag(word.slice(0, -1), 'O'),
  // A bare entry's definite form and genitive: "sterlingen", "sterlingens".
  (word) => stripped(word, ['ens', 'ets', 'en', 'et']).some((stem) => !vowelEnd.test(stem) && isBareEntry(stem)),
];

/** Whether a word the dictionary does not know is a regular inflection of a word it lists. */
export const isMissingInflection = (word: string): boolean => rules.some((rule) => rule(word));
