import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf, lastAtOrBefore, overlapTest } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { peopleOf, preparePeople } from '../analysis/people/index.ts';
import { addressesOf } from '../analysis/addresses.ts';

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
      {
        bad: 'Grattis till Maja på Kungsgatan 12 som fyller 100 år!',
        good: 'Grattis till Maja som fyller 100 år! (Publicera bara med hennes samtycke.)',
        findings: [
          { actual: 'Kungsgatan 12', severity: 'warning', expected: ['[adress borttagen]'] },
        ],
      },
      {
        bad: 'Stort tack till Bengt Olsson, Brunnsvägen 4, 441 50 Alingsås, som hittade plånboken.',
        good: 'Stort tack till upphittaren som lämnade in plånboken!',
        findings: [
          { actual: 'Brunnsvägen 4, 441 50 Alingsås', severity: 'warning', expected: ['[adress borttagen]'] },
        ],
      },
      { bad: 'Grattis till Ingrid på Brunnsvägen 4 som fyller 90 år!', good: 'Skicka din ansökan till Länsstyrelsen, Box 224, 651 06 Karlstad.', findings: [{ actual: 'Brunnsvägen 4', severity: 'warning', expected: ['[adress borttagen]'] }] },
    ],
    options: z.strictObject({
      /** Characters between the address and a personal name for a warning (rules.md: 60). */
      nameWindow: z.number().int().nonnegative().default(60),
    }),
  },
  (settings) => {
    const { nameWindow } = settings.options;
    const own = new Set(settings.profile.organisation.addresses.map(normalise));
    const ownPrefixes = [...own].map((value) => `${value} `);
    preparePeople(settings.profile);
    return (_tree, file) => {
      const context = contextOf(file);
      const addresses = addressesOf(context);
      if (addresses.length === 0) return;
      const people = peopleOf(context, settings.profile);
      // Looked up per address, not scanned: a post of 1,000 names and addresses is not 1,000 × 1,000 tests.
      const venueEnds = people.places.filter((place) => !place.broad).map((place) => place.end).sort((a, b) => a - b);
      const overlapsName = overlapTest(people.names.filter((name) => !name.staff && !name.source && !name.publicRole).sort((a, b) => a.start - b.start));
      for (const address of addresses) {
        const normal = normalise(address.value);
        if (own.has(normal) || ownPrefixes.some((prefix) => normal.startsWith(prefix))) continue;
        // A public venue named right before the address: "Stadshuset, Stora torget 1", "Estrad (Södra Ågatan 8)".
        // Any organisation or public place counts, not only the profile's ("Vårdcentralen Centrum, Kungsgatan 12").
        const venueEnd = venueEnds[lastAtOrBefore(venueEnds, address.start)];
        if (venueEnd !== undefined && address.start - venueEnd <= 3) continue;
        // A PO box is an organisation's postal address ("Länsstyrelsen, Box 224, 651 06 Karlstad").
        if (postBox.test(context.text.slice(Math.max(0, address.start - 20), address.start))) continue;
        // A name within nameWindow either side: one that overlaps the address widened by it.
        const nearName = overlapsName(address.start - nameWindow - 1, address.end + nameWindow + 1);
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
