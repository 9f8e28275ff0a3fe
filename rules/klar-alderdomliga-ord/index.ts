import { defineRule } from '../core/define.ts';
import { isNameLike } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import words from './ord.json' with { type: 'json' };

// Alt texts quote signs ("Ej i trafik"), where the short negation is the sign's own wording.
const signWords = new Set(['ej', 'icke']);

export default defineRule(
  {
    id: 'klar-alderdomliga-ord',
    category: 'readability',
    severity: 'warning',
    languages: ['sv'],
    lists: { words: words },
    title: 'Ålderdomliga ord och verbformer',
    description:
      'Myndigheternas skrivregler: ålderdomliga ord och former ger ett stelt intryck. Inte är normal negation, ska är normalform, och korta verbformer (finns, dra, ta, ge) ska användas. Lös sammansättning (ta emot, se till) är ledigare än fast (mottaga, tillse).',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §1.4.2–1.4.4 och §8.4.1'],
    examples: [
      { bad: 'Parkering ej tillåten. Anmälan skall ske innan fredag.', good: 'Du får inte parkera här. Anmäl dig senast fredag.' },
      { bad: 'Kommunen mottager ansökningar till och med fredag.', good: 'Vi tar emot ansökningar till och med fredag.' },
    ],
  },
  (settings) => {
    const list = settings.lists.words!;
    return (_tree, file) => {
      const context = contextOf(file);
      for (const match of list.find(context)) {
        if (isNameLike(context, match.firstToken)) continue;
        if (context.input.field && signWords.has(match.form)) continue;
        report(file, settings, {
          start: match.start,
          end: match.end,
          message: format('"{match}" är ålderdomligt. Skriv "{forslag}".', { match: match.actual, forslag: match.fix ?? match.entry.forslag ?? '' }),
          expected: match.fix === null ? [] : [match.fix],
          shift: match.entry.shift ?? 0,
        });
      }
    };
  },
);
