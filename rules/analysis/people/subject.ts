import type { TextContext } from '../../core/context.ts';
import { F, agePattern, classPattern } from './lexicon.ts';

const pluralPupils = new Set(['elever', 'eleverna', 'barn', 'barnen', 'pojkar', 'pojkarna', 'flickor', 'flickorna', 'killar', 'killarna', 'tjejer', 'tjejerna', 'ungdomar', 'ungdomarna']);
import type { Frame } from './frame.ts';
import type { Identifier, PeopleAnalysis, PersonName, PlaceSpan } from './types.ts';

/**
 * Who a text is about: each way of identifying someone (a name, "hennes son", "familjen Andersson",
 * "en elev på Noltorpsskolan"), and the contexts that make a keyword someone's job or a topic.
 */
export function findIdentifiers(frame: Frame, names: PersonName[], places: PlaceSpan[], placeOf: number[]): { identifiers: Identifier[]; pronounSegments: Set<number>; nameAt: Map<number, PersonName> } {
  const { tokens, text, length, segmentOf, flags, capital, sameSegment, isSegmentInitial } = frame;
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
      source: name.source,
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

    // "familjen Berg": a kommun's name after a family word is a surname.
    const nextPlace = placeOf[index + 1] ? places[placeOf[index + 1]! - 1]! : undefined;
    const surnameNext = !nextPlace || (nextPlace.source === 'known' && nextPlace.lastToken === index + 2);
    if (flag & F.familyHead && next && sameSegment(index, index + 1) && capital[index + 1] && surnameNext) {
      identifiers.push({ kind: 'family', start: token.start, end: next.end, segment: segmentOf[index]!, value: text.slice(token.start, next.end), staff: false, source: false, colleague: false });
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
          source: following?.source ?? false,
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
          source: false,
          colleague: (flag & F.colleagueRole) !== 0,
        });
        break;
      }
    }
  }

  // Pupils named by their year or class and their school: "tre elever i årskurs 7 på Nolhagaskolan".
  for (let index = 0; index < length; index++) {
    if (!pluralPupils.has(tokens[index]!.lower)) continue;
    let grade = false;
    for (let ahead = index + 1; ahead < index + 9 && sameSegment(index, ahead + 1); ahead++) {
      if (flags[ahead]! & (F.classWord | F.gradeWord) || (tokens[ahead]!.lower === 'i' && classPattern.test(tokens[ahead + 1]!.value))) grade = true;
      const place = placeOf[ahead + 1] ? places[placeOf[ahead + 1]! - 1]! : undefined;
      if (!grade || !(flags[ahead]! & F.placePreposition) || !place?.school || place.broad) continue;
      const start = tokens[index - 1] && sameSegment(index, index - 1) && tokens[index - 1]!.kind !== 'punctuation' ? tokens[index - 1]!.start : tokens[index]!.start;
      identifiers.push({ kind: 'role-place', start, end: place.end, segment: segmentOf[index]!, value: text.slice(start, place.end), staff: false, source: false, colleague: false });
      break;
    }
  }

  return { identifiers, pronounSegments, nameAt };
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

