import { defineRule } from '../core/define.ts';
import { atSentenceStart } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { compoundParts } from '../spelling/dictionary.ts';
import { isKnownWord } from '../spelling/spell.ts';
import { data as abbreviationData } from '../core/abbreviations.schema.ts';
import abbreviationRule from '../analysis/forkortningar.json' with { type: 'json' };
import { data as firstNameData } from '../analysis/people/first-names.schema.ts';
import { data as supplement } from './ord.schema.ts';

const minLength = 3;
const skipShape = /[\d.:@/_&'’´`]/u;
const hasLower = /\p{Ll}/u;
const innerCapital = /^.\p{Ll}*\p{Lu}/u;

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
      'Språklagen 11 § säger att språket i offentlig verksamhet ska vara vårdat. Ordet finns inte i den svenska ordlistan (dictionary-sv) och kan inte delas upp i kända ord. Sammansättningar som "medborgardialog" godtas när delarna finns. Namn, webbadresser, e-postadresser, omnämnanden, hashtaggar, siffror och organisationens egna ord i profilen flaggas aldrig. Förslag på stavning hämtas först när du ber om dem.',
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
    // Build the dictionary now, at start, not on the first post.
    compoundParts();
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
        .map((word) => word.toLowerCase().normalize('NFC'))
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
        result =
          skipShape.test(value) ||
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

    return (_tree, file) => {
      const context = contextOf(file);
      let capitalisedMidSentence: Set<string> | undefined;
      for (const token of context.words) {
        if (token.value.length < minLength || verdict(token.value, token.lower)) continue;
        const { value } = token;
        if (isCapitalised(token)) {
          // Capitalised in mid-sentence: a name. At the start of a sentence: a name if capitalised elsewhere too.
          if (!atSentenceStart(context, token.index)) continue;
          capitalisedMidSentence ??= new Set(context.words.filter((word) => isCapitalised(word) && !atSentenceStart(context, word.index)).map((word) => word.value));
          if (capitalisedMidSentence.has(value)) continue;
        }
        report(file, settings, {
          start: token.start,
          end: token.end,
          message: format('"{match}" finns inte i ordlistan. Kontrollera stavningen.', { match: value }),
        });
      }
    };
  },
);
