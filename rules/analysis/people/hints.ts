import type { TextContext, Token } from '../../core/context.ts';
import { scanner } from './scan.ts';
import { F, classPattern } from './lexicon.ts';
import { isAmbiguousName, isFirstName } from './name-data.ts';

/** What a cheap look at the scan's flags says could identify someone, before the full analysis. */
export interface Hints {
  /** A capitalised first name (also genitive or hyphenated). */
  name: boolean;
  /** "familjen", "herr" … */
  family: boolean;
  /** "hennes", "vår" … */
  possessive: boolean;
  /** "-åring" words. */
  age: boolean;
  /** A class, year or preschool group word ("klass", "årskurs", "åk", "avdelning", "i 3A"). */
  group: boolean;
}

/**
 * Lets a rule skip the person analysis when nothing in the post could identify anyone, the common
 * case for general information (one look-up per word; the full scan waits for the analysis).
 */
const relationFlags = F.relationPrivate | F.relationWork;

/**
 * A known first name that names.ts could take for a person. Not an everyday word that is also a name
 * ("Har", "Per", "Bo") at the start of a sentence with no capitalised word or particle after it:
 * names.ts needs a surname there, so the full analysis would find nobody ("Har du frågor …").
 */
function isNameHere(tokens: Token[], flags: number[], index: number): boolean {
  const token = tokens[index]!;
  const name = isFirstName(token.lower);
  if (!name) return false;
  if (!isAmbiguousName(name.genitive ? token.lower.slice(0, -1) : token.lower)) return true;
  const previous = tokens[index - 1];
  const startsSentence = !previous || previous.sentence !== token.sentence || previous.kind === 'symbol' || (previous.kind === 'punctuation' && previous.value !== ',');
  if (!startsSentence) return true;
  const next = tokens[index + 1];
  if (!next || next.sentence !== token.sentence || next.kind !== 'word') return false;
  return next.value[0] !== next.lower[0] || (flags[index + 1]! & F.particle) !== 0;
}

export function hintsOf(context: TextContext): Hints {
  const cache = context.cache;
  if (cache.hints) return cache.hints as Hints;
  // Flags word by word: the full scan (lists of places, children …) runs only if the analysis does.
  const flags = scanner().wordFlags(context);
  const hints: Hints = { name: false, family: false, possessive: false, age: false, group: false };
  const { tokens } = context;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const flag = flags[index]!;
    const upper = token.value[0] !== token.lower[0];
    // A known first name, or a capitalised word before another (a name the data lacks: "Kwame Mwangi").
    if (!hints.name && upper && (isNameHere(tokens, flags, index) || (tokens[index + 1]?.kind === 'word' && tokens[index + 1]!.value[0] !== tokens[index + 1]!.lower[0] && tokens[index + 1]!.start === token.end + 1))) hints.name = true;
    if (flag & F.familyHead) hints.family = true;
    // "vår" alone is everywhere ("vår webbplats", "i vår"); only a relation after it identifies.
    if (flag & F.possessive && ((flags[index + 1] ?? 0) & relationFlags || (flags[index + 2] ?? 0) & relationFlags)) hints.possessive = true;
    if (!hints.possessive && upper && token.lower.endsWith('s') && flags[index + 1]! & relationFlags && isFirstName(token.lower)) hints.possessive = true;
    if (token.lower.includes('-åring')) hints.age = true;
    if (flag & (F.classWord | F.gradeWord | F.unitHead) || (token.lower === 'i' && classPattern.test(tokens[index + 1]?.value ?? ''))) hints.group = true;
  }
  cache.hints = hints;
  return hints;
}

