import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { bySegment, hintsOf, peopleOf, preparePeople, scanner, type ChildTerm, type PersonName } from '../analysis/people/index.ts';
import { data as childData } from '../analysis/people/children.schema.ts';

/**
 * Child and pupil words (rules/analysis/people/children.json, rules.md §4.5.10) together with, in the same sentence:
 * (a) a first name → warning, a full name → error (rules.md: error when the full name of a child appears);
 * (b) an age plus a name ("Alva, 5 år" / "8-åringen Noah") → as (a);
 * (c) an identifying detail: one child ("en elev", "eleven", "hennes son") plus a class or year plus a
 *     school ("en elev i årskurs 2 på Stadsskogenskolan") → warning.
 * Adults named in a role (rektor, lärare, "kontakta Anna") and colleagues are not children; "Alla elever
 * i årskurs 9 …" names nobody; a capitalised "Barn" after a first name is a surname.
 */
const childTiers = new Set<ChildTerm['tier']>(['strong', 'class', 'grade', 'age', 'unit']);
const childPlaces = /^fritids/u;

export default defineRule(
  {
    id: 'pd-barn-elev',
    category: 'personal-data',
    severity: 'warning',
    title: 'Texten pekar ut ett barn eller en elev',
    description:
      'Barns personuppgifter är särskilt skyddsvärda. Datainspektionen (nu IMY) rekommenderar att skolan ber vårdnadshavare om tillåtelse när eleven är under 15 år. Inom förskola och skola gäller sekretess enligt offentlighets- och sekretesslagen. Regeln varnar när ett barn eller en elev nämns med förnamn eller med klass och skola, och ger fel när barnets fullständiga namn står i texten. Vilken ålder som kräver vårdnadshavares samtycke är kommunens policy, inte något regeln avgör.',
    basis: ['GDPR art. 8 och skäl 38', 'Offentlighets- och sekretesslagen (2009:400) 23 kap.', 'Datainspektionen: Publicering av bilder på elever', 'Kungsbacka kommun: Regler för sociala medier'],
    languages: ['sv'],
    examples: [
      {
        bad: 'Ellen i klass 2B på Stadsskogenskolan vann teckningstävlingen!',
        good: 'En elev i årskurs 2 vann teckningstävlingen – grattis!',
        findings: [
          { actual: 'Ellen i klass 2B på Stadsskogenskolan', severity: 'warning' },
        ],
      },
      {
        bad: 'Grattis till eleven Noah Karlsson som vann skolans schackturnering!',
        good: 'Grattis till alla elever som deltog i skolans schackturnering!',
        findings: [
          { actual: 'eleven Noah Karlsson', severity: 'error' },
        ],
      },
      {
        bad: 'En elev i årskurs 4 på Noltorpsskolan skadade sig på rasten i dag.',
        good: 'Alla elever i årskurs 9 får information om gymnasievalet i veckan.',
        findings: [
          { actual: 'elev i årskurs 4 på Noltorpsskolan', severity: 'warning' },
        ],
      },
    ],
  },
  (settings) => {
    preparePeople(settings.profile);
    const singular = scanner().add('people:children-singular', [{ phrases: childData.singular, data: true }]);
    return (_tree, file) => {
      const context = contextOf(file);
      // Without a name or an age, only one singled-out child with a class and a school can point anyone out.
      const hints = hintsOf(context);
      if (!hints.name && !hints.age && !(hints.group && (hints.possessive || scanner().hits(context, singular).length > 0))) return;
      const people = peopleOf(context, settings.profile);
      const terms = people.children().filter((term) => childTiers.has(term.tier) || (term.tier === 'place' && childPlaces.test(term.value.toLowerCase())));
      if (terms.length === 0) return;
      const termsIn = bySegment(terms);
      // Names, schools and possessives by segment, looked up per segment: not segments × people.
      const namesIn = bySegment(people.names);
      const schoolIn = bySegment(people.places.filter((place) => place.school));
      const possessiveIn = bySegment(people.identifiers.filter((identifier) => identifier.kind === 'possessive' && !identifier.colleague));
      for (const [segment, segmentTerms] of termsIn) {
        // A quoted source ("… bland små barn, säger Maria Marklund") is who speaks, not the child, unless
        // a child word stands right beside the name ("säger eleven Ellen", "säger Ellen, 8 år").
        const beside = (name: PersonName) => segmentTerms.some((term) => (term.end <= name.start && /^[\s,]*$/u.test(context.text.slice(term.end, name.start))) || (term.start >= name.end && /^[\s,]*$/u.test(context.text.slice(name.end, term.start))));
        const names = (namesIn.get(segment) ?? []).filter((name) => !name.staff && !name.colleague && !name.publicRole && (!name.source || beside(name)));
        const school = schoolIn.get(segment)?.[0];
        if (names.length > 0) {
          for (const name of names) {
            // Built only if shown: past the rule's budget a finding is only counted, so a segment of
            // thousands of names is not thousands × its terms.
            report(file, settings, () => {
              const term = segmentTerms.reduce((best, candidate) => (Math.abs(candidate.start - name.start) < Math.abs(best.start - name.start) ? candidate : best));
              const start = Math.min(name.start, term.start);
              let end = Math.max(name.end, term.end);
              // "Ellen i klass 2B på Stadsskogenskolan": the school right after belongs to the finding.
              if (school && school.start >= end && school.start - end <= 8) end = school.end;
              return {
                start,
                end,
                message: format('Texten pekar ut ett barn eller en elev ("{match}"). Barn har särskilt skydd. Kontrollera samtycke från vårdnadshavare och sekretess.', { match: context.text.slice(start, end) }),
                shift: name.full ? 1 : 0,
              };
            });
          }
          continue;
        }
        const child = segmentTerms.find((term) => term.singular) ?? possessiveIn.get(segment)?.[0];
        const group = segmentTerms.find((term) => term.tier === 'class' || term.tier === 'grade' || term.tier === 'unit');
        if (!child || !group || !school) continue;
        const start = Math.min(child.start, group.start, school.start);
        const end = Math.max(child.end, group.end, school.end);
        report(file, settings, {
          start,
          end,
          message: format('Texten pekar ut ett barn eller en elev ("{match}"). Barn har särskilt skydd. Kontrollera samtycke från vårdnadshavare och sekretess.', { match: context.text.slice(start, end) }),
        });
      }
    };
  },
);
