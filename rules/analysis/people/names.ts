import { F, flagsOf, isAdultRole } from './lexicon.ts';
import { isAmbiguousName, isFirstName, firstNames } from './name-data.ts';
import { isHeadAfterName, type Compiled, type FoundPlaces } from './places.ts';
import type { Frame } from './frame.ts';
import type { PersonName } from './types.ts';
import { isKnownWord } from '../../spelling/spell.ts';

/**
 * Names of people, from evidence rather than one list: a known first name written like a name
 * (name-data.ts), further capitalised words (more first names, then the surname, with particles
 * such as "von", "al", "bin", initials as in "Lars G Brandt"), or two capitalised words that are not
 * Swedish words. A name alone does not make a person: a name
 * that is also a Swedish word needs a surname at the start of a sentence, a known place stays a
 * place unless a surname follows ("Nora" but "Nora Berg"), and a name followed by an organisation's
 * head ("Astrid Lindgrens barnsjukhus", "Sofia kyrka") or standing after "i/på/vid" is a place.
 */

const initial = /^\p{Lu}\.?$/u;

export function findNames(frame: Frame, found: FoundPlaces, compiled: Compiled): PersonName[] {
  const { tokens, text, length, segmentOf, flags, capital, sameSegment, isSegmentInitial, wordsInSegment } = frame;
  const { places, placeOf } = found;
  const names: PersonName[] = [];
  /** End of the last name used as a word ("namnet Keira"), so that "… än Kiera" is one too. */
  let nameAsWordEnd = -1;
  const placeAt = (index: number) => (placeOf[index] ? places[placeOf[index]! - 1] : undefined);
  /** A known single-word place ("Berg", "Nora") that can also be a surname or a first name. */
  const looseKnownPlace = (index: number) => {
    const place = placeAt(index);
    return place !== undefined && place.source === 'known' && place.lastToken === index + 1 && place.firstToken === index;
  };
  const surnameAt = (index: number) => sameSegment(index - 1, index) && capital[index] === 1 && (!placeOf[index] || looseKnownPlace(index));
  const isUnknownWord = (index: number) => !isKnownWord(tokens[index]!.lower);

  for (let index = 0; index < length; index++) {
    if (!capital[index]) continue;
    if (placeOf[index] && !(looseKnownPlace(index) && surnameAt(index + 1))) continue;
    const token = tokens[index]!;
    let first = isFirstName(token.lower);
    if (!first) {
      // Two capitalised words that are not Swedish words: a first name the data lacks and a surname
      // ("Oluwaseun Adeyemi", "Ngozi Okonkwo").
      const next = tokens[index + 1] && initial.test(tokens[index + 1]!.value) ? index + 2 : index + 1;
      if (!surnameAt(next) || placeOf[next]) continue;
      // Neither word is Swedish, and the first is no proper noun the dictionary knows ("Volvo Cars").
      // The second may be a known first name, as surnames often are ("Adebayo Osman", "Chidi Hassan").
      if (isKnownWord(token.value) || !isUnknownWord(index) || (!isUnknownWord(next) && !isFirstName(tokens[next]!.lower))) continue;
      first = { genitive: false };
    }
    // "Till Anna Berg", "Vid Per Albin": an everyday word that is also a name, then a real first name.
    if (isSegmentInitial(index) && isAmbiguousName(token.lower) && capital[index + 1] && isFirstName(tokens[index + 1]!.lower)) continue;
    // Further capitalised words: more first names, initials, then the surname ("Anna Maria von Berg", "Lars G Brandt").
    let last = index + 1;
    let genitive = first.genitive;
    let partOfPlace = false;
    for (let next = index + 1; !genitive && next < index + 5 && sameSegment(index, next); next++) {
      const candidate = tokens[next]!;
      if (flags[next]! & F.particle && candidate.value === candidate.lower && capital[next + 1] && (!placeOf[next + 1] || looseKnownPlace(next + 1))) continue;
      if (initial.test(candidate.value) && candidate.kind === 'word' && surnameAt(next + 1)) continue;
      if (!capital[next]) {
        // A hyphenated place or event takes the whole phrase before it as its first part, small words
        // included: "Emil i Lönneberga-dagarna" are days named after Emil i Lönneberga, like "Anna Lindh-skolan".
        const place = placeAt(next + 1);
        partOfPlace = candidate.kind === 'word' && candidate.value === candidate.lower && candidate.value.length <= 3 && place?.source === 'pattern' && place.firstToken === next + 1 && tokens[next + 1]!.value.includes('-');
        break;
      }
      if (placeOf[next] && !looseKnownPlace(next)) {
        // "Erik Dahlbergsgatan", "Astrid Lindgrens skola", "Charles de Gaulle-flygplatsen": the first name belongs to the place.
        partOfPlace = places[placeOf[next]! - 1]!.source !== 'gazetteer' && tokens.slice(last, next).every((between) => between.kind === 'word' && flags[between.index]! & F.particle);
        break;
      }
      last = next + 1;
      if (candidate.lower.endsWith('s') && !firstNames.has(candidate.lower)) genitive = true;
    }
    if (partOfPlace) continue;
    // Three or more capitalised words after the first names read as an organisation ("Carl Malmsten Furniture Studies").
    let restStart = index + 1;
    while (restStart < last && isFirstName(tokens[restStart]!.lower)) restStart++;
    if (tokens.slice(restStart, last).filter((part) => capital[part.index]).length >= 3) {
      found.addPlace(index, last, 'named');
      index = last - 1;
      continue;
    }
    const full = last > index + 1;
    const base = first.genitive ? token.lower.slice(0, -1) : token.lower;
    if (!full && isAmbiguousName(base) && isSegmentInitial(index)) continue;
    if (!full && looseKnownPlace(index)) continue;
    // An organisation's head right after the name: "Astrid Lindgrens barnsjukhus", "S:t Lars sjukhus".
    const following = tokens[last];
    if (following && sameSegment(index, last) && following.kind === 'word' && following.value === following.lower && isHeadAfterName(following.lower, genitive)) {
      found.addPlace(index, last + 1, 'named');
      index = last;
      continue;
    }
    const before = wordsInSegment(index, -3);
    const preposition = before[0] !== undefined && before[0] === index - 1 ? tokens[before[0]]!.lower : undefined;
    // "med namnet Keira (än Kiera)": the name as a word, nobody in particular.
    if (preposition === 'namnet' || preposition === 'namnen' || ((preposition === 'än' || preposition === 'eller' || preposition === 'och') && before[1] === nameAsWordEnd - 1)) {
      nameAsWordEnd = last;
      index = last - 1;
      continue;
    }
    // "i/på/vid X" puts X in a place ("på Morgan Stanley", "i Santa Monica"), but not "tänker på Anna".
    if ((preposition === 'i' || preposition === 'vid' || (preposition === 'på' && !(before[1] !== undefined && flags[before[1]]! & F.placeContextVerb))) && !first.genitive) {
      found.addPlace(index, last, 'named');
      index = last - 1;
      continue;
    }
    // Known places inside the name are its surname after all ("Anna Berg").
    for (let part = index; part < last; part++) placeOf[part] = 0;
    const after = wordsInSegment(last - 1, 5);
    const isRole = (word: number) => isAdultRole(tokens[word]!.lower);
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
      source: isSource(frame, index, last, before, isRole),
      colleague,
      ...(roleIndex !== undefined ? { role: tokens[roleIndex]!.lower } : {}),
      publicRole,
    });
    index = last - 1;
  }
  return names;
}

/**
 * Quoted or cited: a speech verb just before the name, with at most a role between ("säger Anna
 * Berg", "enligt överläkare Anna Berg"), or as the first word after it, past an apposition in commas
 * ("Anna Berg berättar att …", "Anna Berg, enhetschef för hemtjänsten, berättar att …").
 */
function isSource(frame: Frame, first: number, last: number, before: number[], isRole: (word: number) => boolean): boolean {
  const { tokens, flags, sameSegment } = frame;
  for (const word of before.slice(0, 2)) {
    if (flags[word]! & F.speech) return true;
    if (!isRole(word)) break;
  }
  let index = last;
  if (tokens[index]?.value === ',') {
    let end = index + 1;
    while (end < index + 10 && sameSegment(first, end) && tokens[end]!.value !== ',') end++;
    if (tokens[end]?.value !== ',') return false;
    index = end + 1;
  }
  while (tokens[index] && tokens[index]!.kind !== 'word' && tokens[index]!.value !== ',' && sameSegment(first, index)) index++;
  return tokens[index] !== undefined && sameSegment(first, index) && (flags[index]! & F.speech) !== 0;
}
