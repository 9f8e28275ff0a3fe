import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { companyFinder, isBusinessNoun } from '../analysis/companies.ts';
import data from './hype.json' with { type: 'json' };

export default defineRule(
  {
    id: 'neutral-varderande-omdomen',
    category: 'legal',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    lists: { hype: data },
    severity: 'info',
    title: 'Värdeomdöme om en extern aktör',
    description:
      'Saklighet och opartiskhet: kommuner ska inte gynna enskilda näringsidkare. Ett "bästa" eller "fantastiska" om ett företag kan uppfattas som att kommunen gynnar någon. Superlativ om kommunens egna evenemang ("årets största fest") är inte ett sådant omdöme.',
    basis: ['Regeringsformen 1 kap. 9 § (saklighet och opartiskhet)', 'Kommunallagen (2017:725) 2 kap. 3 §', 'Knivsta och Kungsbacka: regler för sociala medier'],
    examples: [
      {
        bad: 'Alingsås bästa pizzeria finns på Kungsgatan!',
        good: 'Nu öppnar en ny restaurang på Kungsgatan – välkommen till centrum!',
        findings: [
          { actual: 'bästa', severity: 'info' },
        ],
      },
      {
        // A compound business noun ("byggföretaget") names a company as well as "företaget" does.
        bad: 'Byggföretaget Peab har gjort ett fantastiskt jobb med nya skolan.',
        good: 'Byggföretaget Peab har byggt nya skolan, som öppnar i augusti.',
        findings: [
          { actual: 'fantastiskt', severity: 'info' },
        ],
      },
      {
        bad: 'Bageri Kanelen bakar stans godaste kanelbullar.',
        good: 'Bageri Kanelen har öppnat på Kungsgatan.',
        findings: [
          { actual: 'godaste', severity: 'info' },
        ],
      },
    ],
  },
  (settings) => {
    const hype = settings.lists.hype!;
    const companies = companyFinder(settings.profile);
    return (_tree, file) => {
      const context = contextOf(file);
      const hits = hype.find(context);
      if (hits.length === 0) return;
      const { tokens } = context;
      const mentions = companies.find(context);
      for (const hit of hits) {
        const from = Math.max(0, hit.firstToken - data.window);
        const to = Math.min(tokens.length, hit.lastToken + data.window);
        let near = mentions.some((mention) => mention.firstToken < to && mention.lastToken > from);
        for (let index = from; index < to && !near; index++) {
          near = tokens[index]!.sentence === tokens[hit.firstToken]!.sentence && isBusinessNoun(tokens[index]!.lower);
        }
        if (!near) continue;
        report(file, settings, {
          start: hit.start,
          end: hit.end,
          message: 'Värdeomdömen om externa aktörer kan uppfattas som att kommunen gynnar någon. Håll dig till fakta.',
        });
      }
    };
  },
);
