import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { hintsOf, isWorkContext, peopleOf, preparePeople } from '../analysis/people/index.ts';
import { addressesOf } from '../analysis/addresses.ts';
import keywords from './keywords.json' with { type: 'json' };
import recruitmentWords from './recruitment.json' with { type: 'json' };

/**
 * A word for an individual case in a secrecy-heavy area (socialtjänst, familjehem, LSS-beslut,
 * elevhälsa …) together with, in the same sentence, a personal name, a family name, a private
 * relation ("hennes son"), a role plus place ("en brukare på Ängabo"), a street address, or han/hon
 * right after a sentence that names someone. Staff named in their role ("socialsekreteraren Anna",
 * "kontakta Kim") and colleagues are not clients. Recruitment ("Vill du bli familjehem?") and general
 * information about the services name nobody and stay clean; in a recruitment sentence only a full
 * name, a family name or an address counts.
 */
const groupDeterminers = new Set(['de', 'dessa', 'alla', 'många', 'flera', 'fler', 'andra', 'samtliga']);

export default defineRule(
  {
    id: 'pd-sekretess-individarende',
    category: 'personal-data',
    severity: 'error',
    title: 'Uppgift om en enskilds ärende',
    description:
      'Sekretessbelagda uppgifter får inte förekomma i kommunens kanaler. Uppgifter om enskildas ärenden inom socialtjänst, omsorg och elevhälsa omfattas av sekretess enligt offentlighets- och sekretesslagen. Ängelholm listar sekretessbelagda uppgifter bland sådant som tas bort, och Valdemarsvik påminner om att lagar om sekretess gäller även i sociala medier. Rekrytering och allmän information om verksamheten flaggas inte.',
    basis: ['Offentlighets- och sekretesslagen (2009:400) 26 kap. 1 § (socialtjänst) och 23 kap. 2 § (elevhälsa)', 'Ängelholms kommun: Regler för sociala medier', 'Valdemarsviks kommun: Hantera sociala medier'],
    languages: ['sv'],
    lists: { keywords, recruitment: recruitmentWords },
    examples: [
      {
        bad: 'Tack till familjen Andersson på Bjällerbacken som blivit familjehem för ett syskonpar!',
        good: 'Vill du bli familjehem? Vi berättar mer på informationskvällen 12 mars.',
        findings: [
          { actual: 'familjehem', severity: 'error' },
        ],
      },
      {
        bad: 'En brukare på Ängabo har fått ett nytt LSS-beslut och flyttar i maj.',
        good: 'Socialtjänsten har öppet hus i Stadshuset på torsdag.',
        findings: [
          { actual: 'LSS-beslut', severity: 'error' },
        ],
      },
      { bad: 'Håkan Lindqvist har beviljats hemtjänst och får besök tre gånger om dagen.', good: 'Maria Marklund har under många år engagerat sig i de ensamkommande flyktingungdomarnas situation.', findings: [{ actual: 'beviljats hemtjänst', severity: 'error' }] },
    ],
  },
  (settings) => {
    const list = settings.lists.keywords!;
    const recruitment = settings.lists.recruitment!;
    preparePeople(settings.profile);
    return (_tree, file) => {
      const context = contextOf(file);
      // "25 år i hemtjänsten", "jobbar på socialtjänsten": about a job, not a case.
      const found = list.find(context);
      if (found.length === 0) return;
      // Recruitment with no name, family or address ("Vi söker fler familjehem") needs no analysis.
      const hints = hintsOf(context);
      const recruitingOnly = found.every((hit) => recruitment.find(context).some((other) => context.tokens[other.firstToken]!.sentence === context.tokens[hit.firstToken]!.sentence));
      if (recruitingOnly && !hints.name && !hints.family && addressesOf(context).length === 0) return;
      const people = peopleOf(context, settings.profile);
      // "engagerat sig i de ensamkommande flyktingungdomarnas situation": a group, not someone's case.
      const hits = found.filter((hit) => !isWorkContext(context, people, hit.firstToken) && !groupDeterminers.has(context.tokens[hit.firstToken - 1]?.lower ?? ''));
      const addresses = addressesOf(context);
      const recruiting = new Set(recruitment.find(context).map((hit) => people.segmentOf[hit.firstToken]!));
      const reported = new Set<number>();
      for (const hit of hits) {
        const segment = people.segmentOf[hit.firstToken]!;
        if (reported.has(segment)) continue;
        const here = people.identifiers.filter(
          (identifier) => identifier.segment === segment && !identifier.staff && !identifier.source && !identifier.colleague && !(identifier.start <= hit.start && hit.end <= identifier.end),
        );
        const address = addresses.some((candidate) => people.segmentAt(candidate.start) === segment);
        const strongHere = here.some((identifier) => identifier.kind === 'full-name' || identifier.kind === 'family') || address;
        const previous = people.identifiers.some((identifier) => identifier.segment === segment - 1 && !identifier.staff && !identifier.source && !identifier.colleague && identifier.kind !== 'role-place');
        const identified = recruiting.has(segment) ? strongHere : here.length > 0 || address || (previous && people.pronounSegments.has(segment));
        if (!identified) continue;
        reported.add(segment);
        report(file, settings, {
          start: hit.start,
          end: hit.end,
          message: format('Texten kan röja sekretessbelagda uppgifter om en enskild ("{match}"). Publicera aldrig uppgifter om enskildas ärenden.', { match: context.text.slice(hit.start, hit.end) }),
        });
      }
    };
  },
);
