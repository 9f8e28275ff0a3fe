import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { companyFinder, isBusinessNoun, isSuperlative } from '../analysis/companies.ts';
import commercial from './commercial.json' with { type: 'json' };
import equal from './equal.json' with { type: 'json' };
import sponsor from './sponsor.json' with { type: 'json' };

export default defineRule(
  {
    id: 'neutral-reklam-enskilt-foretag',
    category: 'legal',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    lists: {
      commercial,
      equal,
      sponsor,
    },
    severity: 'warning',
    title: 'Reklam för ett enskilt företag',
    description:
      'Kommunala riktlinjer tillåter inte reklam för enskilda företag och produkter i kommunens kanaler. Kommunen ska behandla sina medlemmar lika (kommunallagen 2 kap. 3 §, likställighetsprincipen). Kommunens egna bolag (till exempel Alingsåshem och Alingsås Energi) får berätta om sina tjänster, och en lista över alla deltagande företag behandlar alla lika. En sponsor som nämns enligt avtal blir bara ett råd.',
    basis: ['Kommunallagen (2017:725) 2 kap. 3 § (likställighetsprincipen)', 'Knivsta, Kungsbacka, Ängelholm och Trelleborg: regler för sociala medier'],
    examples: [
      {
        bad: 'Missa inte Kafé Solsidans fantastiska semlor – 20 % rabatt med koden ALINGSAS!',
        good: 'Under Kulturnatten har över 30 kaféer och butiker i centrum öppet till kl. 22. Se hela listan på alingsas.se/kulturnatten.',
        findings: [
          { actual: 'Kafé Solsidans', severity: 'warning' },
        ],
      },
      {
        // A superlative before a business noun is a sales claim, and praise is more than naming a sponsor.
        bad: 'Vi tackar ICA Maxi, den bästa butiken i stan, för sponsringen!',
        good: 'Vi tackar ICA Maxi för sponsringen av priserna i tipspromenaden.',
        findings: [
          { actual: 'ICA Maxi', severity: 'warning' },
        ],
      },
      {
        bad: 'Handla lokalt! Berg & Son AB har rea på alla cyklar i helgen.',
        good: 'Handla lokalt! Se vilka butiker som har öppet i helgen på alingsas.se/handla',
        findings: [
          { actual: 'Berg & Son AB', severity: 'warning' },
        ],
      },
    ],
  },
  (settings) => {
    const companies = companyFinder(settings.profile);
    const commercial = settings.lists.commercial!;
    const equal = settings.lists.equal!;
    const sponsor = settings.lists.sponsor!;

    return (_tree, file) => {
      const context = contextOf(file);
      // A sales word, or a superlative praising a business ("den bästa butiken i stan").
      const { words } = context;
      let claim = false;
      for (let index = 0; index + 1 < words.length && !claim; index++) claim = isSuperlative(words[index]!.lower) && isBusinessNoun(words[index + 1]!.lower);
      if (!claim && commercial.find(context).length === 0) return;
      const mentions = companies.find(context).filter((mention) => !companies.isMunicipal(context.tokens[mention.firstToken]!.value) && !companies.isMunicipal(context.tokens[mention.lastToken - 1]!.value));
      if (mentions.length === 0) return;
      // Equal treatment: many businesses, or all of them, named together.
      if (new Set(mentions.map((mention) => mention.name)).size >= 3 || equal.find(context).length > 0) return;
      // A sponsor named under an agreement is a tip, unless the post also praises the business.
      const sponsored = !claim && sponsor.find(context).length > 0;
      const first = mentions[0]!;
      report(file, settings, {
        start: first.start,
        end: first.end,
        shift: sponsored ? -1 : 0,
        message: 'Undvik att göra reklam för ett enskilt företag. Om ni samarbetar, beskriv samarbetet sakligt och behandla företag lika.',
      });
    };
  },
);
