import { defineRule } from '../core/define.ts';
import { inSource } from '../core/lexicon/index.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';

interface OwnNumber {
  /** Digits in national form: "0322616000". */
  digits: string;
  /** The area code without its 0: "322"; unknown when the profile gives digits only. */
  areaCode?: string;
  national: string;
  international: string;
}

/** The national digits of a written Swedish number: "+46 322 61 60 00" → "0322616000". */
function nationalDigits(written: string): string {
  const digits = written.replace(/\D/gu, '');
  if (written.trimStart().startsWith('+46')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0046')) return `0${digits.slice(4)}`;
  return digits;
}

/** "0322-61 60 00" and "+46 322 61 60 00" (Myndigheternas skrivregler §12.1.7). */
function ownNumber(configured: string): OwnNumber {
  const digits = nationalDigits(configured);
  const national = /^0\d{1,3}-\d/u.test(configured.trim()) ? configured.trim() : digits;
  const international = `+46 ${national.slice(1).replace('-', ' ')}`;
  // Only where the profile writes it out: from digits alone its length (1–3) is unknown.
  const areaCode = national.includes('-') ? national.slice(1, national.indexOf('-')) : undefined;
  return { digits, areaCode, national, international };
}

// Where a Swedish number may begin; what follows may contain spaces, hyphens, slashes and parentheses.
const candidate = /(?<![\d+])(?:\+46|0046|\(0|0)[\d\s\-/().]{5,20}/gu;

export default defineRule(
  {
    id: 'klar-telefonformat',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Telefonnummer i fel format',
    description:
      'Myndigheternas skrivregler: telefonnummer skrivs t.ex. 08-713 10 00 och 073-987 65 43, internationellt +46 8 763 42 52 (riktnumret utan nollan). Regeln gäller organisationens egna nummer i profilen; privata nummer hör till regeln om personuppgifter.',
    basis: ['Myndigheternas skrivregler §12.1.7'],
    examples: [
      { bad: 'Ring 0322616000.', good: 'Ring kontaktcenter på 0322-61 60 00.' },
      { bad: 'Ring oss på +46322616000.', good: 'Ring oss på +46 322 61 60 00.' },
    ],
  },
  (settings) => {
    const own = settings.profile.organisation.phones.map(ownNumber).filter((number) => number.digits.length >= 6);
    return (_tree, file) => {
      const context = contextOf(file);
      const { text } = context;
      if (own.length === 0 || !/\d{2}/u.test(text)) return;
      // The area code without its 0 ("322") is in every way of writing our numbers.
      if (!own.some((number) => number.areaCode === undefined || text.includes(number.areaCode))) return;
      candidate.lastIndex = 0;
      for (let match = candidate.exec(text); match; match = candidate.exec(text)) {
        const start = match.index;
        const written = match[0];
        // Digits in national form as they accumulate: "+46 322 …" and "0046 322 …" drop the country code for a 0.
        const dropped = written.startsWith('+46') ? 2 : written.startsWith('0046') ? 4 : 0;
        let digits = dropped > 0 ? '0' : '';
        let seen = 0;
        let hit: { number: OwnNumber; end: number } | undefined;
        for (let offset = 0; offset < written.length && !hit; offset++) {
          const char = written.charCodeAt(offset);
          if (char < 48 || char > 57) continue;
          if (++seen > dropped) digits += written[offset];
          const number = own.find((candidateNumber) => candidateNumber.digits === digits);
          // Cut where the digits make up one of our numbers (the candidate may run on into other figures).
          if (number && !/\d/u.test(text.charAt(start + offset + 1))) hit = { number, end: start + offset + 1 };
        }
        if (!hit) continue;
        candidate.lastIndex = hit.end;
        const number = text.slice(start, hit.end);
        if (number === hit.number.national || number === hit.number.international || inSource(context, start, hit.end)) continue;
        const international = number.startsWith('+') || number.startsWith('00');
        const fixed = international ? hit.number.international : hit.number.national;
        report(file, settings, {
          start,
          end: hit.end,
          message: format('Skriv telefonnummer som "{forslag}" eller "{annat}".', { forslag: fixed, annat: international ? hit.number.national : hit.number.international }),
          expected: [fixed],
        });
      }
    };
  },
);
