import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { bySegment, peopleOf, preparePeople, type Identifier } from '../analysis/people/index.ts';
import { addressesOf } from '../analysis/addresses.ts';
import data from './keywords.json' with { type: 'json' };

/**
 * Severity (rules.md: "error with an identifiable person, warning for location-specific descriptions"):
 * - error: a full name, a possessive relation or a family name in the same sentence as the crime word, or
 *   han/hon/hen right after a sentence that names someone;
 * - warning: a first name or surname alone, a role or age plus a place ("en 15-åring från Sollebrunn", "en man på Kungsgatan") or a
 *   street address in the same sentence;
 * - nothing otherwise: general safety information ("Polisen varnar för bedrägerier") and crime
 *   prevention ("tips mot inbrott") name nobody.
 * People named in a justice role (polisen Anna Berg, åklagaren, advokaten) are not the offender;
 * other staff can be ("vår vaktmästare Jonas Ek är misstänkt").
 */
const organisationGenitives = new Set(['företagets', 'bolagets', 'koncernens', 'bankens', 'kommunens', 'regionens', 'myndighetens', 'organisationens', 'föreningens', 'firmans', 'statens']);

// Words that open a sentence going on about the people just described.
const referring = new Set(['alla', 'de', 'dessa', 'båda', 'bägge', 'eleverna', 'pojkarna', 'flickorna', 'killarna', 'tjejerna', 'ungdomarna', 'han', 'hon', 'hen']);

export default defineRule(
  {
    id: 'pd-lagovertradelse',
    category: 'personal-data',
    severity: 'error',
    title: 'Brott eller misstanke kopplad till en person',
    description:
      'Uppgifter om fällande domar och lagöverträdelser har särskilt skydd i dataskyddsreglerna (GDPR art. 10). Regeln reagerar när ett brott, en misstanke eller en dom står i samma mening som ett namn, en relation eller en beskrivning av en person på en viss plats. Allmän information om brott, som att polisen varnar för bedrägerier, flaggas inte.',
    basis: ['GDPR art. 10', 'Lag (2018:218) 3 kap. 8 §', 'Ängelholms och Valdemarsviks riktlinjer för sociala medier'],
    languages: ['sv'],
    lists: { offences: data },
    examples: [
      {
        bad: 'Den som klottrade på skolan var en 15-åring från Sollebrunn som nu är polisanmäld.',
        good: 'Vi har polisanmält klottret på skolan och sanerar i dag.',
        findings: [
          { actual: 'klottrade', severity: 'warning' },
        ],
      },
      {
        bad: 'Vår tidigare vaktmästare Jonas Ek är misstänkt för stölden av verktygen.',
        good: 'Polisen varnar för bedrägerier med falska fakturor. Betala aldrig en faktura du inte känner igen.',
        findings: [
          { actual: 'misstänkt', severity: 'error' },
        ],
      },
      { bad: 'Skadegörelsen på toaletterna gjordes av tre elever i årskurs 7 på Nolhagaskolan. Alla tre är nu polisanmälda.', good: 'Stölderna har ökat i hela länet, säger Anna Berg, kommunpolis i Alingsås.', findings: [{ actual: 'Skadegörelsen', severity: 'warning' }, { actual: 'polisanmälda', severity: 'warning' }] },
    ],
  },
  (settings) => {
    const list = settings.lists.offences!;
    const topicWords = new Set(data.topicWords);
    const justiceRole = new RegExp(`^(?:${data.justiceRoles.map((role) => role.replace('*', '')).join('|')})`, 'u');
    const offender = (identifier: Identifier) => !identifier.source && !(identifier.role && justiceRole.test(identifier.role));
    preparePeople(settings.profile);
    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens, text } = context;
      const hits = list.find(context).filter((hit) => {
        const previous = tokens[hit.firstToken - 1];
        // "företagets bedrägeri": an organisation's offence, not a person's.
        return !(previous?.kind === 'word' && previous.sentence === tokens[hit.firstToken]!.sentence && (topicWords.has(previous.lower) || organisationGenitives.has(previous.lower)));
      });
      if (hits.length === 0) return;
      const people = peopleOf(context, settings.profile);
      const addresses = addressesOf(context);
      // Everything below depends on the segment only, so each is decided once; and what a segment
      // holds is looked up, not scanned for: a post of 2,000 sentences is not 2,000 × the text.
      const decided = new Set<number>();
      const offendersIn = bySegment(people.identifiers.filter(offender));
      const firstWordIn = new Map<number, string>();
      for (const token of tokens) if (token.kind === 'word' && !firstWordIn.has(people.segmentOf[token.index]!)) firstWordIn.set(people.segmentOf[token.index]!, token.lower);
      const addressSegments = new Set(addresses.map((address) => people.segmentAt(address.start)));
      for (const hit of hits) {
        const segment = people.segmentOf[hit.firstToken]!;
        if (decided.has(segment)) continue;
        decided.add(segment);
        const here = offendersIn.get(segment) ?? [];
        const before = offendersIn.get(segment - 1) ?? [];
        const previous = before.filter((identifier) => identifier.kind !== 'role-place');
        // "… tre elever i årskurs 7 på Nolhagaskolan. Alla tre är nu polisanmälda.": the next sentence goes on about them.
        const firstWord = firstWordIn.get(segment);
        const referred = firstWord !== undefined && referring.has(firstWord) && before.some((identifier) => identifier.kind === 'role-place');
        let shift: number;
        // A first name or surname alone ("Duffys bedrägeri", "friade Duffy") is weaker evidence of an
        // identifiable person than a full name or a relation, as in pd-kanslig-kategori: a warning.
        if (here.some((identifier) => identifier.kind !== 'role-place' && identifier.kind !== 'first-name') || (previous.length > 0 && people.pronounSegments.has(segment))) shift = 0;
        else if (here.length > 0 || referred || addressSegments.has(segment)) shift = -1;
        else continue;
        report(file, settings, {
          start: hit.start,
          end: hit.end,
          message: format('Texten kopplar en person till ett brott eller en misstanke ("{match}"). Publicera inte uppgifter om lagöverträdelser om identifierbara personer.', {
            match: text.slice(hit.start, hit.end),
          }),
          shift,
        });
      }
    };
  },
);
