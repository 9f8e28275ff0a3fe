import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { hintsOf, peopleOf, preparePeople } from '../analysis/people/index.ts';
import { consentOf, mediaOf } from '../analysis/people/media.ts';
import { childNames } from '../analysis/child-names.ts';

/**
 * An image or video flagged showsPeople (or showsChildren) and a personal name in the post.
 * Consent: "documented" on the item silences the rule; "missing" raises it to warning; unknown keeps
 * info. Names with one of the profile's public roles ("kommunstyrelsens ordförande Anna Berg") are
 * skipped (rules.md trap: public persons in their official role), and children's names are left to
 * bild-barn-namn.
 */
export default defineRule(
  {
    id: 'bild-personer-samtycke',
    category: 'personal-data',
    severity: 'info',
    title: 'Personer på bild med namn',
    description:
      'Bilder på identifierbara personer är personuppgifter. Samtycket ska gälla publiceringen i den aktuella kanalen – "Det räcker inte med att får jag använda bilden". Sprid aldrig bilder utan tillåtelse. Markera samtycket som dokumenterat i verktyget när personerna har godkänt publiceringen med namn, så försvinner frågan; är samtycket markerat som saknat blir det en varning. Personer i offentliga roller (till exempel kommunstyrelsens ordförande) flaggas inte.',
    basis: ['GDPR art. 6 och 7', 'SKR: Bildhantering och samtycke', 'Valdemarsviks och Kungsbackas riktlinjer för sociala medier'],
    examples: [
      {
        bad: 'Stort grattis till Peter Ek, årets medarbetare!',
        good: 'Stort grattis till årets medarbetare!',
        media: [{ type: 'image', showsPeople: true }],
        findings: [
          { actual: 'Peter Ek', severity: 'info' },
        ],
      },
      {
        bad: 'Välkommen Fatima Ali, ny enhetschef på Brunnsbo!',
        good: 'Välkommen till vår nya enhetschef på Brunnsbo!',
        media: [{ type: 'image', showsPeople: true }],
        findings: [
          { actual: 'Fatima Ali', severity: 'info' },
        ],
      },
    ],
  },
  (settings) => {
    preparePeople(settings.profile);
    return (_tree, file) => {
      const context = contextOf(file);
      const media = mediaOf(context);
      const items = media.filter((item) => (item.showsPeople === true || item.showsChildren === true) && item.consent !== 'documented');
      if (items.length === 0 || !hintsOf(context).name) return;
      const people = peopleOf(context, settings.profile);
      const children = new Set(childNames(media, people).names);
      const consent = consentOf(items);
      const seen = new Set<string>();
      for (const name of people.names) {
        if (name.publicRole || children.has(name) || seen.has(name.value)) continue;
        seen.add(name.value);
        report(file, settings, {
          start: name.start,
          end: name.end,
          message: 'Har personerna på bilden informerats och godkänt att bilden publiceras här, med namn?',
          shift: consent.shift,
        });
      }
    };
  },
);
