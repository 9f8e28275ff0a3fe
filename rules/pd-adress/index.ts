import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf, type TextContext } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { peopleOf, preparePeople } from '../analysis/people/index.ts';
import { cached } from '../core/text-cache.ts';
import data from './streets.json' with { type: 'json' };

export interface Address {
  start: number;
  end: number;
  value: string;
}

const prefixWords = new Set(data.prefixWords);
const lowercaseStreets = new Set(data.lowercaseStreets);
// rules.md pd-adress: a capitalised street name plus number ("Kungsgatan 12 B"), also after a
// direction word ("Södra Ågatan 8", "Stora torget 1"), and a postnummer plus town ("441 81 Alingsås").
// The street is found from its suffix and number, then read backwards to the start of the name: a
// plain regex with Unicode classes and lookbehind over the whole post cost more than the pack's budget.
// Any white space before the number, as typed or pasted ("Kungsgatan\u00a012").
const streetEnd = new RegExp(`(${data.suffixes.join('|')})\\s(\\d{1,4})(?:\\s?([A-Ha-h])(?![A-Za-zÅÄÖåäöÉé0-9]))?(?![0-9])`, 'g');
const postcode = /(?<![\p{N}\p{L}])[1-9]\d{2}\s?\d{2}\s+\p{Lu}[\p{Ll}]+(?:\s\p{Lu}[\p{Ll}]+)?/gu;
const postcodeHint = /\d{3} ?\d{2}\s+[A-ZÅÄÖ]/;
const joiner = /^[\s,]{0,3}$/;

const isLetter = (char: string | undefined) => char !== undefined && char.toLowerCase() !== char.toUpperCase();
const isUpper = (char: string) => char !== char.toLowerCase();

/** Start of the word that ends at `end` (exclusive), or -1 when a digit is glued to it. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return /[0-9]/.test(text[start - 1] ?? '') ? -1 : start;
}

function findStreets(text: string, spans: Address[]): void {
  for (const match of text.matchAll(streetEnd)) {
    const suffixEnd = match.index + match[1]!.length;
    let start = wordStart(text, suffixEnd);
    if (start < 0) continue;
    const word = text.slice(start, suffixEnd);
    // A direction word before: "Södra Ågatan 8", and the lowercase form "Stora torget 1".
    const previousEnd = start - 1;
    const previousStart = /\s/.test(text[previousEnd] ?? '') ? wordStart(text, previousEnd) : -1;
    const previous = previousStart >= 0 ? text.slice(previousStart, previousEnd) : '';
    if (isUpper(word[0]!)) {
      if (prefixWords.has(previous)) start = previousStart;
    } else if (lowercaseStreets.has(word) && prefixWords.has(previous)) {
      start = previousStart;
    } else {
      continue;
    }
    const end = match.index + match[0].length;
    spans.push({ start, end, value: text.slice(start, end) });
  }
}

/** Street addresses and postnummer in a text; a street followed by its postnummer is one address. */
export function findAddresses(text: string): Address[] {
  const spans: Address[] = [];
  findStreets(text, spans);
  if (!postcodeHint.test(text)) return spans;
  for (const match of text.matchAll(postcode)) {
    const start = match.index;
    const end = start + match[0].length;
    const previous = spans.find((span) => span.end <= start && joiner.test(text.slice(span.end, start)));
    if (previous) {
      previous.end = end;
      previous.value = text.slice(previous.start, end);
    } else if (!spans.some((span) => span.start < end && start < span.end)) {
      spans.push({ start, end, value: match[0] });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function addressesOf(context: TextContext): Address[] {
  return cached(context, 'addresses', () => findAddresses(context.text));
}

const postBox = /\b(?:box|pl|postbox)\s?\d{1,6}[\s,]*$/iu;

const normalise = (value: string) => value.toLowerCase().replace(/[\s,]+/g, ' ').trim();

export default defineRule(
  {
    id: 'pd-adress',
    category: 'personal-data',
    severity: 'warning',
    title: 'Adress i texten',
    description:
      'En bostadsadress kopplad till en person är en personuppgift, och för personer med skyddade personuppgifter kan spridning vara allvarlig. Regeln varnar när ett namn står nära adressen och ger annars bara en upplysning. Kommunens egna adresser och adresser direkt efter en offentlig lokal (Stadshuset, Estrad, bibliotek, skolor) flaggas inte.',
    basis: ['GDPR art. 4.1 (personuppgift) och art. 5', 'Offentlighets- och sekretesslagen (skyddade personuppgifter)', 'Valdemarsviks riktlinjer för sociala medier'],
    examples: [
      { bad: 'Grattis till Maja på Kungsgatan 12 som fyller 100 år!', good: 'Grattis till Maja som fyller 100 år! (Publicera bara med hennes samtycke.)' },
      { bad: 'Stort tack till Bengt Olsson, Brunnsvägen 4, 441 50 Alingsås, som hittade plånboken.', good: 'Stort tack till upphittaren som lämnade in plånboken!' },
    ],
    options: z.strictObject({
      /** Characters between the address and a personal name for a warning (rules.md: 60). */
      nameWindow: z.number().int().nonnegative().default(60),
    }),
  },
  (settings) => {
    const { nameWindow } = settings.options;
    const own = new Set(settings.profile.organisation.addresses.map(normalise));
    preparePeople(settings.profile);
    return (_tree, file) => {
      const context = contextOf(file);
      const addresses = addressesOf(context);
      if (addresses.length === 0) return;
      const people = peopleOf(context, settings.profile);
      for (const address of addresses) {
        if (own.has(normalise(address.value)) || [...own].some((value) => normalise(address.value).startsWith(`${value} `))) continue;
        // A public venue named right before the address: "Stadshuset, Stora torget 1", "Estrad (Södra Ågatan 8)".
        // Any organisation or public place counts, not only the profile's ("Vårdcentralen Centrum, Kungsgatan 12").
        const venue = people.places.some((place) => !place.broad && place.end <= address.start && address.start - place.end <= 3);
        if (venue) continue;
        // A PO box is an organisation's postal address ("Länsstyrelsen, Box 224, 651 06 Karlstad").
        if (postBox.test(context.text.slice(Math.max(0, address.start - 20), address.start))) continue;
        const nearName = people.names.some((name) => {
          if (name.staff || name.source || name.publicRole) return false;
          const distance = name.end <= address.start ? address.start - name.end : name.start >= address.end ? name.start - address.end : 0;
          return distance <= nameWindow;
        });
        report(file, settings, {
          start: address.start,
          end: address.end,
          message: format('Texten innehåller en adress ({match}). Om adressen går att koppla till en privatperson ska den inte publiceras.', { match: address.value }),
          expected: ['[adress borttagen]'],
          shift: nearName ? 0 : -1,
        });
      }
    };
  },
);
