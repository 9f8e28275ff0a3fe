import { parsePhoneNumber } from 'awesome-phonenumber';
import { defineRule } from '../core/define.ts';
import { contextOf, type TextContext } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { overlapsIdentityNumber } from '../analysis/identity-numbers.ts';
import { cached } from '../core/text-cache.ts';
import { data } from './numbers.schema.ts';

export interface PhoneNumber {
  start: number;
  end: number;
  value: string;
  e164: string;
  type: string;
}

// Something that starts like a phone number ("0", "+46", "0046") followed by digits and the
// separators people type; awesome-phonenumber decides what is a number.
const candidate = /(?<![\p{N}\p{L}.,:/@#+\-–])(?:\+\s?\d|00\d|0)(?:[\s\u00a0\-–/]{0,2}(?:\(0\))?[\s\u00a0\-–]{0,2}\d){5,13}(?![\p{N}])/gu;
const nonDigits = /[^\d+]/g;
const lastGroup = /[\s\u00a0\-–/]+\d+$/u;
const bankBefore = new RegExp(`(?<!\\p{L})(?:${data.bankWords.join('|')})\\p{L}*[\\s.:#-]*(?:nr\\.?|nummer)?[\\s.:]*$`, 'iu');

// libphonenumber's parse is the slow step; the same numbers (the kommun's own) recur in post after post.
const parseCache = new Map<string, { valid: boolean; e164: string; type: string }>();

function parse(raw: string): { valid: boolean; e164: string; type: string } {
  const digits = raw.replace('(0)', '').replace(nonDigits, '');
  let result = parseCache.get(digits);
  if (!result) {
    const international = digits.startsWith('+') || digits.startsWith('00');
    const number = digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
    const phone = parsePhoneNumber(number, international ? {} : { regionCode: 'SE' });
    result = { valid: phone.valid, e164: phone.number?.e164 ?? '', type: phone.type ?? 'unknown' };
    if (parseCache.size > 2000) parseCache.clear();
    parseCache.set(digits, result);
  }
  return result;
}

/** Phone numbers in a text: the longest valid number at each candidate, trailing digit groups trimmed until one parses. */
export function findPhoneNumbers(text: string): PhoneNumber[] {
  const found: PhoneNumber[] = [];
  for (const match of text.matchAll(candidate)) {
    let value = match[0];
    for (;;) {
      const parsed = parse(value);
      if (parsed.valid) {
        found.push({ start: match.index, end: match.index + value.length, value, e164: parsed.e164, type: parsed.type });
        break;
      }
      const shorter = value.replace(lastGroup, '');
      if (shorter === value || shorter.replace(/\D/g, '').length < 7) break;
      value = shorter;
    }
  }
  return found;
}

export function phoneNumbersOf(context: TextContext): PhoneNumber[] {
  return cached(context, 'phone-numbers', () => findPhoneNumbers(context.text));
}

const serviceWords = new Set(data.serviceContext);
const words = /\p{L}+/gu;

/**
 * Another organisation's number, known from the words before it in the same sentence: "Ring Borås
 * Stads kontaktcenter på 033-35 30 00", "Felanmälan: 031-365 00 00", "växeln 010-…" ("Stads" and a
 * genitive unit count, a first name does not).
 */
function isServiceNumber(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - 80), start);
  const cut = Math.max(...[...before.matchAll(/[.!?\n](?=\s)/gu)].map((match) => match.index + 1), 0);
  before = before.slice(cut);
  for (const match of before.toLowerCase().matchAll(words)) if (serviceWords.has(match[0]) || [...serviceWords].some((word) => word.length > 6 && match[0].endsWith(word))) return true;
  return false;
}

const serviceDigits = new Set(data.serviceNumbers.map((number) => number.replace(/\D/g, '')));
const privateTypes = new Set(data.privateTypes);

export default defineRule(
  {
    id: 'pd-telefon',
    category: 'personal-data',
    severity: 'warning',
    title: 'Telefonnummer i texten',
    description:
      'Ett telefonnummer till en privatperson är en personuppgift. Sprid inte personuppgifter i kommunens kanaler. Kommunens egna nummer (växel, kontaktcenter och de nummer som står i profilen) och nationella tjänstenummer som 112, 114 14, 113 13, 1177, 116 111 och 90101 flaggas inte, inte heller gratis- och företagsnummer (020, 0771, 010). Ett nummer i samma nummerserie som kommunens egna (till exempel en enhets direktnummer) ger bara en upplysning; lägg enhetens nummer i profilen så försvinner den.',
    basis: ['GDPR art. 4.1 (personuppgift) och art. 5', 'IMY: Vad är en personuppgift?', 'Myndigheternas skrivregler §12.1.7 (hur telefonnummer skrivs)'],
    examples: [
      {
        bad: 'Har du hittat en katt? Ring Kalle på 070-123 45 67.',
        good: 'Har du hittat en katt? Kontakta kontaktcenter på 0322-61 60 00 så hjälper vi dig vidare.',
        findings: [
          { actual: '070-123 45 67', severity: 'warning', expected: ['[telefonnummer borttaget]', '0322-61 60 00'] },
        ],
      },
      {
        bad: 'Frågor om loppisen? Sms:a Eva på +46 73 987 65 43.',
        good: 'Frågor om loppisen? Ring kontaktcenter på 0322-61 60 00.',
        findings: [
          { actual: '+46 73 987 65 43', severity: 'warning', expected: ['[telefonnummer borttaget]', '0322-61 60 00'] },
        ],
      },
      {
        bad: 'Anmäl dig till Bosse på 031-12 34 56 senast fredag.',
        good: 'Anmäl dig via e-tjänsten senast fredag. Vid akut fara, ring 112.',
        findings: [
          { actual: '031-12 34 56', severity: 'warning', expected: ['[telefonnummer borttaget]', '0322-61 60 00'] },
        ],
      },
      { bad: 'Har någon sett min katt? Ring mig på 070-123 45 67.', good: 'Har du frågor om bygglov? Ring Borås Stads kontaktcenter på 033-35 30 00.', findings: [{ actual: '070-123 45 67', severity: 'warning', expected: ['[telefonnummer borttaget]', '0322-61 60 00'] }] },
    ],
  },
  (settings) => {
    const own = new Set(settings.profile.organisation.phones.map((phone) => parse(phone).e164).filter(Boolean));
    // The organisation's number series: all but the last four digits of one of its own numbers ([I]).
    const series = new Set([...own].filter((e164) => e164.length > 8).map((e164) => e164.slice(0, -4)));
    const pointer = settings.profile.organisation.phones[0];
    return (_tree, file) => {
      const context = contextOf(file);
      const numbers = phoneNumbersOf(context);
      if (numbers.length === 0) return;
      const overlapsIdentity = overlapsIdentityNumber(context);
      for (const number of numbers) {
        if (own.has(number.e164) || !privateTypes.has(number.type)) continue;
        if (serviceDigits.has(number.e164.replace(/^\+46/, ''))) continue;
        // One finding, one rule: personnummer and bank numbers have their own rules.
        if (overlapsIdentity(number.start, number.end)) continue;
        if (bankBefore.test(context.text.slice(Math.max(0, number.start - 30), number.start))) continue;
        if (isServiceNumber(context.text, number.start)) continue;
        report(file, settings, {
          start: number.start,
          end: number.end,
          message: format('Texten innehåller ett telefonnummer ({match}). Om det är en privatpersons nummer ska det inte publiceras.', { match: number.value }),
          expected: ['[telefonnummer borttaget]', ...(pointer ? [pointer] : [])],
          shift: series.has(number.e164.slice(0, -4)) ? -1 : 0,
        });
      }
    };
  },
);
