import type { TextContext, Token } from '../core/context.ts';
import type { ResolvedProfile } from '../profile/schema.ts';
import { compileWordList, type WordList } from '../core/wordlist.ts';
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
  segmentOf: Int32Array;
  segmentCount: number;
  names: PersonName[];
  identifiers: Identifier[];
  places: PlaceSpan[];
  /** Place span index + 1 for each token, 0 when the token is not part of a place. */
  placeOf: Int32Array;
  /** Segments that contain han/hon/hen/hans/hennes … */
  pronounSegments: Set<number>;
  children(): ChildTerm[];
  segmentStart(segment: number): number;
  /** Segment of a text offset (the token at or after it). */
  segmentAt(offset: number): number;
}

const lower = (values: string[]) => new Set(values.map((value) => value.toLowerCase().normalize('NFC')));

const firstNames = lower(firstNameData.names);
const ambiguousNames = lower(firstNameData.ambiguous);
const particles = lower(lexicon.surnameParticles);
const familyHeads = lower(lexicon.familyHeads);
const possessives = lower(lexicon.possessives);
const privateRelations = lower(lexicon.relationNouns.private);
const workRelations = lower(lexicon.relationNouns.work);
const singularDeterminers = lower(lexicon.singularDeterminers);
const quantifiers = lower(lexicon.generalQuantifiers);
const indefiniteRoles = lower(lexicon.roleNouns.indefinite);
const definiteRoles = lower(lexicon.roleNouns.definite);
const colleagueRoles = lower(['medarbetare', 'medarbetaren', 'kollega', 'kollegan', 'anställd', 'vikarie', 'vikarien', 'praktikant', 'praktikanten']);
const staffRoles = lower(['lärare', 'läraren']);
const placePrepositions = lower(lexicon.placePrepositions);
const placeSuffixes = lexicon.placeSuffixes.map((suffix) => suffix.toLowerCase());
const institutionHeads = lower(lexicon.institutionHeads);
const institutionTails = lower(lexicon.institutionTails);
const contactVerbs = lower(lexicon.contactVerbs);
const pronouns = lower(lexicon.thirdPersonPronouns);
const agePattern = new RegExp(lexicon.agePattern, 'u');
const childAgePattern = new RegExp(childData.agePattern, 'u');

const adultRoleExact = new Set<string>();
const adultRoleStems: string[] = [];
for (const role of lexicon.adultRoles) {
  const value = role.toLowerCase();
  if (value.includes(' ')) continue;
  if (value.endsWith('*')) adultRoleStems.push(value.slice(0, -1));
  else adultRoleExact.add(value);
}
const adultRoleStemPattern = new RegExp(`^(?:${adultRoleStems.join('|')})`, 'u');
const isAdultRole = (word: string) => adultRoleExact.has(word) || adultRoleStemPattern.test(word);

// A name: capital then lower case, parts joined by hyphens ("Anna-Karin", "Al-Hassan").
const capitalised = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
const sentenceEnd = /[.!?…]$/u;
const startsUpper = /^\p{Lu}/u;
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

interface GazetteerData {
  broad: boolean;
  school: boolean;
}

interface Compiled {
  gazetteer: WordList<GazetteerData>;
  publicRoleBefore: RegExp | undefined;
  publicRoleAfter: RegExp | undefined;
  strongChildren: WordList<boolean>;
  placeChildren: WordList<boolean>;
  singularChildren: WordList<boolean>;
  cache: WeakMap<TextContext, PeopleAnalysis>;
}

const compiledByProfile = new WeakMap<ResolvedProfile, Compiled>();

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(profile: ResolvedProfile): Compiled {
  const organisation = profile.organisation;
  const broad = lower([organisation.name, organisation.name.split(/\s+/)[0]!, ...organisation.selfNames]);
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
  const gazetteer = compileWordList([...phrases].map(([phrase, data]) => ({ phrases: [phrase], data })));
  const roles = profile.gazetteer.publicRoles.map((role) => escape(role.toLowerCase()));
  return {
    gazetteer,
    publicRoleBefore: roles.length > 0 ? new RegExp(`(?:^|\\s)(?:${roles.join('|')})\\p{L}*[\\s,]*$`, 'u') : undefined,
    publicRoleAfter: roles.length > 0 ? new RegExp(`^[\\s,(]*(?:${roles.join('|')})`, 'u') : undefined,
    strongChildren: compileWordList([{ phrases: childData.strong, data: true }]),
    placeChildren: compileWordList([{ phrases: childData.places, data: true }]),
    singularChildren: compileWordList([{ phrases: childData.singular, data: true }]),
    cache: new WeakMap(),
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

function segment(tokens: Token[]): { segmentOf: Int32Array; count: number } {
  const segmentOf = new Int32Array(tokens.length);
  let current = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = tokens[index - 1];
    if (previous && (previous.sentence !== token.sentence || (sentenceEnd.test(previous.value) && startsUpper.test(token.value)))) current++;
    segmentOf[index] = current;
  }
  return { segmentOf, count: tokens.length > 0 ? current + 1 : 0 };
}

function analyse(context: TextContext, compiled: Compiled): PeopleAnalysis {
  const { tokens, text } = context;
  const { segmentOf, count } = segment(tokens);
  const placeOf = new Int32Array(tokens.length);
  const places: PlaceSpan[] = [];
  const sameSegment = (a: number, b: number) => b >= 0 && b < tokens.length && segmentOf[a] === segmentOf[b];
  const isCapitalisedWord = (index: number) => {
    const token = tokens[index];
    return token !== undefined && token.kind === 'word' && capitalised.test(token.value);
  };
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

  for (const hit of compiled.gazetteer.find(context)) addPlace(hit.firstToken, hit.lastToken, hit.data.broad, hit.data.school, 'gazetteer');
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || placeOf[index]) continue;
    if (startsUpper.test(token.value) && placeSuffixes.some((suffix) => token.lower.endsWith(suffix) && token.lower.length > suffix.length + 1)) {
      addPlace(index, index + 1, false, false, 'pattern');
      continue;
    }
    if (institutionHeads.has(token.lower)) {
      let last = index + 1;
      while (last < index + 3 && sameSegment(index, last) && isCapitalisedWord(last) && !placeOf[last]) last++;
      if (last > index + 1) addPlace(index, last, false, false, 'institution');
    } else if (institutionTails.has(token.lower) && isCapitalisedWord(index - 1) && sameSegment(index, index - 1)) {
      let first = index - 1;
      if (isCapitalisedWord(first - 1) && sameSegment(index, first - 1) && !placeOf[first - 1]) first--;
      if (!placeOf[first]) addPlace(first, index + 1, false, false, 'institution');
    }
  }

  const isSegmentInitial = (index: number) => {
    const previous = tokens[index - 1];
    if (!previous || segmentOf[index - 1] !== segmentOf[index]) return true;
    return previous.kind === 'symbol' || (previous.kind === 'punctuation' && previous.value !== ',');
  };

  /** Up to |count| words before (negative) or after (positive) a token, within its segment. */
  const wordsInSegment = (from: number, count: number) => {
    const values: string[] = [];
    const step = count < 0 ? -1 : 1;
    for (let index = from + step; values.length < Math.abs(count) && sameSegment(from, index); index += step) {
      if (tokens[index]!.kind === 'word') values.push(tokens[index]!.lower);
    }
    return step < 0 ? values.reverse() : values;
  };

  const names: PersonName[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || placeOf[index] || !capitalised.test(token.value)) continue;
    const found = isFirstName(token.lower);
    if (!found) continue;
    // Further capitalised words: more first names, then the surname ("Anna Maria von Berg").
    let last = index + 1;
    let genitive = found.genitive;
    let partOfPlace = false;
    for (let next = index + 1; !genitive && next < index + 5 && sameSegment(index, next); next++) {
      const candidate = tokens[next]!;
      if (candidate.kind === 'word' && particles.has(candidate.value) && isCapitalisedWord(next + 1) && !placeOf[next + 1]) continue;
      if (!isCapitalisedWord(next)) break;
      if (placeOf[next]) {
        // "Erik Dahlbergsgatan", "Astrid Lindgrens skola": the first name belongs to the place.
        partOfPlace = next === last && places[placeOf[next]! - 1]!.source !== 'gazetteer';
        break;
      }
      last = next + 1;
      if (candidate.lower.endsWith('s') && !isFirstName(candidate.lower)) genitive = true;
    }
    if (partOfPlace) continue;
    const full = last > index + 1;
    const base = found.genitive ? token.lower.slice(0, -1) : token.lower;
    if (!full && ambiguousNames.has(base) && isSegmentInitial(index)) continue;
    const before = wordsInSegment(index, -3);
    const after = wordsInSegment(last - 1, 5);
    const beforeText = text.slice(Math.max(0, token.start - 60), token.start).toLowerCase();
    const afterText = text.slice(tokens[last - 1]!.end, tokens[last - 1]!.end + 60).toLowerCase();
    const role = before.find((word) => isAdultRole(word)) ?? after.find((word) => isAdultRole(word));
    const staff = role !== undefined || before.some((word) => contactVerbs.has(word));
    const colleague = before.some((word) => workRelations.has(word)) || after.slice(0, 3).some((word) => workRelations.has(word));
    const publicRole = (compiled.publicRoleBefore?.test(beforeText) || compiled.publicRoleAfter?.test(afterText)) ?? false;
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
      ...(role ? { role } : {}),
      publicRole,
    });
    index = last - 1;
  }

  const nameAt = new Map<number, PersonName>();
  for (const name of names) nameAt.set(name.firstToken, name);

  const identifiers: Identifier[] = [];
  const pronounSegments = new Set<number>();
  for (const name of names) {
    identifiers.push({ kind: name.full ? 'full-name' : 'first-name', start: name.start, end: name.end, segment: name.segment, value: name.value, staff: name.staff, colleague: name.colleague, ...(name.role ? { role: name.role } : {}) });
  }

  const isPlaceAt = (index: number) => {
    const place = placeOf[index] ? places[placeOf[index] - 1]! : undefined;
    if (place) return place.firstToken === index && !place.broad;
    return isCapitalisedWord(index) && !isSegmentInitial(index) && !nameAt.has(index);
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const word = token.lower;
    if (pronouns.has(word)) pronounSegments.add(segmentOf[index]!);
    const next = tokens[index + 1];

    if (familyHeads.has(word) && next && sameSegment(index, index + 1) && isCapitalisedWord(index + 1) && !placeOf[index + 1]) {
      identifiers.push({ kind: 'family', start: token.start, end: next.end, segment: segmentOf[index]!, value: text.slice(token.start, next.end), staff: false, colleague: false });
      continue;
    }

    // Possessive relation: "hennes son", "vår medarbetare Kim", "Annas dotter".
    const genitiveName = nameAt.get(index);
    const isPossessive = possessives.has(word) || (genitiveName?.genitive && genitiveName.lastToken === index + 1);
    if (isPossessive) {
      let relationIndex = index + 1;
      // One adjective may come between ("vår nya kollega").
      if (sameSegment(index, relationIndex) && tokens[relationIndex]?.kind === 'word' && !privateRelations.has(tokens[relationIndex]!.lower) && !workRelations.has(tokens[relationIndex]!.lower)) relationIndex++;
      const relation = tokens[relationIndex];
      if (relation && sameSegment(index, relationIndex) && relation.kind === 'word' && (privateRelations.has(relation.lower) || workRelations.has(relation.lower))) {
        const following = nameAt.get(relationIndex + 1);
        const end = following && sameSegment(index, relationIndex + 1) ? following.end : relation.end;
        identifiers.push({
          kind: 'possessive',
          start: genitiveName?.genitive ? genitiveName.start : token.start,
          end,
          segment: segmentOf[index]!,
          value: text.slice(genitiveName?.genitive ? genitiveName.start : token.start, end),
          staff: following?.staff ?? false,
          colleague: workRelations.has(relation.lower),
        });
        continue;
      }
    }

    // Role plus place: "en elev på Noltorpsskolan", "brukaren på Ängabo", "en 15-åring från Sollebrunn".
    const previous = tokens[index - 1];
    const determined = previous !== undefined && sameSegment(index, index - 1) && singularDeterminers.has(previous.lower);
    const generic = previous !== undefined && sameSegment(index, index - 1) && quantifiers.has(previous.lower);
    const isRole = !generic && (definiteRoles.has(word) || (indefiniteRoles.has(word) && determined) || (agePattern.test(word) && (determined || word.endsWith('en'))));
    if (isRole) {
      for (let ahead = index + 1; ahead < index + 8 && sameSegment(index, ahead + 1); ahead++) {
        const candidate = tokens[ahead]!;
        if (candidate.kind === 'punctuation' && candidate.value !== '-') break;
        if (candidate.kind !== 'word' || !placePrepositions.has(candidate.lower)) continue;
        if (!isPlaceAt(ahead + 1)) continue;
        const place = placeOf[ahead + 1] ? places[placeOf[ahead + 1]! - 1]! : undefined;
        const end = place ? place.end : tokens[ahead + 1]!.end;
        const start = determined ? previous!.start : token.start;
        identifiers.push({ kind: 'role-place', start, end, segment: segmentOf[index]!, value: text.slice(start, end), staff: staffRoles.has(word), colleague: colleagueRoles.has(word) });
        break;
      }
    }
  }

  let children: ChildTerm[] | undefined;
  const segmentStarts: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (segmentStarts.length <= segmentOf[index]!) segmentStarts.push(tokens[index]!.start);

  return {
    segmentOf,
    segmentCount: count,
    names,
    identifiers,
    places,
    placeOf,
    pronounSegments,
    children: () => (children ??= findChildren(context, compiled, segmentOf, nameAt, placeOf)),
    segmentStart: (index) => segmentStarts[index] ?? 0,
    segmentAt: (offset) => {
      const token = tokens.find((candidate) => candidate.end > offset);
      return token ? segmentOf[token.index]! : Math.max(0, count - 1);
    },
  };
}

function findChildren(context: TextContext, compiled: Compiled, segmentOf: Int32Array, nameAt: Map<number, PersonName>, placeOf: Int32Array): ChildTerm[] {
  const { tokens, text } = context;
  const terms: ChildTerm[] = [];
  const insideName = new Uint8Array(tokens.length);
  for (const name of nameAt.values()) for (let index = name.firstToken; index < name.lastToken; index++) insideName[index] = 1;
  const push = (first: number, last: number, tier: ChildTier, singular: boolean) => {
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    terms.push({ start, end, segment: segmentOf[first]!, tier, singular, value: text.slice(start, end) });
  };
  const singularStarts = new Set(compiled.singularChildren.find(context).map((hit) => hit.lastToken - 1));
  // "Anna Barn" is a surname: a capitalised child word inside a name never counts.
  const usable = (index: number) => !insideName[index];
  for (const hit of compiled.strongChildren.find(context)) {
    if (usable(hit.firstToken)) push(hit.firstToken, hit.lastToken, 'strong', singularStarts.has(hit.lastToken - 1));
  }
  for (const hit of compiled.placeChildren.find(context)) {
    if (usable(hit.firstToken)) push(hit.firstToken, hit.lastToken, 'place', false);
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || !usable(index)) continue;
    const next = tokens[index + 1];
    const sameSegment = next !== undefined && segmentOf[index + 1] === segmentOf[index];
    if (childData.classWords.includes(token.lower) && sameSegment && classValue.test(next.value)) push(index, index + 2, 'class', false);
    else if (childData.gradeWords.includes(token.lower) && sameSegment && gradeValue.test(next.value)) push(index, index + 2, 'grade', false);
    else if (childAgePattern.test(token.lower)) push(index, index + 1, 'age', /-åring(en)?$/u.test(token.lower));
    else if (childData.unitHeads.includes(token.lower) && sameSegment && next.kind === 'word' && capitalised.test(next.value) && placeOf[index + 1]) push(index, index + 2, 'unit', false);
  }
  return terms.sort((a, b) => a.start - b.start);
}

/** The shared person analysis of a text, computed once per text and profile. */
export function peopleOf(context: TextContext, profile: ResolvedProfile): PeopleAnalysis {
  const compiled = compiledFor(profile);
  let analysis = compiled.cache.get(context);
  if (!analysis) {
    analysis = analyse(context, compiled);
    compiled.cache.set(context, analysis);
  }
  return analysis;
}

/** Is this word a first name from the shipped list (for tests and other rules)? */
export function isKnownFirstName(word: string): boolean {
  return isFirstName(word.toLowerCase().normalize('NFC')) !== undefined;
}

export const firstNameCount = firstNames.size;

const escapeText = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const childWordPattern = new RegExp(
  `(?<!\\p{L})(?:${childData.strong.map((word) => (word.endsWith('*') ? `${escapeText(word.slice(0, -1))}\\p{L}*` : escapeText(word))).join('|')})(?!\\p{L})`,
  'iu',
);

/** Does a short text (an alt text) say that children are in the picture? */
export function mentionsChildren(text: string): boolean {
  return childWordPattern.test(text);
}
