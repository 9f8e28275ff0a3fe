import { defineRule } from '../core/define.ts';
import { contextOf, firstEndingAfter } from '../core/context.ts';
import { inSource } from '../core/lexicon/position.ts';
import { format, report } from '../core/report.ts';
import { data } from './words.schema.ts';

// rules.md pd-regnr: three letters and three digits, or since 2019 two digits and a letter.
// Å, Ä, Ö and Q are not used on Swedish plates; leaving out I and V too is [I].
const plate = /(?<![\p{L}\p{N}])([A-HJ-PR-UW-Z]{3})\s?(\d{2}[\dA-HJ-PR-UW-Z])(?![\p{L}\p{N}])/gu;
const quickCheck = /[A-HJ-PR-UW-Z]{3}\s?\d/u;
const acronyms = new Set(data.acronyms);

function matcher(words: string[]): (word: string) => boolean {
  const exact = new Set(words.filter((word) => !word.endsWith('*')));
  const stems = words.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1));
  const stemPattern = new RegExp(`^(?:${stems.map((stem) => stem.replace(/[.]/g, '\\.')).join('|')})`, 'u');
  return (word) => exact.has(word) || (stems.length > 0 && stemPattern.test(word));
}
const isVehicleWord = matcher(data.vehicleWords);
const isCodeWord = matcher(data.codeWords);

export default defineRule(
  {
    id: 'pd-regnr',
    category: 'personal-data',
    severity: 'warning',
    title: 'Registreringsnummer i texten',
    description:
      'Ett registreringsnummer kan spåras till fordonsägaren och är därför en personuppgift. Regeln varnar när ord som bil, parkerad eller fordon står i samma mening och ger annars bara en upplysning. Koder som SFS 201, kurskoder och artikelnummer flaggas inte.',
    basis: ['GDPR art. 4.1 (personuppgift)', 'Transportstyrelsen: vägtrafikregistret är offentligt, men kopplingen till en händelse är en personuppgift'],
    examples: [
      {
        bad: 'Till ägaren av ABC 123 som står på Stora torget: flytta bilen.',
        good: 'Tillfälligt parkeringsförbud på Stora torget i morgon. Bilar som står kvar kan flyttas.',
        findings: [
          { actual: 'ABC 123', severity: 'warning', expected: ['[registreringsnummer borttaget]'] },
        ],
      },
      {
        bad: 'En bil med registreringsnummer KLM 45P har stått parkerad vid Nolhagabadet i tre veckor.',
        good: 'Har din bil stått parkerad vid Nolhagabadet i flera veckor? Kontakta kontaktcenter.',
        findings: [
          { actual: 'KLM 45P', severity: 'warning', expected: ['[registreringsnummer borttaget]'] },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { text, tokens } = context;
    if (!quickCheck.test(text)) return;
    // Sentences with a vehicle word, found once: not a scan of the text per plate.
    let vehicleSentences: Set<number> | undefined;
    const hasVehicle = (sentence: number) =>
      (vehicleSentences ??= new Set(tokens.filter((token) => token.kind === 'word' && isVehicleWord(token.lower)).map((token) => token.sentence))).has(sentence);
    for (const match of text.matchAll(plate)) {
      const start = match.index;
      const end = start + match[0].length;
      if (acronyms.has(match[1]!)) continue;
      if (inSource(context, start, end)) continue;
      const found = firstEndingAfter(tokens, start);
      const first = found === tokens.length ? -1 : found;
      const sentence = first === -1 ? -1 : tokens[first]!.sentence;
      // Words in the same sentence decide: a code word right before it ("kurs", "sal") clears it,
      // a vehicle word raises it to the rule's severity.
      const before = tokens.slice(Math.max(0, first - 3), first).filter((token) => token.sentence === sentence && token.kind === 'word');
      if (before.some((token) => isCodeWord(token.lower))) continue;
      report(file, settings, () => ({
        start,
        end,
        message: format('Texten innehåller något som liknar ett registreringsnummer ({match}). Publicera inte regnummer som kan kopplas till en person.', { match: match[0] }),
        expected: ['[registreringsnummer borttaget]'],
        shift: hasVehicle(sentence) ? 0 : -1,
      }));
    }
  },
);
