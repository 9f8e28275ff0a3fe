import nspell from 'nspell';
import dictionary from 'dictionary-sv';

export type SpellChecker = ReturnType<typeof nspell>;

/** Stems the dictionary marks as usable only inside compounds, by position (Hunspell flags X, U, Y). */
export interface CompoundParts {
  /** Forms that may begin a compound: "medborgar", "samhälls", "skol", "kommun", "informations". */
  begin: Set<string>;
  /** Forms that may stand in the middle of a compound. */
  middle: Set<string>;
  /** Lemmas that may end a compound; their inflected forms count too ("förvaltning" → "förvaltningen"). */
  end: Set<string>;
}

let checker: SpellChecker | undefined;
let parts: CompoundParts | undefined;
let stems: Set<string> | undefined;

// dictionary-sv's flags (index.aff): X = COMPOUNDBEGIN, U = COMPOUNDMIDDLE, Y = COMPOUNDEND, Z = ONLYINCOMPOUND.
const onlyInCompound = 'Z';

/**
 * The affix rules whose output carries X or U (index.aff: SFX v, f, s, h, t): they make the form a
 * word takes as the first part of a compound ("information" → "informations", "skola" → "skole").
 */
function compoundForms(stem: string, flags: string, add: (form: string, middle: boolean) => void): void {
  const endsWithA = stem.endsWith('a');
  if (flags.includes('v')) add(endsWithA ? `${stem.slice(0, -1)}s` : `${stem}s`, false);
  if (flags.includes('f')) add(endsWithA ? `${stem.slice(0, -1)}s` : `${stem}s`, true);
  if (flags.includes('s')) add(stem, false);
  if (flags.includes('h')) add(endsWithA ? `${stem.slice(0, -1)}e` : `${stem}e`, true);
  if (flags.includes('t')) {
    const swaps: [string, string][] = [['la', 'el'], ['ma', ''], ['me', ''], ['ra', 'er'], ['er', 'ra'], ['le', 'el'], ['um', 'e'], ['el', 'la']];
    for (const [from, to] of swaps) if (stem.endsWith(from)) add(stem.slice(0, -from.length) + to, false);
  }
}

function build(): void {
  const aff = Buffer.from(dictionary.aff).toString('utf8').split('\n').filter((line) => !line.startsWith('COMPOUNDRULE')).join('\n');
  const lines = Buffer.from(dictionary.dic).toString('utf8').split('\n');
  const kept: string[] = [];
  const found: CompoundParts = { begin: new Set(), middle: new Set(), end: new Set() };
  const lemmas = new Set<string>();
  const add = (form: string, middle: boolean) => (middle ? found.middle : found.begin).add(form);
  for (const line of lines) {
    const slash = line.indexOf('/');
    const flags = slash === -1 ? '' : line.slice(slash + 1).trimEnd();
    // nspell lets a compound-only stem ("berättar/XZ") shadow the real word made from another stem
    // ("berätta" → "berättar"), so those lines go only to our own compound table.
    if (!flags.includes(onlyInCompound)) kept.push(line);
    if (slash === -1) {
      if (line.length > 0 && !/^\d+$/u.test(line)) lemmas.add(line.trim().toLowerCase());
      continue;
    }
    const stem = line.slice(0, slash).toLowerCase();
    if (!flags.includes(onlyInCompound)) lemmas.add(stem);
    if (flags.includes('X')) found.begin.add(stem);
    if (flags.includes('U')) found.middle.add(stem);
    if (flags.includes('Y')) found.end.add(stem);
    compoundForms(stem, flags, add);
  }
  kept[0] = String(kept.length - 1);
  checker = nspell(aff, kept.join('\n'));
  parts = found;
  stems = lemmas;
}

/**
 * The Swedish Hunspell dictionary, built once per process (about 1.5 s). As shipped, its
 * COMPOUNDRULE lines make nspell accept every word (shared/notes/stack.md §2), so they are removed;
 * compounds are handled by our own splitting instead (rules/spelling/spell.ts). nspell needs a
 * Buffer or string, never a plain Uint8Array, or the affix rules are silently lost.
 */
export function swedishDictionary(): SpellChecker {
  if (!checker) build();
  return checker!;
}

/** The compound-only stems the dictionary lists, for compound splitting. */
export function compoundParts(): CompoundParts {
  if (!parts) build();
  return parts!;
}

/** The dictionary's own headwords (lowercase), before any affix: "kurs", "annars", "finnas", not "stängs". */
export function dictionaryStems(): Set<string> {
  if (!stems) build();
  return stems!;
}
