import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { childWordsOf, mentionsChildren } from '../analysis/people/index.ts';
import { consentOf, mediaOf } from '../analysis/people/media.ts';

/**
 * Fires for an image or video that may show children:
 * - the item says showsChildren: true; or
 * - the post or an alt text names children (barn, elever, förskolebarn, klass 2B, 8-åringar …) and
 *   the item does not say showsPeople/showsChildren: false; or
 * - the post names a place or activity for children (förskolan, fritids, sportlovet, simskolan …) and
 *   the item says showsPeople: true.
 * Consent: "documented" on every such item silences the rule (the question is answered);
 * "missing" raises it to error; "unknown" or none keeps the warning. An item marked showsPeople: false
 * or showsChildren: false (an event without people, confirmed by the user) never counts.
 * The rule states no consent age (rules.md §5.5): that is the kommun's policy.
 */
export default defineRule(
  {
    id: 'bild-barn-samtycke',
    category: 'personal-data',
    severity: 'warning',
    title: 'Bild eller film som visar barn',
    description:
      'Barns personuppgifter är särskilt skyddsvärda. Datainspektionen rekommenderade att skolan ber vårdnadshavare om tillåtelse när eleven är under 15 år, och Kungsbacka publicerar bilder på barn under 15 år först när föräldrarna gett sitt tillstånd. Samtycket måste gälla den aktuella publiceringen. Markera samtycket som dokumenterat i verktyget när det finns, så försvinner frågan; är samtycket markerat som saknat blir det ett fel. Markera bilden som utan personer om ingen syns.',
    basis: ['GDPR art. 6, 8 och skäl 38', 'Datainspektionen (via Statens medieråd): Bilder på elever', 'Kungsbacka kommun: Regler för sociala medier', 'SKR: Bildhantering och samtycke'],
    examples: [
      {
        bad: 'Härligt med alla glada barn på Tuvans förskola i dag!',
        good: 'Härligt med vårens första utedag på förskolan!',
        media: [{ type: 'image' }],
        findings: [
          { actual: 'barn', severity: 'warning' },
        ],
      },
      {
        bad: 'Sportlovsaktiviteterna i Nolhagahallen var fullsatta!',
        good: 'Nolhagahallen är nyrenoverad och öppnar igen i mars!',
        media: [{ type: 'image', showsPeople: true }],
        findings: [
          { actual: 'Sportlovsaktiviteterna', severity: 'warning' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const items = mediaOf(context).filter((item) => item.showsPeople !== false && item.showsChildren !== false);
    if (items.length === 0) return;
    const { named, place } = childWordsOf(context);
    const inAltText = items.some((item) => item.altText !== undefined && mentionsChildren(item.altText));
    const about = items.filter((item) => item.showsChildren === true || named !== undefined || inAltText || (place !== undefined && item.showsPeople === true));
    if (about.length === 0) return;
    const consent = consentOf(about);
    if (consent.documented) return;
    const anchor = named ?? place;
    report(file, settings, {
      start: anchor?.start ?? 0,
      end: anchor?.end ?? 0,
      message: 'Bilden/filmen visar troligen barn. Har vårdnadshavare gett samtycke till just den här publiceringen? Finns barn med skyddade personuppgifter i gruppen?',
      shift: consent.shift,
    });
  },
);
