import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { overlapsIdentityNumber } from '../analysis/identity-numbers.ts';
import { data } from './words.schema.ts';

interface BankNumber {
  start: number;
  end: number;
  value: string;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A keyword at most a few words before the number, with no other number between:
// "bankgiro 5050-1055", "Eriks konto 8327-9 …", "BG: 123-4567".
const near = (words: string[]) => new RegExp(`(?<!\\p{L})(?:${words.map(escape).join('|')})(?!\\p{L})[^\\n.!?\\d]{0,25}$`, 'iu');
const bankgiroNear = near(data.bankgiroWords);
const plusgiroNear = near(data.plusgiroWords);
const accountNear = near(data.accountWords);
const keywords = [...data.bankgiroWords, ...data.plusgiroWords, ...data.accountWords];
const genitiveOf = (name: string) => (/[sxz]$/iu.test(name) ? name : `${name}s`);

/**
 * "Kommunens bankgiro", "föreningens plusgiro", "vårt konto": an organisation's number is not personal
 * data (only a natural person's is), so an organisation owner right before the keyword clears it.
 */
function ownedByOrganisation(owners: string[]): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${owners.map(escape).join('|')})\\s+(?:${keywords.map(escape).join('|')})(?!\\p{L})[^\\n.!?\\d]{0,25}$`, 'iu');
}

const bankgiro = /(?<![\p{N}-])\d{3,4}-\d{4}(?![\p{N}-])/gu;
const plusgiro = /(?<![\p{N}-])\d(?:\s?\d){0,7}-\d(?![\p{N}-])/gu;
const iban = /(?<![\p{L}\p{N}])SE\d{2}(?:\s?\d{4}){5}(?![\p{N}])/gu;
const account = /(?<![\p{N}-])\d{4}(?:-\d)?[-,\s]\s?\d{1,4}(?:[\s-]?\d{1,4}){0,3}(?![\p{N}])/gu;
const anyDigits = /\d{3}/;
// Cheap test before the Unicode-aware patterns: a keyword or an IBAN prefix somewhere in the post.
const hint = /bankgiro|plusgiro|postgiro|konto|clearing|\b(?:bg|pg|clnr)\b|SE\d\d/i;

const digitsOf = (value: string) => value.replace(/\D/g, '');

function find(text: string, organisationOwned: RegExp): BankNumber[] {
  const found: BankNumber[] = [];
  const add = (start: number, value: string) => {
    const end = start + value.length;
    if (found.some((other) => other.start < end && start < other.end)) return;
    found.push({ start, end, value });
  };
  const before = (index: number) => text.slice(Math.max(0, index - 45), index);
  for (const match of text.matchAll(iban)) {
    // A Swedish IBAN counts only with a right checksum (ibantools: ISO 13616 mod 97 and the BBAN format).
    if (isValidIBAN(electronicFormatIBAN(match[0]) ?? '')) add(match.index, match[0]);
  }
  const flagged = (index: number, near: RegExp) => near.test(before(index)) && !organisationOwned.test(before(index));
  for (const match of text.matchAll(bankgiro)) if (flagged(match.index, bankgiroNear)) add(match.index, match[0]);
  for (const match of text.matchAll(plusgiro)) if (flagged(match.index, plusgiroNear)) add(match.index, match[0]);
  for (const match of text.matchAll(account)) if (flagged(match.index, accountNear)) add(match.index, match[0].trimEnd());
  return found.sort((a, b) => a.start - b.start);
}

export default defineRule(
  {
    id: 'pd-bank',
    category: 'personal-data',
    severity: 'warning',
    title: 'Konto- eller gironummer i texten',
    description:
      'Kontouppgifter är personuppgifter som rör ekonomiska förhållanden. Kungsbacka flyttar inlägg om personliga eller ekonomiska förhållanden bort från kanalen. Regeln hittar bankgiro och plusgiro intill orden bankgiro/bg och plusgiro/pg, kontonummer intill konto eller clearing och svenska IBAN-nummer med rätt kontrollsiffror. Kommunens egna gironummer i profilen flaggas inte, och inte heller nummer som texten säger tillhör en organisation ("kommunens bankgiro", "föreningens plusgiro", "vårt konto").',
    basis: ['GDPR art. 4.1 (personuppgift) och art. 5', 'Kungsbacka kommun: Regler för sociala medier', 'ISO 13616 (IBAN)'],
    examples: [
      {
        bad: 'Swisha eller sätt in pengar till insamlingen på Eriks konto 8327-9 123 456 789.',
        good: 'Vill du stödja insamlingen? Läs mer hos föreningen på deras webbplats.',
        findings: [
          { actual: '8327-9 123 456 789', severity: 'warning', expected: ['[kontonummer borttaget]'] },
        ],
      },
      {
        bad: 'Betala till bankgiro 5050-1055 och märk med ditt namn.',
        good: 'Betala avgiften via e-tjänsten eller fakturan du får hem.',
        findings: [
          { actual: '5050-1055', severity: 'warning', expected: ['[kontonummer borttaget]'] },
        ],
      },
      {
        // The kommun's or an association's own giro is not a private person's: it needs no allowlist entry.
        bad: 'Swisha till Lisas konto 8327-9, 123 456 789-0 för att stödja klassresan.',
        good: 'Kommunens bankgiro är 5050-1055. Föreningens plusgiro är 90 01 22-3.',
        findings: [
          { actual: '8327-9, 123 456 789-0', severity: 'warning', expected: ['[kontonummer borttaget]'] },
        ],
      },
      {
        bad: 'Skänk en slant: SE45 5000 0000 0583 9825 7466.',
        good: 'Skänk en slant via föreningens webbplats.',
        findings: [
          { actual: 'SE45 5000 0000 0583 9825 7466', severity: 'warning', expected: ['[kontonummer borttaget]'] },
        ],
      },
    ],
  },
  (settings) => {
    const { organisation, gazetteer } = settings.profile;
    const own = new Set(organisation.giroNumbers.map(digitsOf));
    const organisationOwned = ownedByOrganisation([
      ...data.organisationOwners,
      ...[organisation.name, ...organisation.selfNames, ...gazetteer.units, ...gazetteer.companies, ...gazetteer.buildings].map(genitiveOf),
    ]);
    return (_tree, file) => {
      const context = contextOf(file);
      if (!anyDigits.test(context.text) || !hint.test(context.text)) return;
      const numbers = find(context.text, organisationOwned);
      if (numbers.length === 0) return;
      const overlapsIdentity = overlapsIdentityNumber(context);
      for (const number of numbers) {
        if (own.has(digitsOf(number.value))) continue;
        if (overlapsIdentity(number.start, number.end)) continue;
        report(file, settings, {
          start: number.start,
          end: number.end,
          message: format('Texten innehåller ett konto- eller gironummer ({match}). Publicera inte privatpersoners kontouppgifter.', { match: number.value }),
          expected: ['[kontonummer borttaget]'],
        });
      }
    };
  },
);
