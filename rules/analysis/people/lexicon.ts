import { scanner } from './scan.ts';
import { isCompoundFirstPart } from '../../spelling/dictionary.ts';
import { data as lexicon } from './lexicon.schema.ts';
import { data as childData } from './children.schema.ts';

/** The person analysis's word data: bit flags per word, stems, and the patterns it shares. */

export const lower = (values: string[]) => values.map((value) => value.toLowerCase().normalize('NFC'));

// Every word the analysis asks about, as bit flags. Exact words go into the pack scanner's word
// table, so the one scan per text also yields each token's flags (the pack's time budget is 0.3 ms
// per 2,200-character post); stems ("rektor*") are only checked near a name or a keyword.
export const F = {
  particle: 1 << 1,
  familyHead: 1 << 2,
  possessive: 1 << 3,
  relationPrivate: 1 << 4,
  relationWork: 1 << 5,
  determiner: 1 << 6,
  quantifier: 1 << 7,
  roleIndefinite: 1 << 8,
  roleDefinite: 1 << 9,
  colleagueRole: 1 << 10,
  staffRole: 1 << 11,
  placePreposition: 1 << 12,
  institutionHead: 1 << 13,
  institutionTail: 1 << 14,
  contactVerb: 1 << 15,
  pronoun: 1 << 16,
  adultRole: 1 << 17,
  lecture: 1 << 18,
  workContext: 1 << 19,
  classWord: 1 << 20,
  gradeWord: 1 << 21,
  unitHead: 1 << 22,
  topicMarker: 1 << 23,
  workPreposition: 1 << 24,
  speech: 1 << 25,
  placeContextVerb: 1 << 26,
} as const;

const flagMap = new Map<string, number>();
const stemFlags = new Map<string, { stem: string; flag: number }[]>();
function addFlag(words: string[], flag: number): void {
  const exact: string[] = [];
  for (const word of lower(words)) {
    if (word.includes(' ')) continue;
    if (word.endsWith('*')) {
      const stem = word.slice(0, -1);
      const key = stem.slice(0, 3);
      stemFlags.set(key, [...(stemFlags.get(key) ?? []), { stem, flag }]);
    } else {
      flagMap.set(word, (flagMap.get(word) ?? 0) | flag);
      exact.push(word);
    }
  }
  scanner().addFlags(exact, flag);
}
addFlag(lexicon.surnameParticles, F.particle);
addFlag(lexicon.familyHeads, F.familyHead);
addFlag(lexicon.possessives, F.possessive);
addFlag(lexicon.relationNouns.private, F.relationPrivate);
addFlag(lexicon.relationNouns.work, F.relationWork);
addFlag(lexicon.singularDeterminers, F.determiner);
addFlag(lexicon.generalQuantifiers, F.quantifier);
addFlag(lexicon.roleNouns.indefinite, F.roleIndefinite);
addFlag(lexicon.roleNouns.definite, F.roleDefinite);
addFlag(['medarbetare', 'medarbetaren', 'kollega', 'kollegan', 'anställd', 'vikarie', 'vikarien', 'praktikant', 'praktikanten'], F.colleagueRole);
addFlag(['lärare', 'läraren'], F.staffRole);
addFlag(lexicon.placePrepositions, F.placePreposition);
addFlag(lexicon.institutionHeads, F.institutionHead);
addFlag(lexicon.institutionTails, F.institutionTail);
addFlag(lexicon.contactVerbs, F.contactVerb);
addFlag(lexicon.thirdPersonPronouns, F.pronoun);
addFlag(lexicon.adultRoles, F.adultRole);
addFlag(lexicon.lectureWords, F.lecture);
addFlag(lexicon.workContext, F.workContext);
addFlag(childData.classWords, F.classWord);
addFlag(childData.gradeWords, F.gradeWord);
addFlag(childData.unitHeads, F.unitHead);
addFlag(['om', 'kring', 'angående'], F.topicMarker);
addFlag(['i', 'på', 'inom', 'vid', 'hos'], F.workPreposition);
addFlag(lexicon.speechVerbs, F.speech);
addFlag(lexicon.placeContextVerbs, F.placeContextVerb);

/** Flags including stems ("rektor*", "föreläsning*"), asked only near a name or a keyword. */
export function flagsOf(word: string): number {
  let flags = flagMap.get(word) ?? 0;
  const stems = word.length >= 3 ? stemFlags.get(word.slice(0, 3)) : undefined;
  if (stems) for (const { stem, flag } of stems) if (word.startsWith(stem)) flags |= flag;
  return flags;
}

/**
 * An adult's role ("sjuksköterskan", "enhetschef"), listed or as the head of a compound whose first
 * part the dictionary knows: "distriktssköterskan", "diabetessköterskan", "säkerhetssamordnare",
 * "insatschefen". Asked only for the few words around a name.
 */
export function isAdultRole(word: string): boolean {
  if (notRole.test(word)) return false;
  if (flagsOf(word) & F.adultRole) return true;
  for (let split = 3; split <= word.length - 4; split++) {
    if (!(flagsOf(word.slice(split)) & F.adultRole)) continue;
    if (isCompoundFirstPart(word.slice(0, split))) return !notRole.test(word.slice(split));
  }
  return false;
}

export const placeSuffixes = new Set(lower(lexicon.placeSuffixes));
export const placeSuffixLengths = [...new Set([...placeSuffixes].map((suffix) => suffix.length))];
export const agePattern = new RegExp(lexicon.agePattern, 'u');
export const classPattern = new RegExp(childData.classPattern, 'u');
export const childAgePattern = new RegExp(childData.agePattern, 'u');

// A name: capital then lower case, parts joined by hyphens ("Anna-Karin", "Al-Hassan").
// Also "O'Brien", "McCarthy", "DiCaprio", "MacLeod": one more capital after a prefix.
export const capitalised = /^(?:\p{Lu}['’]|Mc|Mac|Di|De|La|Le)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
// Stems of role words that also start other words ("polis*" in "polisanmäldes", "värd*" in "värdefull").
export const notRole = /^(?:polisanm|polisutred|värde|värdig|värder|värdfull|guidad)/u;
export const schoolWord = /skol|gymnas|förskol/u;
export const classValue = /^\d{1,2}[a-zåäö]?\.?$/iu;
export const gradeValue = /^\d{1,2}\.?$/u;

