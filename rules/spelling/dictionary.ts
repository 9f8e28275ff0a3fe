import nspell from 'nspell';
import dictionary from 'dictionary-sv';

export type SpellChecker = ReturnType<typeof nspell>;

let checker: SpellChecker | undefined;

/**
 * The Swedish Hunspell dictionary, built once per process (about 1.5 s). As shipped, its
 * COMPOUNDRULE lines make nspell accept every word (shared/notes/stack.md §2), so they are removed;
 * compounds are handled by our own splitting instead. nspell needs a Buffer or string, never a
 * plain Uint8Array, or the affix rules are silently lost.
 */
export function swedishDictionary(): SpellChecker {
  if (!checker) {
    const aff = Buffer.from(dictionary.aff).toString('utf8').split('\n').filter((line) => !line.startsWith('COMPOUNDRULE')).join('\n');
    checker = nspell(aff, Buffer.from(dictionary.dic));
  }
  return checker;
}
