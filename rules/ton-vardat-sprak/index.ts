import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { isNameLike, lexiconFile } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import words from './ord.json' with { type: 'json' };

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
      { bad: 'Vilket jävla väder! Men vi fixar det.', good: 'Ovädret har ställt till det, men vi arbetar för att rätta till det så snabbt vi kan.' },
      { bad: 'Skitkul att så många kom till Kulturnatten!', good: 'Jättekul att så många kom till Kulturnatten!' },
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
    return (_tree, vfile) => {
      const context = contextOf(vfile);
      const { text } = context;
      for (const match of list.find(context)) {
        // Place and other names ("Fanberget") are capitalised mid-sentence.
        if (isNameLike(context, match.firstToken)) continue;
        // An intensifier ("jävla väder") is removed with the space after it.
        const removes = match.fix === '';
        const end = removes && text.charAt(match.end) === ' ' ? match.end + 1 : match.end;
        report(vfile, settings, {
          start: match.start,
          end,
          message: format('"{match}" passar inte i kommunens kanaler. Språket ska vara vårdat.', { match: match.actual }),
          expected: match.fix === null ? [] : [match.fix],
        });
      }
    };
  },
);
