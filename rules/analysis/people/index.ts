import type { TextContext, Token } from '../../core/context.ts';
import type { ResolvedProfile } from '../../profile/schema.ts';
import { scanner, type ListHandle } from './scan.ts';
import { cacheOf } from '../../core/text-cache.ts';
import firstNameData from './first-names.json' with { type: 'json' };
import lexicon from './lexicon.json' with { type: 'json' };
import childData from './children.json' with { type: 'json' };

/**
 * "Identifiable person" without an NER model (rules.md: Decisions → Names of people): a first-name
 * list, a capitalised surname after it, and a gazetteer of places, units, buildings and companies
 * from the profile, so that "Alingsås kommun", "Nolhaga" or "Vårdcentralen Alingsås" is never a person.
 */

export interface PersonName {
  start: number;
  end: number;
  firstToken: number;
  /** Half-open. */
  lastToken: number;
  segment: number;
  value: string;
  /** A first name followed by a capitalised surname. */
  full: boolean;
  /** Written in the genitive ("Annas"). */
  genitive: boolean;
  /** Named in a professional role ("rektor Anna Berg", "kontakta Kim", "Anna Berg, kurator"). */
  staff: boolean;
  /** Named as a colleague ("vår kollega Sara Lind", "medarbetaren Kim"). */
  colleague: boolean;
  /** The role word the name stands with ("rektor", "polisen"), if any. */
  role?: string;
  /** Named with one of the profile's public roles ("kommunstyrelsens ordförande Anna Berg"). */
  publicRole: boolean;
}

export type IdentifierKind = 'full-name' | 'first-name' | 'family' | 'possessive' | 'role-place';

export interface Identifier {
  kind: IdentifierKind;
  start: number;
  end: number;
  segment: number;
  value: string;
  /** Someone named in a professional role, not a client or child. */
  staff: boolean;
  /** A colleague or employee ("vår medarbetare Kim"). */
  colleague: boolean;
  /** The role word a name stands with ("rektor", "polisen"), if any. */
  role?: string;
}

export type ChildTier = 'strong' | 'place' | 'class' | 'grade' | 'age' | 'unit';

export interface ChildTerm {
  start: number;
  end: number;
  segment: number;
  tier: ChildTier;
  /** Points at one child ("eleven", "en 8-åring", "ett barn"). */
  singular: boolean;
  value: string;
}

export interface PlaceSpan {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  segment: number;
  /** The whole kommun or the organisation itself: too broad to identify anyone. */
  broad: boolean;
  school: boolean;
  /** The profile's gazetteer, a place suffix ("-gatan", "-skolan") or an institution word ("förskolan X", "X IF"). */
  source: 'gazetteer' | 'pattern' | 'institution';
}

export interface PeopleAnalysis {
  /** Segment (sentence, split further at ". X") of each token. */
  segmentOf: number[];
  names: PersonName[];
  identifiers: Identifier[];
  places: PlaceSpan[];
  /** Place span index + 1 for each token, 0 when the token is not part of a place. */
  placeOf: number[];
  /** Segments that contain han/hon/hen/hans/hennes … */
  pronounSegments: Set<number>;
  /** Segments about a talk, course or tips ("föreläser", "berättar", "tipsar"): a keyword after "om" there is a topic. */
  lectureSegments: Set<number>;
  /** Lexicon flags of each token (internal to the people module's helpers). */
  flags: number[];
  children(): ChildTerm[];
  /** Segment of a text offset (the token at or after it). */
  segmentAt(offset: number): number;
}

const lower = (values: string[]) => values.map((value) => value.toLowerCase().normalize('NFC'));

const firstNames = new Set(lower(firstNameData.names));

// Every word the analysis asks about, as bit flags. Exact words go into the pack scanner's word
// table, so the one scan per text also yields each token's flags (the pack's time budget is 0.3 ms
// per 2,200-character post); stems ("rektor*") are only checked near a name or a keyword.
const F = {
  ambiguous: 1 << 0,
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
addFlag(firstNameData.ambiguous, F.ambiguous);
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

/** Flags including stems ("rektor*", "föreläsning*"), asked only near a name or a keyword. */
function flagsOf(word: string): number {
  let flags = flagMap.get(word) ?? 0;
  const stems = word.length >= 3 ? stemFlags.get(word.slice(0, 3)) : undefined;
  if (stems) for (const { stem, flag } of stems) if (word.startsWith(stem)) flags |= flag;
  return flags;
}

const placeSuffixes = new Set(lower(lexicon.placeSuffixes));
const placeSuffixLengths = [...new Set([...placeSuffixes].map((suffix) => suffix.length))];
const agePattern = new RegExp(lexicon.agePattern, 'u');
const classPattern = new RegExp(childData.classPattern, 'u');
const childAgePattern = new RegExp(childData.agePattern, 'u');

// A name: capital then lower case, parts joined by hyphens ("Anna-Karin", "Al-Hassan").
const capitalised = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
const schoolWord = /skol|gymnas|förskol/u;
const classValue = /^\d{1,2}[a-zåäö]?\.?$/iu;
const gradeValue = /^\d{1,2}\.?$/u;

function isFirstName(word: string): { genitive: boolean } | undefined {
  if (firstNames.has(word)) return { genitive: false };
  if (word.includes('-') && word.split('-').every((part) => firstNames.has(part))) return { genitive: false };
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    const base = word.slice(0, -1);
    if (firstNames.has(base)) return { genitive: true };
  }
  return undefined;
}

function hasPlaceSuffix(word: string): boolean {
  for (const length of placeSuffixLengths) if (word.length > length + 1 && placeSuffixes.has(word.slice(-length))) return true;
  return false;
}

interface GazetteerData {
  broad: boolean;
  school: boolean;
}

interface Compiled {
  gazetteer: ListHandle<GazetteerData>;
  publicRoleBefore: RegExp | undefined;
  publicRoleAfter: RegExp | undefined;
}

const compiledByProfile = new WeakMap<ResolvedProfile, Compiled>();

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const childLists = {
  strong: scanner().add('people:children-strong', [{ phrases: childData.strong, data: true }]),
  place: scanner().add('people:children-place', [{ phrases: childData.places, data: true }]),
  singular: scanner().add('people:children-singular', [{ phrases: childData.singular, data: true }]),
};

function compile(profile: ResolvedProfile): Compiled {
  const organisation = profile.organisation;
  const broad = new Set(lower([organisation.name, organisation.name.split(/\s+/)[0]!, ...organisation.selfNames]));
  const phrases = new Map<string, GazetteerData>();
  const add = (phrase: string, isBroad: boolean) => {
    const value = phrase.toLowerCase().normalize('NFC').trim();
    if (!value) return;
    const data = { broad: isBroad || broad.has(value), school: schoolWord.test(value) };
    phrases.set(value, data);
    // The genitive ("Nolhagas", "Alingsås kommuns"); words ending in s take none.
    if (!/[sxz]$/u.test(value)) phrases.set(`${value}s`, data);
  };
  const { places, units, buildings, companies } = profile.gazetteer;
  for (const phrase of [...places, ...units, ...buildings, ...companies, ...organisation.addresses]) add(phrase, false);
  for (const phrase of [organisation.name, ...organisation.selfNames]) add(phrase, true);
  const entries = [...phrases].sort(([a], [b]) => a.localeCompare(b));
  const gazetteer = scanner().add(`people:gazetteer:${JSON.stringify(entries)}`, entries.map(([phrase, data]) => ({ phrases: [phrase], data })));
  const roles = profile.gazetteer.publicRoles.map((role) => escape(role.toLowerCase()));
  return {
    gazetteer,
    publicRoleBefore: roles.length > 0 ? new RegExp(`(?:^|\\s)(?:${roles.join('|')})\\p{L}*[\\s,]*$`, 'u') : undefined,
    publicRoleAfter: roles.length > 0 ? new RegExp(`^[\\s,(]*(?:${roles.join('|')})`, 'u') : undefined,
  };
}

function compiledFor(profile: ResolvedProfile): Compiled {
  let compiled = compiledByProfile.get(profile);
  if (!compiled) {
    compiled = compile(profile);
    compiledByProfile.set(profile, compiled);
  }
  return compiled;
}

/** Builds the profile's gazetteer once; call it in a rule's attacher so the transformer stays fast. */
export function preparePeople(profile: ResolvedProfile): void {
  compiledFor(profile);
}

const sentenceEndCodes = new Set([46, 33, 63, 8230]);

function analyse(context: TextContext, compiled: Compiled): PeopleAnalysis {
  const { tokens, text } = context;
  const length = tokens.length;
  // One pass: segments (sentences, split again at ". X"), exact lexicon flags, capitalised words.
  // Plain arrays, not typed ones: an ArrayBuffer per lint costs more in garbage collection than it saves.
  const segmentOf = new Array<number>(length).fill(0);
  // Exact flags come from the pack's one scan, which looked every token up already.
  const flags = scanner().flags(context);
  const capital = new Array<number>(length).fill(0);
  let current = 0;
  for (let index = 0; index < length; index++) {
    const token = tokens[index]!;
    const upper = token.value[0] !== token.lower[0];
    if (index > 0) {
      const previous = tokens[index - 1]!;
      if (previous.sentence !== token.sentence || (upper && sentenceEndCodes.has(previous.value.charCodeAt(previous.value.length - 1)))) current++;
    }
    segmentOf[index] = current;
    if (token.kind !== 'word') continue;
    if (upper && capitalised.test(token.value)) capital[index] = 1;
  }
  const placeOf = new Array<number>(length).fill(0);
  const places: PlaceSpan[] = [];
  const sameSegment = (a: number, b: number) => b >= 0 && b < length && segmentOf[a] === segmentOf[b];
  const addPlace = (first: number, last: number, broad: boolean, school: boolean, source: PlaceSpan['source']) => {
    for (let index = first; index < last; index++) if (placeOf[index]) return;
    places.push({
      start: tokens[first]!.start,
      end: tokens[last - 1]!.end,
      firstToken: first,
      lastToken: last,
      segment: segmentOf[first]!,
      broad,
      source,
      school: school || schoolWord.test(text.slice(tokens[first]!.start, tokens[last - 1]!.end).toLowerCase()),
    });
    for (let index = first; index < last; index++) placeOf[index] = places.length;
  };

  for (const hit of scanner().hits(context, compiled.gazetteer)) addPlace(hit.firstToken, hit.lastToken, hit.data.broad, hit.data.school, 'gazetteer');
  for (let index = 0; index < length; index++) {
    if (placeOf[index] || tokens[index]!.kind !== 'word') continue;
    if (capital[index] && hasPlaceSuffix(tokens[index]!.lower)) {
      addPlace(index, index + 1, false, false, 'pattern');
      continue;
    }
    const flag = flags[index]!;
    if (flag & F.institutionHead) {
      let last = index + 1;
      while (last < index + 3 && sameSegment(index, last) && capital[last] && !placeOf[last]) last++;
      if (last > index + 1) addPlace(index, last, false, false, 'institution');
    } else if (flag & F.institutionTail && capital[index - 1] && sameSegment(index, index - 1)) {
      let first = index - 1;
      if (capital[first - 1] && sameSegment(index, first - 1) && !placeOf[first - 1]) first--;
      if (!placeOf[first]) addPlace(first, index + 1, false, false, 'institution');
    }
  }

  const isSegmentInitial = (index: number) => {
    const previous = tokens[index - 1];
    if (!previous || segmentOf[index - 1] !== segmentOf[index]) return true;
    return previous.kind === 'symbol' || (previous.kind === 'punctuation' && previous.value !== ',');
  };

  /** Indexes of up to |count| words before (negative) or after (positive) a token, within its segment. */
  const wordsInSegment = (from: number, count: number) => {
    const found: number[] = [];
    const step = count < 0 ? -1 : 1;
    for (let index = from + step; found.length < Math.abs(count) && sameSegment(from, index); index += step) {
      if (tokens[index]!.kind === 'word') found.push(index);
    }
    return found;
  };

  const names: PersonName[] = [];
  for (let index = 0; index < length; index++) {
    if (!capital[index] || placeOf[index]) continue;
    const token = tokens[index]!;
    const found = isFirstName(token.lower);
    if (!found) continue;
    // Further capitalised words: more first names, then the surname ("Anna Maria von Berg").
    let last = index + 1;
    let genitive = found.genitive;
    let partOfPlace = false;
    for (let next = index + 1; !genitive && next < index + 5 && sameSegment(index, next); next++) {
      const candidate = tokens[next]!;
      if (flags[next]! & F.particle && candidate.value === candidate.lower && capital[next + 1] && !placeOf[next + 1]) continue;
      if (!capital[next]) break;
      if (placeOf[next]) {
        // "Erik Dahlbergsgatan", "Astrid Lindgrens skola": the first name belongs to the place.
        partOfPlace = next === last && places[placeOf[next]! - 1]!.source !== 'gazetteer';
        break;
      }
      last = next + 1;
      if (candidate.lower.endsWith('s') && !firstNames.has(candidate.lower)) genitive = true;
    }
    if (partOfPlace) continue;
    const full = last > index + 1;
    const base = found.genitive ? token.lower.slice(0, -1) : token.lower;
    if (!full && (flagsOf(base) & F.ambiguous) && isSegmentInitial(index)) continue;
    const before = wordsInSegment(index, -3);
    const after = wordsInSegment(last - 1, 5);
    const isRole = (word: number) => (flagsOf(tokens[word]!.lower) & F.adultRole) !== 0;
    const roleIndex = before.find(isRole) ?? after.find(isRole);
    const staff = roleIndex !== undefined || before.some((word) => flags[word]! & F.contactVerb);
    const colleague = before.some((word) => flags[word]! & F.relationWork) || after.slice(0, 3).some((word) => flags[word]! & F.relationWork);
    let publicRole = false;
    if (compiled.publicRoleBefore) {
      const beforeText = text.slice(Math.max(0, token.start - 60), token.start).toLowerCase();
      const afterText = text.slice(tokens[last - 1]!.end, tokens[last - 1]!.end + 60).toLowerCase();
      publicRole = compiled.publicRoleBefore.test(beforeText) || compiled.publicRoleAfter!.test(afterText);
    }
    names.push({
      start: token.start,
      end: tokens[last - 1]!.end,
      firstToken: index,
      lastToken: last,
      segment: segmentOf[index]!,
      value: text.slice(token.start, tokens[last - 1]!.end),
      full,
      genitive,
      staff: staff || publicRole,
      colleague,
      ...(roleIndex !== undefined ? { role: tokens[roleIndex]!.lower } : {}),
      publicRole,
    });
    index = last - 1;
  }

  const nameAt = new Map<number, PersonName>();
  for (const name of names) nameAt.set(name.firstToken, name);

  const identifiers: Identifier[] = [];
  const pronounSegments = new Set<number>();
  for (const name of names) {
    identifiers.push({
      kind: name.full ? 'full-name' : 'first-name',
      start: name.start,
      end: name.end,
      segment: name.segment,
      value: name.value,
      staff: name.staff,
      colleague: name.colleague,
      ...(name.role ? { role: name.role } : {}),
    });
  }

  const isPlaceAt = (index: number) => {
    const place = placeOf[index] ? places[placeOf[index]! - 1]! : undefined;
    if (place) return place.firstToken === index && !place.broad;
    return capital[index] === 1 && !isSegmentInitial(index) && !nameAt.has(index);
  };
  const relation = F.relationPrivate | F.relationWork;

  for (let index = 0; index < length; index++) {
    const flag = flags[index]!;
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const genitiveName = nameAt.get(index);
    const isAge = token.lower.includes('-åring') && agePattern.test(token.lower);
    if (flag === 0 && !genitiveName?.genitive && !isAge) continue;
    if (flag & F.pronoun) pronounSegments.add(segmentOf[index]!);
    const next = tokens[index + 1];

    if (flag & F.familyHead && next && sameSegment(index, index + 1) && capital[index + 1] && !placeOf[index + 1]) {
      identifiers.push({ kind: 'family', start: token.start, end: next.end, segment: segmentOf[index]!, value: text.slice(token.start, next.end), staff: false, colleague: false });
      continue;
    }

    // Possessive relation: "hennes son", "vår medarbetare Kim", "Annas dotter".
    if (flag & F.possessive || (genitiveName?.genitive && genitiveName.lastToken === index + 1)) {
      let relationIndex = index + 1;
      // One adjective may come between ("vår nya kollega").
      if (sameSegment(index, relationIndex) && tokens[relationIndex]!.kind === 'word' && !(flags[relationIndex]! & relation)) relationIndex++;
      const relationToken = tokens[relationIndex];
      if (relationToken && sameSegment(index, relationIndex) && flags[relationIndex]! & relation) {
        const following = nameAt.get(relationIndex + 1);
        const end = following && sameSegment(index, relationIndex + 1) ? following.end : relationToken.end;
        const start = genitiveName?.genitive ? genitiveName.start : token.start;
        identifiers.push({
          kind: 'possessive',
          start,
          end,
          segment: segmentOf[index]!,
          value: text.slice(start, end),
          staff: following?.staff ?? false,
          colleague: (flags[relationIndex]! & F.relationWork) !== 0,
        });
        continue;
      }
    }

    // Role plus place: "en elev på Noltorpsskolan", "brukaren på Ängabo", "en 15-åring från Sollebrunn".
    const previousFlags = index > 0 && sameSegment(index, index - 1) ? flags[index - 1]! : 0;
    const determined = (previousFlags & F.determiner) !== 0;
    const generic = (previousFlags & F.quantifier) !== 0;
    const isRole = !generic && (flag & F.roleDefinite || (flag & F.roleIndefinite && determined) || (isAge && (determined || token.lower.endsWith('en'))));
    if (isRole) {
      for (let ahead = index + 1; ahead < index + 8 && sameSegment(index, ahead + 1); ahead++) {
        const candidate = tokens[ahead]!;
        if (candidate.kind === 'punctuation' && candidate.value !== '-') break;
        if (!(flags[ahead]! & F.placePreposition) || !isPlaceAt(ahead + 1)) continue;
        const place = placeOf[ahead + 1] ? places[placeOf[ahead + 1]! - 1]! : undefined;
        const end = place ? place.end : tokens[ahead + 1]!.end;
        const start = determined ? tokens[index - 1]!.start : token.start;
        identifiers.push({
          kind: 'role-place',
          start,
          end,
          segment: segmentOf[index]!,
          value: text.slice(start, end),
          staff: (flag & F.staffRole) !== 0,
          colleague: (flag & F.colleagueRole) !== 0,
        });
        break;
      }
    }
  }

  let children: ChildTerm[] | undefined;
  let lectureSegments: Set<number> | undefined;

  return {
    segmentOf,
    names,
    identifiers,
    places,
    placeOf,
    pronounSegments,
    get lectureSegments() {
      if (!lectureSegments) {
        lectureSegments = new Set();
        for (let index = 0; index < length; index++) {
          if (tokens[index]!.kind === 'word' && flagsOf(tokens[index]!.lower) & F.lecture) lectureSegments.add(segmentOf[index]!);
        }
      }
      return lectureSegments;
    },
    flags,
    children: () => (children ??= findChildren(context, segmentOf, flags, capital, nameAt, placeOf)),
    segmentAt: (offset) => {
      let low = 0;
      let high = length - 1;
      if (high < 0) return 0;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (tokens[middle]!.end > offset) high = middle;
        else low = middle + 1;
      }
      return segmentOf[low]!;
    },
  };
}

function findChildren(context: TextContext, segmentOf: number[], flags: number[], capital: number[], nameAt: Map<number, PersonName>, placeOf: number[]): ChildTerm[] {
  const { tokens, text } = context;
  const terms: ChildTerm[] = [];
  const insideName = new Array<number>(tokens.length).fill(0);
  for (const name of nameAt.values()) for (let index = name.firstToken; index < name.lastToken; index++) insideName[index] = 1;
  const push = (first: number, last: number, tier: ChildTier, singular: boolean) => {
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    terms.push({ start, end, segment: segmentOf[first]!, tier, singular, value: text.slice(start, end) });
  };
  const singularEnds = new Set(scanner().hits(context, childLists.singular).map((hit) => hit.lastToken - 1));
  // "Anna Barn" is a surname: a capitalised child word inside a name never counts.
  for (const hit of scanner().hits(context, childLists.strong)) {
    if (!insideName[hit.firstToken]) push(hit.firstToken, hit.lastToken, 'strong', singularEnds.has(hit.lastToken - 1));
  }
  for (const hit of scanner().hits(context, childLists.place)) {
    if (!insideName[hit.firstToken]) push(hit.firstToken, hit.lastToken, 'place', false);
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || insideName[index]) continue;
    const flag = flags[index]!;
    const next = tokens[index + 1];
    const sameSegment = next !== undefined && segmentOf[index + 1] === segmentOf[index];
    if (flag & F.classWord && sameSegment && classValue.test(next.value)) push(index, index + 2, 'class', false);
    else if (flag & F.gradeWord && sameSegment && gradeValue.test(next.value)) push(index, index + 2, 'grade', false);
    else if (token.lower === 'i' && sameSegment && next.kind === 'word' && classPattern.test(next.value)) push(index, index + 2, 'class', false);
    else if (token.lower.includes('-åring') && childAgePattern.test(token.lower)) push(index, index + 1, 'age', /-åring(en)?$/u.test(token.lower));
    else if (flag & F.unitHead && sameSegment && capital[index + 1] && placeOf[index + 1]) push(index, index + 2, 'unit', false);
  }
  // Age plus name (rules.md pd-barn-elev (b)): "Alva, 5 år", "Noah (7)", "7-åriga Noah".
  for (const name of nameAt.values()) {
    const after = tokens.slice(name.lastToken, name.lastToken + 4).filter((token) => token.kind !== 'punctuation' || token.value === '(');
    const age = after[0]?.value === '(' ? after[1] : after[0];
    const years = age && age.kind === 'number' ? Number(age.value.replace(/\D+$/u, '')) : NaN;
    const unit = after[0]?.value === '(' ? 'år' : after[1]?.lower;
    const before = tokens[name.firstToken - 1];
    const childAge = (years >= 0 && years < 18 && (unit === 'år' || after[0]?.value === '(')) || (before !== undefined && /^\d{1,2}-åriga?$/u.test(before.lower) && Number.parseInt(before.lower, 10) < 18);
    if (childAge && !name.staff && !name.colleague) push(name.firstToken, name.lastToken, 'age', true);
  }
  return terms.sort((a, b) => a.start - b.start);
}

/**
 * Words just before a keyword that make it about someone's job, not their case: "jobbar i
 * hemtjänsten", "25 år på socialtjänsten", "anställd inom LSS".
 */
export function isWorkContext(context: TextContext, people: PeopleAnalysis, tokenIndex: number): boolean {
  const { tokens } = context;
  const sentence = tokens[tokenIndex]!.sentence;
  const before: number[] = [];
  for (let index = tokenIndex - 1; index >= 0 && before.length < 3 && tokens[index]!.sentence === sentence; index--) {
    if (tokens[index]!.kind === 'word') before.unshift(index);
  }
  if (before.some((index) => people.flags[index]! & F.workContext)) return true;
  return before.length >= 2 && tokens[before.at(-2)!]!.lower === 'år' && (people.flags[before.at(-1)!]! & F.workPreposition) !== 0;
}

/** "Anna Berg föreläser om att leva med diabetes": "om" shortly before a keyword in a talk or tips sentence. */
export function isLectureTopic(context: TextContext, people: PeopleAnalysis, tokenIndex: number): boolean {
  const { tokens } = context;
  if (!people.lectureSegments.has(people.segmentOf[tokenIndex]!)) return false;
  let words = 0;
  for (let index = tokenIndex - 1; index >= 0 && words < 5 && people.segmentOf[index] === people.segmentOf[tokenIndex]; index--) {
    if (tokens[index]!.kind !== 'word') continue;
    words++;
    const flag = people.flags[index]!;
    if (flag & F.possessive || tokens[index]!.lower === 'sin' || tokens[index]!.lower === 'sitt' || tokens[index]!.lower === 'sina') return false;
    if (flag & F.topicMarker) return true;
  }
  return false;
}

/** The shared person analysis of a text, computed once per text and profile. */
export function peopleOf(context: TextContext, profile: ResolvedProfile): PeopleAnalysis {
  const compiled = compiledFor(profile);
  const cache = cacheOf(context);
  // One profile per lint; the compiled profile is kept beside the analysis to be sure.
  if (cache.people === undefined || cache.peopleFor !== compiled) {
    cache.people = analyse(context, compiled);
    cache.peopleFor = compiled;
  }
  return cache.people as PeopleAnalysis;
}

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
 * case for general information (one pass over flags the scan already has).
 */
const relationFlags = F.relationPrivate | F.relationWork;

export function hintsOf(context: TextContext): Hints {
  const cache = cacheOf(context);
  if (cache.hints) return cache.hints as Hints;
  const flags = scanner().flags(context);
  const hints: Hints = { name: false, family: false, possessive: false, age: false, group: false };
  const { tokens } = context;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const flag = flags[index]!;
    const upper = token.value[0] !== token.lower[0];
    if (upper && isFirstName(token.lower)) hints.name = true;
    if (flag & F.familyHead) hints.family = true;
    // "vår" alone is everywhere ("vår webbplats", "i vår"); only a relation after it identifies.
    if (flag & F.possessive && ((flags[index + 1] ?? 0) & relationFlags || (flags[index + 2] ?? 0) & relationFlags)) hints.possessive = true;
    if (token.value[0] !== token.lower[0] && token.lower.endsWith('s') && flags[index + 1]! & relationFlags && isFirstName(token.lower)) hints.possessive = true;
    if (token.lower.includes('-åring')) hints.age = true;
    if (flag & (F.classWord | F.gradeWord | F.unitHead) || (token.lower === 'i' && classPattern.test(tokens[index + 1]?.value ?? ''))) hints.group = true;
  }
  cache.hints = hints;
  return hints;
}

/**
 * The first child word that says a child is there ("barn", "klass 2B", "8-åringar") and the first
 * place or activity for children ("förskolan", "sportlovet"), from the scan alone: enough for
 * bild-barn-samtycke, which needs no names or sentences.
 */
export function childWordsOf(context: TextContext): { named?: { start: number; end: number }; place?: { start: number; end: number } } {
  const { tokens } = context;
  const flags = scanner().flags(context);
  // "Anna Barn": a capitalised child word right after a first name is a surname.
  const surname = (index: number) => tokens[index]!.value[0] !== tokens[index]!.lower[0] && index > 0 && isFirstName(tokens[index - 1]!.lower) !== undefined;
  let named: { start: number; end: number } | undefined;
  const strong = scanner().hits(context, childLists.strong).find((hit) => !surname(hit.firstToken));
  if (strong) named = { start: strong.start, end: strong.end };
  for (let index = 0; index < tokens.length && (!named || named.start > tokens[index]!.start); index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (token.kind !== 'word' || !next || next.sentence !== token.sentence) continue;
    const flag = flags[index]!;
    const group =
      (flag & F.classWord && classValue.test(next.value)) ||
      (flag & F.gradeWord && gradeValue.test(next.value)) ||
      (token.lower === 'i' && next.kind === 'word' && classPattern.test(next.value)) ||
      (flag & F.unitHead && next.kind === 'word' && next.value[0] !== next.lower[0]);
    if (group) named = { start: token.start, end: next.end };
    else if (token.lower.includes('-åring') && childAgePattern.test(token.lower)) named = { start: token.start, end: token.end };
    if (named?.start === token.start) break;
  }
  const place = scanner().hits(context, childLists.place)[0];
  return { ...(named ? { named } : {}), ...(place ? { place: { start: place.start, end: place.end } } : {}) };
}

/** Is this word a first name from the shipped list (for tests and other rules)? */
export function isKnownFirstName(word: string): boolean {
  return isFirstName(word.toLowerCase().normalize('NFC')) !== undefined;
}

export const firstNameCount = firstNames.size;

export { scanner };

const escapeText = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const childWordPattern = new RegExp(
  `(?<!\\p{L})(?:${childData.strong.map((word) => (word.endsWith('*') ? `${escapeText(word.slice(0, -1))}\\p{L}*` : escapeText(word))).join('|')})(?!\\p{L})`,
  'iu',
);

/** Does a short text (an alt text) say that children are in the picture? */
export function mentionsChildren(text: string): boolean {
  return childWordPattern.test(text);
}
