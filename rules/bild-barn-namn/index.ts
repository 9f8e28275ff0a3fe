import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { hintsOf, peopleOf, preparePeople } from '../analysis/people/index.ts';
import { childNames } from '../analysis/child-names.ts';
import { consentOf, mediaOf } from '../analysis/people/media.ts';


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
      {
        bad: 'Här är Alva och Noah som planterar tulpaner.',
        good: 'Här planterar barnen på avdelning Solen tulpaner.',
        media: [{ type: 'image', showsPeople: true, showsChildren: true }],
        findings: [
          { actual: 'Alva', severity: 'error' },
          { actual: 'Noah', severity: 'error' },
        ],
      },
      {
        bad: 'Eleverna Elsa och Omar visar upp sina robotar på teknikdagen.',
        good: 'Eleverna visar upp sina robotar på teknikdagen.',
        media: [{ type: 'image' }],
        findings: [
          { actual: 'Elsa', severity: 'error' },
          { actual: 'Omar', severity: 'error' },
        ],
      },
      { bad: 'Lilla Wilma var en av de yngsta besökarna vid lekplatsinvigningen. Här testar hon den stora gungan.', good: 'Många barn var med vid lekplatsinvigningen och testade den stora gungan.', media: [{ type: 'image' }], findings: [{ actual: 'Wilma', severity: 'error' }] },
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
