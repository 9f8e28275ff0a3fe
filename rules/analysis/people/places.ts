import type { ResolvedProfile } from '../../profile/schema.ts';
import { scanner, type ListHandle } from './scan.ts';
import { F, lower, placeSuffixes, placeSuffixLengths, schoolWord } from './lexicon.ts';
import type { Frame } from './frame.ts';
import type { PlaceSpan } from './types.ts';
import { data as placeData } from './places.schema.ts';

/**
 * Organisations and places, so that they are never taken for people: the profile's gazetteer, a
 * place suffix ("-gatan", "-skolan") and institution words ("förskolan X", "X IF").
 */

interface GazetteerData {
  broad: boolean;
  school: boolean;
}

export interface Compiled {
  gazetteer: ListHandle<GazetteerData>;
  publicRoleBefore: RegExp | undefined;
  publicRoleAfter: RegExp | undefined;
}

/**
 * Sweden's kommuner and localities, world places (data false) and organisations that look like a
 * person's name (data true): a place can be a surname ("Anna Berg"), a brand cannot ("Jasmine Disneys").
 */
const knownPlaces = scanner().add(
  'people:known-places',
  [...placeData.kommuner, ...placeData.localities, ...placeData.world, ...placeData.organisations].flatMap((phrase, index, all) => {
    const value = phrase.toLowerCase();
    const brand = index >= all.length - placeData.organisations.length;
    return [{ phrases: /[sxz]$/u.test(value) ? [value] : [value, `${value}s`], data: brand }];
  }),
);

/** Lowercase heads that make "Name Surname(s) X" an organisation or a place ("Astrid Lindgrens barnsjukhus", "Sofia kyrka"). */
const headsAfterName = placeData.headsAfterName;
const possessedHeads = new Set(['hem', 'hemmet', 'hus', 'huset', 'gård', 'gården', 'plats', 'platsen']);

export function isHeadAfterName(word: string, genitive: boolean): boolean {
  if (genitive && possessedHeads.has(word)) return false;
  return headsAfterName.some((head) => word === head || (head.length >= 4 && word.endsWith(head)));
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function hasPlaceSuffix(word: string): boolean {
  for (const length of placeSuffixLengths) if (word.length > length + 1 && placeSuffixes.has(word.slice(-length))) return true;
  return false;
}

/** The profile's gazetteer and public roles, compiled once per profile. */
export function compile(profile: ResolvedProfile): Compiled {
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

export interface FoundPlaces {
  places: PlaceSpan[];
  placeOf: number[];
  /** Adds a place found later (a name that turned out to be an organisation). */
  addPlace(first: number, last: number, source: PlaceSpan['source']): void;
}

export function findPlaces(frame: Frame, compiled: Compiled): FoundPlaces {
  const { context, tokens, text, length, segmentOf, flags, capital, sameSegment } = frame;
  const placeOf = new Array<number>(length).fill(0);
  const places: PlaceSpan[] = [];
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
    const flag = flags[index]!;
    // "Vårdcentralen Centrum", "Förskolan Tuvan": the head and the name after it, before the suffix alone.
    if (flag & F.institutionHead && capital[index + 1] && sameSegment(index, index + 1) && !placeOf[index + 1]) {
      let last = index + 1;
      while (last < index + 3 && sameSegment(index, last) && capital[last] && !placeOf[last]) last++;
      addPlace(index, last, false, false, 'institution');
      continue;
    }
    if (capital[index] && hasPlaceSuffix(tokens[index]!.lower)) {
      addPlace(index, index + 1, false, false, 'pattern');
      continue;
    }
    if (flag & F.institutionTail && capital[index - 1] && sameSegment(index, index - 1)) {
      let first = index - 1;
      if (capital[first - 1] && sameSegment(index, first - 1) && !placeOf[first - 1]) first--;
      if (!placeOf[first]) addPlace(first, index + 1, false, false, 'institution');
    }
  }
  // Known places last, so that "Victoria Park" is one institution rather than the place Victoria.
  for (const hit of scanner().hits(context, knownPlaces)) if (capital[hit.firstToken]) addPlace(hit.firstToken, hit.lastToken, false, false, hit.data ? 'brand' : 'known');
  return { places, placeOf, addPlace: (first, last, source) => addPlace(first, last, false, false, source) };
}
