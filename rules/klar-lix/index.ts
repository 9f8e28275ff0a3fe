import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { countLix, lixBand } from '../core/lix.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'klar-lix',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Högt läsbarhetsindex (LIX)',
    description:
      'Språklagen 11 § kräver enkelt och begripligt språk. LIX är ett grovt mått på långa meningar och långa ord. Det säger inte hur svåra orden är, men ett högt värde är ett varningstecken. Över 50 blir det en varning.',
    basis: ['Språklagen (2009:600) 11 §', 'Björnsson, Läsbarhet (1968)', 'Myndigheternas skrivregler §1.1'],
    examples: [
      {
        bad: 'Samhällsbyggnadsförvaltningen genomför under innevarande vecka omfattande underhållsåtgärder avseende belysningsanläggningarna i centrumområdet samt tillhörande gångstråk och parkeringsytor.',
        good: 'Den här veckan byter vi gatlampor i centrum. Vi lagar också lamporna vid gångvägarna och på parkeringarna. Det kan bli lite mörkt en stund.',
      },
    ],
    options: z.strictObject({
      infoAbove: z.number().default(40),
      warningAbove: z.number().default(50),
      minWords: z.number().int().nonnegative().default(15),
    }),
  },
  (settings) => (_tree, file) => {
    const { infoAbove, warningAbove, minWords } = settings.options;
    const counts = countLix(contextOf(file));
    if (counts.lix === null || counts.words < minWords || counts.lix <= infoAbove) return;
    const value = Math.round(counts.lix);
    report(file, settings, {
      start: 0,
      end: 0,
      message: format('Läsbarhetsindex (LIX) är {värde} – {band}. Korta meningar och byt långa ord mot kortare.', { värde: value, band: lixBand(counts.lix) }),
      shift: counts.lix > warningAbove ? 1 : 0,
    });
  },
);
