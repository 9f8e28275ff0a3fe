import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { identityNumbersOf } from '../analysis/identity-numbers.ts';

/**
 * Formats: YYMMDD-NNNC, YYMMDD+NNNC, YYYYMMDD-NNNC, YYYYMMDDNNNC, YYMMDDNNNC and a space as separator.
 * Severity: a right check digit gives the profile's severity (error); a real date with "-" or "+"
 * and a wrong check digit gives one step lower (warning: probably a typo of a real number); with a
 * space or no separator the check digit must be right, or nothing is reported.
 * Interimsnummer (a letter T R S U W X J K L M N in position 7, "000101-T220") are decided here:
 * they identify a person at a university or in health care as surely as a personnummer does, so this
 * rule reports them with the same severity logic; the personnummer package checks the letter and the
 * check digit (the letter counts as 1).
 */
export default defineRule(
  {
    id: 'pd-personnummer',
    category: 'personal-data',
    severity: 'error',
    title: 'Personnummer i texten',
    description:
      'Personnummer räknas inte som känslig personuppgift men är enligt IMY en extra skyddsvärd uppgift. Kommunens riktlinjer och GDPR kräver att vi inte sprider personuppgifter i sociala medier. Regeln hittar personnummer med och utan sekel och med bindestreck, plustecken, mellanslag eller inget skiljetecken. Ett nummer med bindestreck eller plustecken men fel kontrollsiffra är troligen ett felskrivet riktigt nummer och flaggas som varning. Interimsnummer (med en bokstav på sjunde plats, till exempel 000101-T220) identifierar också en person och flaggas på samma sätt.',
    basis: [
      'GDPR art. 5 och 6',
      'Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning, 3 kap. 10 §',
      'IMY: Känsliga personuppgifter',
      'Skatteverket: Personnummer (rättslig vägledning)',
    ],
    examples: [
      { bad: 'Vinnaren av fototävlingen är Lisa Berg, 850412-1234, grattis!', good: 'Vinnaren av fototävlingen är Lisa Berg – grattis! (Publicera namnet bara om hon har godkänt det.)' },
      { bad: 'Hör av dig till oss om 811218-9876 gäller dig.', good: 'Hör av dig till oss om det gäller dig.' },
      { bad: 'Studenten med nummer 19421120-0573 har glömt sin jacka.', good: 'En student har glömt sin jacka i receptionen.' },
      { bad: 'Interimsnumret 000101-T220 står på remissen.', good: 'Numret står på remissen.' },
    ],
  },
  (settings) => (_tree, file) => {
    for (const number of identityNumbersOf(contextOf(file))) {
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
