import { F, flagsOf } from './lexicon.ts';
import { isFirstName, firstNames } from './name-data.ts';
import type { Compiled } from './places.ts';
import type { Frame } from './frame.ts';
import type { PersonName, PlaceSpan } from './types.ts';

/**
 * Names of people: a known first name written like a name, further capitalised words (more first
 * names, then the surname, with particles such as "von"), and whether a role, a contact verb or a
 * colleague word stands with it.
 */
export function findNames(frame: Frame, places: PlaceSpan[], placeOf: number[], compiled: Compiled): PersonName[] {
  const { tokens, text, length, segmentOf, flags, capital, sameSegment, isSegmentInitial, wordsInSegment } = frame;
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

  return names;
}
