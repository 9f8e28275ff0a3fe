import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import svartaListan from './svarta-listan.json' with { type: 'json' };
import supplement from './forslag.json' with { type: 'json' };

// The supplement's entries are tagged so that the rule can show them as tips.
const supplementTagged = { ...supplement, entries: supplement.entries.map((entry) => ({ ...entry, tag: 'supplement' })) };

const message = '"{match}" ger ett stelt intryck. Skriv hellre "{forslag}".';
const supplementMessage = 'Förslag: "{match}" kan kännas stelt. Skriv gärna "{forslag}".';

export default defineRule(
  {
    id: 'klar-svarta-listan',
    category: 'readability',
    severity: 'warning',
    languages: ['sv'],
    lists: { words: [svartaListan, supplementTagged] },
    title: 'Stela ord från Svarta listan',
    description:
      'Regeringskansliets Svarta listan tar upp ord som "ger ett stelt, kanslispråkligt intryck". Språklagen kräver enkelt och begripligt språk. Ord som listan tar upp utan något direkt alternativ, och ord från en kompletterande lista med lägre auktoritet (märkta "förslag"), visas bara som tips.',
    basis: [
      'Språklagen (2009:600) 11 §',
      'Regeringskansliet: Svarta listan, PM 2011:1 (4:e uppl.)',
      'Myndigheternas skrivregler §1.4.1',
      'Språkkonsulterna: När Facebook kom till jobbet',
    ],
    examples: [
      {
        bad: 'För att erhålla parkeringstillstånd erfordras att ansökan inkommer senast fredag.',
        good: 'För att få parkeringstillstånd behöver du skicka in ansökan senast fredag.',
      },
      { bad: 'Det föreligger risk för halka på gångvägarna.', good: 'Det finns risk för halka på gångvägarna.' },
    ],
  },
  (settings) => {
    const list = settings.lists.words!;
    return (_tree, file) => {
      for (const match of list.find(contextOf(file))) {
        const fromSupplement = match.entry.tag === 'supplement';
        report(file, settings, {
          start: match.start,
          end: match.end,
          message: format(fromSupplement ? supplementMessage : message, { match: match.actual, forslag: match.fix ?? match.entry.forslag ?? '' }),
          expected: match.fix === null ? [] : [match.fix],
          shift: fromSupplement ? -1 : (match.entry.shift ?? 0),
        });
      }
    };
  },
);
