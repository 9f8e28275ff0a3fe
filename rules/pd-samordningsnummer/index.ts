import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { identityNumbersOf } from '../analysis/identity-numbers.ts';

/**
 * Same formats and severity logic as pd-personnummer, for day numbers 60–91. Skatteverket gives
 * samordningsnummer with a partly unknown or impossible birth date (month 00, day 60, "31 April"),
 * so only the ranges of month and day are checked before the check digit.
 */
export default defineRule(
  {
    id: 'pd-samordningsnummer',
    category: 'personal-data',
    severity: 'error',
    title: 'Samordningsnummer i texten',
    description:
      'Samordningsnummer är uppbyggt som personnummer men med födelsedagen ökad med 60 och identifierar en person lika säkert. Sprid inte personuppgifter i kommunens kanaler. Ett nummer med bindestreck eller plustecken men fel kontrollsiffra flaggas som varning.',
    basis: ['GDPR art. 5 och 6', 'Skatteverket: Samordningsnummer (SKV 707)'],
    examples: [
      { bad: 'Kontrollera att 701063-2391 står på blanketten.', good: 'Kontrollera att ditt samordningsnummer står på blanketten.' },
      { bad: 'Samordningsnumret 19701063-2391 är registrerat.', good: 'Samordningsnumret är registrerat.' },
    ],
  },
  (settings) => (_tree, file) => {
    for (const number of identityNumbersOf(contextOf(file))) {
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
