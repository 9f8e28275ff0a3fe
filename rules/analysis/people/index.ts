import type { TextContext, Token } from '../../core/context.ts';
import type { ResolvedProfile } from '../../profile/schema.ts';
import { scanner } from './scan.ts';
import { F, flagsOf } from './lexicon.ts';
import { frameOf } from './frame.ts';
import { compile, findPlaces, type Compiled } from './places.ts';
import { findNames } from './names.ts';
import { findIdentifiers } from './subject.ts';
import { findChildren } from './children.ts';
import type { ChildTerm, Identifier, PeopleAnalysis, PersonName, PlaceSpan } from './types.ts';

/**
 * "Identifiable person" without an NER model (rules.md: Decisions → Names of people), the one person
 * model every rule that needs people uses: names (names.ts), organisations and places (places.ts),
 * who is identified and how (subject.ts), children (children.ts), and cheap hints (hints.ts).
 */

export type * from './types.ts';
export { isLectureTopic, isWorkContext } from './subject.ts';
export { hintsOf, type Hints } from './hints.ts';
export { childWordsOf, mentionsChildren } from './children.ts';
export { firstNameCount, isKnownFirstName } from './name-data.ts';
export { scanner };

const compiledByProfile = new WeakMap<ResolvedProfile, Compiled>();

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

/** One text's person analysis; children and lecture segments are worked out when first asked for. */
class Analysis implements PeopleAnalysis {
  private lecture: Set<number> | undefined;
  private childTerms: ChildTerm[] | undefined;

  constructor(
    private readonly context: TextContext,
    private readonly tokens: Token[],
    readonly segmentOf: number[],
    readonly flags: number[],
    private readonly capital: number[],
    readonly names: PersonName[],
    readonly identifiers: Identifier[],
    readonly places: PlaceSpan[],
    readonly placeOf: number[],
    readonly pronounSegments: Set<number>,
    private readonly nameAt: Map<number, PersonName>,
  ) {}

  get lectureSegments(): Set<number> {
    if (!this.lecture) {
      this.lecture = new Set();
      for (let index = 0; index < this.tokens.length; index++) {
        const token = this.tokens[index]!;
        if (token.kind === 'word' && flagsOf(token.lower) & F.lecture) this.lecture.add(this.segmentOf[index]!);
      }
    }
    return this.lecture;
  }

  children(): ChildTerm[] {
    return (this.childTerms ??= findChildren(this.context, this.segmentOf, this.flags, this.capital, this.nameAt, this.placeOf));
  }

  segmentAt(offset: number): number {
    const { tokens } = this;
    let low = 0;
    let high = tokens.length - 1;
    if (high < 0) return 0;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tokens[middle]!.end > offset) high = middle;
      else low = middle + 1;
    }
    return this.segmentOf[low]!;
  }
}

function analyse(context: TextContext, compiled: Compiled): PeopleAnalysis {
  const frame = frameOf(context);
  const { tokens, length, segmentOf, flags, capital } = frame;
  const found = findPlaces(frame, compiled);
  const names = findNames(frame, found, compiled);
  // Known places that turned out to be surnames ("Anna Berg") are no longer places.
  const places = found.places.filter((place, index) => found.placeOf[place.firstToken] === index + 1);
  const placeOf = new Array<number>(length).fill(0);
  places.forEach((place, index) => {
    for (let token = place.firstToken; token < place.lastToken; token++) placeOf[token] = index + 1;
  });
  const { identifiers, pronounSegments, nameAt } = findIdentifiers(frame, names, places, placeOf);
  return new Analysis(context, tokens, segmentOf, flags, capital, names, identifiers, places, placeOf, pronounSegments, nameAt);
}

/**
 * Items (names, places, identifiers, child terms) by the segment they are in, in text order: rules
 * look up a segment instead of filtering every item per segment, which a post of thousands is not.
 */
export function bySegment<T extends { segment: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.segment);
    if (group) group.push(item);
    else groups.set(item.segment, [item]);
  }
  return groups;
}

/** The shared person analysis of a text, computed once per text and profile. */
export function peopleOf(context: TextContext, profile: ResolvedProfile): PeopleAnalysis {
  const compiled = compiledFor(profile);
  const cache = context.cache;
  // One profile per lint; the compiled profile is kept beside the analysis to be sure.
  if (cache.people === undefined || cache.peopleFor !== compiled) {
    cache.people = analyse(context, compiled);
    cache.peopleFor = compiled;
  }
  return cache.people as PeopleAnalysis;
}

