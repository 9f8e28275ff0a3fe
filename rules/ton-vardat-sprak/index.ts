import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { isNameLike, lexiconFile, matchCase } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { swedishDictionary } from '../spelling/dictionary.ts';
import words from './ord.json' with { type: 'json' };
import { data as prefixes } from './prefixes.schema.ts';

// A cheap look at the whole text before the word-by-word one.
const anyPrefix = new RegExp(prefixes.vulgarPrefixes.join('|'), 'iu');

/** The vulgar first part of a compound whose rest is a dictionary word ("skit|viktigt"), else undefined. */
function vulgarPrefixOf(word: string, known: (word: string) => boolean): string | undefined {
  for (const prefix of prefixes.vulgarPrefixes) {
    if (word.length >= prefix.length + 3 && word.startsWith(prefix) && known(word.slice(prefix.length))) return prefix;
  }
  return undefined;
}

export default defineRule(
  {
    id: 'ton-vardat-sprak',
    category: 'tone',
    severity: 'warning',
    languages: ['sv'],
    title: 'Vårdat språk',
    description:
      'Språklagen 11 § säger att språket i offentlig verksamhet ska vara vårdat, enkelt och begripligt. Flera kommuner kräver vårdat språk och tar bort svordomar i sina kanaler. Citerade kommentarer får en lägre nivå.',
    basis: ['Språklagen (2009:600) 11 §', 'Trelleborgs kommun: Regler för sociala medier', 'Kungsbacka kommun: Regler för sociala medier'],
    examples: [
      {
        bad: 'Vilket jävla väder! Men vi fixar det.',
        good: 'Ovädret har ställt till det, men vi arbetar för att rätta till det så snabbt vi kan.',
        findings: [
          { actual: 'jävla ', severity: 'warning', expected: [''] },
        ],
      },
      {
        // Word formation: any "skit-" compound of a dictionary word, not only the listed ones.
        bad: 'Det är skitviktigt att sortera batterier.',
        good: 'Det är jätteviktigt att sortera batterier. Skitiga burkar sköljer du först.',
        findings: [
          { actual: 'skitviktigt', severity: 'warning', expected: ['jätteviktigt'] },
        ],
      },
      {
        bad: 'Skitkul att så många kom till Kulturnatten!',
        good: 'Jättekul att så många kom till Kulturnatten!',
        findings: [
          { actual: 'Skitkul', severity: 'warning', expected: ['Jättekul'] },
        ],
      },
    ],
    options: z.strictObject({
      /** More words the organisation does not want in its channels. */
      extraWords: z.array(z.string().min(1).max(60)).max(500).default([]),
      /** Words from the list the organisation accepts (a place name, a local usage). */
      allowWords: z.array(z.string().min(1).max(60)).max(500).default([]),
    }),
  },
  (settings) => {
    const allow = new Set(settings.options.allowWords.map((word) => word.toLowerCase()));
    const file = lexiconFile(words);
    const entries = [
      ...file.entries.map((entry) => ({ ...entry, forms: Object.fromEntries(Object.entries(entry.forms).filter(([form]) => !allow.has(form))) })),
      { forms: Object.fromEntries(settings.options.extraWords.map((word) => [word.toLowerCase(), null])) },
    ];
    const list = settings.lexicon.list({ source: `${file.source} Extra words: the profile's options.`, entries });
    const dictionary = swedishDictionary();
    const known = (word: string) => dictionary.correct(word);
    const message = (actual: string, fix: string | null) =>
      format('"{match}" passar inte i kommunens kanaler. Språket ska vara vårdat.', { match: actual }) +
      (fix === null ? '' : fix === '' ? ' Ta bort ordet.' : format(' Skriv hellre "{forslag}".', { forslag: fix }));
    return (_tree, vfile) => {
      const context = contextOf(vfile);
      const { text } = context;
      const listed = new Set<number>();
      for (const match of list.find(context)) {
        for (let index = match.firstToken; index < match.lastToken; index++) listed.add(index);
        // Place and other names ("Fanberget") are capitalised mid-sentence.
        if (isNameLike(context, match.firstToken)) continue;
        // An intensifier ("jävla väder") is removed with the space after it.
        const removes = match.fix === '';
        const end = removes && text.charAt(match.end) === ' ' ? match.end + 1 : match.end;
        report(vfile, settings, {
          start: match.start,
          end,
          // The message says what the fix does: a milder word, or no word at all.
          message: message(match.actual, match.fix),
          expected: match.fix === null ? [] : [match.fix],
        });
      }
      // Compounds the list does not name: "skitviktigt" → "jätteviktigt" where the dictionary knows it.
      if (!anyPrefix.test(text)) return;
      for (const token of context.tokens) {
        if (token.kind !== 'word' || listed.has(token.index) || allow.has(token.lower)) continue;
        const prefix = vulgarPrefixOf(token.lower, known);
        if (prefix === undefined || isNameLike(context, token.index)) continue;
        const milder = `${prefixes.milderPrefix}${token.lower.slice(prefix.length)}`;
        const fix = known(milder) ? matchCase(token.value, milder) : null;
        report(vfile, settings, { start: token.start, end: token.end, message: message(token.value, fix), expected: fix === null ? [] : [fix] });
      }
    };
  },
);
