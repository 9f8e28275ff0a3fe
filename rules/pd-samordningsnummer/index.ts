import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { findIdentityNumbers } from '../pd-personnummer/identity-numbers.ts';

export default defineRule(
  {
    id: 'pd-samordningsnummer',
    category: 'personal-data',
    severity: 'error',
    title: 'Samordningsnummer i texten',
    description:
      'Samordningsnummer är uppbyggt som personnummer men med födelsedagen ökad med 60 och identifierar en person lika säkert. Sprid inte personuppgifter i kommunens kanaler.',
    basis: ['GDPR art. 5 och 6', 'Skatteverket: Samordningsnummer (SKV 707)'],
    examples: [{ bad: 'Kontrollera att 701063-2391 står på blanketten.', good: 'Kontrollera att ditt samordningsnummer står på blanketten.' }],
  },
  (settings) => (_tree, file) => {
    for (const number of findIdentityNumbers(contextOf(file).text)) {
      if (!number.coordination) continue;
      report(file, settings, {
        start: number.start,
        end: number.end,
        message: format('Texten verkar innehålla ett samordningsnummer ({match}). Publicera det inte.', { match: number.value }),
        expected: ['[samordningsnummer borttaget]'],
        shift: number.checksumValid ? 0 : -1,
      });
    }
  },
);
