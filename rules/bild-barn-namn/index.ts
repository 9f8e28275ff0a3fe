import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { hintsOf, peopleOf, preparePeople, type PeopleAnalysis, type PersonName } from '../analysis/people/index.ts';
import { consentOf, mediaOf } from '../analysis/people/media.ts';
import type { MediaItem } from '../core/types.ts';

/**
 * The names of children next to an image: shared with bild-personer-samtycke, which leaves these names
 * to this rule (one finding, one rule).
 * - An item with showsChildren: true → every first or full name in the post that is not an adult in a
 *   role (rektor, förskollärare, "kontakta Anna"), a colleague or a public role holder.
 * - Otherwise child words in the post → the names in the same sentence as a child word, for items
 *   that do not say showsPeople/showsChildren: false.
 */
export function childNames(items: MediaItem[], people: PeopleAnalysis): { names: PersonName[]; items: MediaItem[] } {
  const visible = items.filter((item) => item.showsPeople !== false && item.showsChildren !== false);
  if (visible.length === 0) return { names: [], items: [] };
  const candidates = people.names.filter((name) => !name.staff && !name.colleague && !name.publicRole);
  if (candidates.length === 0) return { names: [], items: [] };
  const flagged = visible.filter((item) => item.showsChildren === true);
  if (flagged.length > 0) return { names: candidates, items: flagged };
  const segments = new Set(people.children().filter((term) => term.tier !== 'place').map((term) => term.segment));
  const names = candidates.filter((name) => segments.has(name.segment));
  return { names, items: names.length > 0 ? visible : [] };
}

/**
 * Consent: "documented" on every item lowers the error to a warning, because consent to the picture
 * does not by itself cover printing the child's name next to it (SKR: consent must cover the specific
 * publication). "missing" or unknown keeps the error.
 */
export default defineRule(
  {
    id: 'bild-barn-namn',
    category: 'personal-data',
    severity: 'error',
    title: 'Barns namn i samband med bild',
    description:
      'Bild och namn tillsammans gör barnet identifierbart. Inom förskola och skola gäller dessutom sekretess. Även med samtycke till bilden behövs ett uttryckligt samtycke från vårdnadshavare till att namnet publiceras; då sänks felet till en varning.',
    basis: ['GDPR art. 6 och 8', 'Offentlighets- och sekretesslagen (2009:400) 23 kap.', 'Lawline: Får förskolor lägga ut bilder och namn på barn på sociala medier?', 'SKR: Bildhantering och samtycke'],
    examples: [
      { bad: 'Här är Alva och Noah som planterar tulpaner.', good: 'Här planterar barnen på avdelning Solen tulpaner.', media: [{ type: 'image', showsPeople: true, showsChildren: true }] },
      { bad: 'Eleverna Elsa och Omar visar upp sina robotar på teknikdagen.', good: 'Eleverna visar upp sina robotar på teknikdagen.', media: [{ type: 'image' }] },
    ],
  },
  (settings) => {
    preparePeople(settings.profile);
    return (_tree, file) => {
      const context = contextOf(file);
      const media = mediaOf(context);
      if (media.length === 0 || !hintsOf(context).name) return;
      const { names, items } = childNames(media, peopleOf(context, settings.profile));
      if (names.length === 0) return;
      const consent = consentOf(items);
      for (const name of names) {
        report(file, settings, {
          start: name.start,
          end: name.end,
          message: 'Skriv inte ut namn på barn i samband med bild.',
          shift: consent.documented ? -1 : 0,
        });
      }
    };
  },
);
