import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { findIdentityNumbers } from './identity-numbers.ts';

export default defineRule(
  {
    id: 'pd-personnummer',
    category: 'personal-data',
    severity: 'error',
    title: 'Personnummer i texten',
    description:
      'Personnummer räknas inte som känslig personuppgift men är enligt IMY en extra skyddsvärd uppgift. Kommunens riktlinjer och GDPR kräver att vi inte sprider personuppgifter i sociala medier. Ett nummer med fel kontrollsiffra är troligen ett felskrivet riktigt nummer och flaggas som varning.',
    basis: ['GDPR art. 5 och 6', 'Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning, 3 kap. 10 §', 'IMY: Känsliga personuppgifter'],
    examples: [
      { bad: 'Vinnaren av fototävlingen är Lisa Berg, 850412-1234, grattis!', good: 'Vinnaren av fototävlingen är Lisa Berg – grattis!' },
      { bad: 'Hör av dig till oss om 811218-9876 gäller dig.', good: 'Hör av dig till oss om det gäller dig.' },
    ],
  },
  (settings) => (_tree, file) => {
    for (const number of findIdentityNumbers(contextOf(file).text)) {
      if (number.coordination) continue;
      report(file, settings, {
        start: number.start,
        end: number.end,
        message: format('Texten verkar innehålla ett personnummer ({match}). Publicera aldrig personnummer i sociala medier.', { match: number.value }),
        expected: ['[personnummer borttaget]'],
        shift: number.checksumValid ? 0 : -1,
      });
    }
  },
);
