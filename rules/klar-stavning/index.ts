import { defineRule } from '../core/define.ts';
import { atSentenceStart } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { compoundParts } from '../spelling/dictionary.ts';
import { isKnownWord } from '../spelling/spell.ts';
import { likelyTypoOf } from '../spelling/typo.ts';
import { prepareLetterSequences } from '../spelling/letter-sequences.ts';
import { data as abbreviationData } from '../core/abbreviations.schema.ts';
import abbreviationRule from '../analysis/forkortningar.json' with { type: 'json' };
import { data as firstNameData } from '../analysis/people/first-names.schema.ts';
import { data as supplement } from './ord.schema.ts';

const minLength = 3;
const skipShape = /[\d.:@/_&'’´`]/u;
// A hyphenated word with these is an address or a code; digits only make one piece a code ("F1-biljett").
const sourceShape = /[.:@/_&'’´`]/u;
const allDigits = /^\d+$/u;
const lowerOf = (word: string) => word.toLowerCase().normalize('NFC');

/**
 * A hyphenated word's pieces, each with its offset in the word. What follows a number is a suffix of
 * its own ("28-åringen", "1800-talet", "3-rummare"): dictionary-sv's number compound rule (flag 6),
 * which nspell cannot apply.
 */
function piecesOf(word: string): { value: string; offset: number; suffix: boolean }[] {
  const pieces: { value: string; offset: number; suffix: boolean }[] = [];
  let offset = 0;
  let afterNumber = false;
  for (const value of word.split('-')) {
    pieces.push({ value, offset, suffix: afterNumber });
    afterNumber = allDigits.test(value);
    offset += value.length + 1;
  }
  return pieces;
}
const hasLower = /\p{Ll}/u;
const innerCapital = /^.\p{Ll}*\p{Lu}/u;
// Names of foreign origin rarely have them; a misspelt Swedish word at a sentence start often does ("Välkomen").
const swedishLetters = /[åäö]/u;

// Looking for a close dictionary word costs about a millisecond a word: a post full of unknown words
// (a language not detected, pasted code) gets at most this many looked at, the first ones.
const maxTypoChecks = 100;
// A slip inside a compound the dictionary lacks costs as much again to look for: in the first words looked for only.
const maxCompoundChecks = 25;

// Two unknown words sharing this many first letters are forms of one term.
const stemLength = 7;
const sameStem = (a: string, b: string) => a === b || (a.length >= stemLength && b.length >= stemLength && a.slice(0, stemLength) === b.slice(0, stemLength));

const isCapitalised = (token: Token) => token.value.charAt(0) !== token.lower.charAt(0);

/** Abbreviations without their dots are words of their own ("kl", "tel", "bla", "pga"): other rules own them. */
function abbreviationWords(): string[] {
  const undotted = [...abbreviationData.abbreviations];
  for (const entry of abbreviationRule.entries) undotted.push(...Object.keys(entry.forms).filter((form) => !/[.\s]/u.test(form)));
  return undotted;
}

export default defineRule(
  {
    id: 'klar-stavning',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Möjligt stavfel',
    description:
      'Språklagen 11 § säger att språket i offentlig verksamhet ska vara vårdat. Ordet finns inte i den svenska ordlistan (dictionary-sv), kan inte delas upp i kända ord och ligger en bokstav från ett ord som finns där, så det är troligen ett stavfel. Sällsynta ord och nya sammansättningar utan ett sådant närliggande ord flaggas inte, inte heller en vanlig böjningsform som ordlistan saknar ("detektivhistorior") eller ett ovanligt ord som används flera gånger i samma text. I ett ord med bindestreck kontrolleras delarna var för sig. Sammansättningar som "medborgardialog" godtas när delarna finns. Namn, webbadresser, e-postadresser, omnämnanden, hashtaggar, siffror och organisationens egna ord i profilen flaggas aldrig. Förslag på stavning hämtas först när du ber om dem.',
    basis: ['Språklagen (2009:600) 11 §', 'dictionary-sv (Hunspell-ordlista för svenska)'],
    examples: [
      {
        bad: 'Biblioteket har nya öppetider från måndag.',
        good: 'Biblioteket har nya öppettider från måndag.',
        findings: [
          { actual: 'öppetider', severity: 'info' },
        ],
      },
      {
        bad: 'Välkomen till medborgardialogen i stadshuset!',
        good: 'Välkommen till medborgardialogen i stadshuset!',
        findings: [
          { actual: 'Välkomen', severity: 'info' },
        ],
      },
    ],
  },
  (settings) => {
    const { profile } = settings;
    // Build the dictionary and the letter sequences' table now, at start, not on the first post.
    compoundParts();
    prepareLetterSequences();
    const accepted = new Set(
      [
        ...profile.vocabulary,
        ...Object.values(profile.gazetteer).flat(),
        ...profile.organisation.selfNames,
        ...profile.localParties,
        ...firstNameData.names,
        ...supplement.words,
        ...abbreviationWords(),
      ]
        .flatMap((name) => name.split(/[\s-]+/u))
        .map(lowerOf)
        .filter(Boolean),
    );
    const begins = supplement.compoundBegins;

    /** The organisation's words and names, and their genitives ("Alingsåshems"). */
    const isAccepted = (lower: string) => accepted.has(lower) || (lower.endsWith('s') && accepted.has(lower.slice(0, -1)));

    /** Our own compound first parts ("lovprogram"), which the dictionary does not mark. */
    const supplementCompound = (lower: string) =>
      begins.some((begin) => lower.length > begin.length + 2 && lower.startsWith(begin) && isKnownWord(lower.slice(begin.length)));

    /** Whether a word as written needs no flag whatever its place: the same answer every time, so one Map lookup. */
    const fine = new Map<string, boolean>();
    const verdict = (value: string, lower: string): boolean => {
      let result = fine.get(value);
      if (result === undefined) {
        result = value.includes('-')
          ? hyphenatedFine(value, lower)
          : skipShape.test(value) ||
          !hasLower.test(value) ||
          innerCapital.test(value) ||
          isAccepted(lower) ||
          isKnownWord(value) ||
          supplementCompound(lower);
        if (fine.size > 50_000) fine.clear();
        fine.set(value, result);
      }
      return result;
    };

    /**
     * A hyphenated word known or accepted as a whole ("e-post", "gång-"), not a word at all, or one
     * whose every piece is fine as written: short, a number's suffix ("28-åringen"), or a word.
     */
    const hyphenatedFine = (value: string, lower: string): boolean =>
      sourceShape.test(value) ||
      isAccepted(lower) ||
      isKnownWord(value) ||
      piecesOf(value).every((piece) => piece.value.length < minLength || piece.suffix || verdict(piece.value, lowerOf(piece.value)));

    /** A word of the text, or one piece of a hyphenated word, with its place. */
    interface Span {
      start: number;
      end: number;
      value: string;
      lower: string;
    }

    /**
     * The pieces of a hyphenated word that may be misspelt, or none. A piece with a capital is a name
     * ("Nazi-regimen", "Tesco-konton"), one with digits a code ("F1-biljett"), and only the other
     * pieces are looked at, not a number's suffix either. A typo spoils one piece; with more than one
     * unknown it is a foreign phrase ("singer-songwriter").
     */
    const unknownPiece = (token: Token, atStart: boolean): Span | undefined => {
      let found: Span | undefined;
      let foreign = false;
      for (const { value, offset, suffix } of piecesOf(token.value)) {
        const start = token.start + offset;
        if (value.length < 2 || suffix) continue;
        const lower = lowerOf(value);
        if (verdict(value, lower) || (value !== lower && !(atStart && start === token.start))) continue;
        // A short unknown piece is never flagged itself, but makes the word foreign ("stand-up").
        if (found || foreign) return undefined;
        if (value.length < minLength) foreign = true;
        else found = { start, end: start + value.length, value, lower };
      }
      return foreign ? undefined : found;
    };

    return (_tree, file) => {
      const context = contextOf(file);
      let capitalisedMidSentence: Set<string> | undefined;
      const flagged: Span[] = [];
      let checks = 0;
      // Words looked for as typos (names left out), for the compound search's bound.
      let searched = 0;
      for (const token of context.words) {
        if (token.value.length < minLength || verdict(token.value, token.lower)) continue;
        if (++checks > maxTypoChecks) break;
        const span = token.value.includes('-') ? unknownPiece(token, atSentenceStart(context, token.index)) : token;
        if (!span) continue;
        if (span.value.charAt(0) !== span.lower.charAt(0)) {
          // Capitalised in mid-sentence: a name. At the start of a sentence: a name if capitalised
          // elsewhere too, or when it has no å, ä or ö ("Caplan", "Isner").
          if (!atSentenceStart(context, token.index) || !swedishLetters.test(span.lower)) continue;
          capitalisedMidSentence ??= new Set(context.words.filter((word) => isCapitalised(word) && !atSentenceStart(context, word.index)).map((word) => word.value));
          if (capitalisedMidSentence.has(token.value) || capitalisedMidSentence.has(span.value)) continue;
        }
        if (likelyTypoOf(span.lower, ++searched <= maxCompoundChecks) !== undefined) flagged.push(span);
      }
      for (const span of flagged) {
        // A term the writer uses more than once, in any form ("kanaanitisk", "kanaanitiska"), is
        // meant; the same slip twice is rare.
        if (flagged.some((other) => other !== span && sameStem(other.lower, span.lower))) continue;
        report(file, settings, {
          start: span.start,
          end: span.end,
          message: format('"{match}" finns inte i ordlistan. Kontrollera stavningen.', { match: span.value }),
        });
      }
    };
  },
);
