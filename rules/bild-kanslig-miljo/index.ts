import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { consentOf, mediaOf } from '../analysis/people/media.ts';
import words from './words.json' with { type: 'json' };
import recruitmentWords from './recruitment.json' with { type: 'json' };

/**
 * An image or video (not marked showsPeople: false) and a care or treatment setting in the post or an
 * alt text. Consent: "documented" on every item silences the rule (the people shown agreed);
 * "missing" raises it to error; unknown keeps the warning. Recruitment posts ("Vi söker sommarvikarier
 * till våra äldreboenden") are skipped (rules.md trap: recruitment images with consenting staff).
 */
export default defineRule(
  {
    id: 'bild-kanslig-miljo',
    category: 'personal-data',
    severity: 'warning',
    title: 'Bild från vård-, omsorgs- eller behandlingsmiljö',
    description:
      'Att någon bor på ett visst boende eller får en viss insats kan avslöja uppgifter om hälsa – en känslig personuppgift – och omfattas ofta av sekretess. Se till att ingen på bilden kan identifieras utan uttryckligt samtycke, och markera samtycket som dokumenterat i verktyget, så försvinner varningen; är samtycket markerat som saknat blir det ett fel. Rekryteringsinlägg flaggas inte.',
    basis: ['GDPR art. 9', 'Offentlighets- och sekretesslagen (2009:400) 25–26 kap.', 'IMY: Känsliga personuppgifter', 'Ängelholms kommun: Regler för sociala medier'],
    languages: ['sv'],
    lists: { words, recruitment: recruitmentWords },
    examples: [
      {
        bad: 'Mysigt fika med de boende på Ängabo demensboende!',
        good: 'Vi söker sommarvikarier till våra äldreboenden – läs om jobbet här.',
        media: [{ type: 'image', showsPeople: true }],
        findings: [
          { actual: 'demensboende', severity: 'warning' },
        ],
      },
      {
        bad: 'Full fart på dagliga verksamheten i Sollebrunn i dag!',
        good: 'Full fart på Nolhaga i dag!',
        media: [{ type: 'image' }],
        findings: [
          { actual: 'dagliga verksamheten', severity: 'warning' },
        ],
      },
    ],
  },
  (settings) => {
    const settingsList = settings.lists.words!;
    const recruitment = settings.lists.recruitment!;
    const altPattern = new RegExp(
      `(?<!\\p{L})(?:${words.entries[0]!.forms.map((word) => (word.endsWith('*') ? `${word.slice(0, -1)}\\p{L}*` : word)).join('|')})(?!\\p{L})`,
      'iu',
    );
    return (_tree, file) => {
      const context = contextOf(file);
      const items = mediaOf(context).filter((item) => item.showsPeople !== false);
      if (items.length === 0) return;
      const hit = settingsList.find(context)[0];
      const inAltText = items.some((item) => item.altText !== undefined && altPattern.test(item.altText));
      if (!hit && !inAltText) return;
      if (recruitment.find(context).length > 0) return;
      const consent = consentOf(items);
      if (consent.documented) return;
      report(file, settings, {
        start: hit?.start ?? 0,
        end: hit?.end ?? 0,
        message: 'Bilder från vård-, omsorgs- eller behandlingsmiljöer kan avslöja hälsouppgifter. Se till att ingen kan identifieras utan uttryckligt samtycke.',
        shift: consent.shift,
      });
    };
  },
);
