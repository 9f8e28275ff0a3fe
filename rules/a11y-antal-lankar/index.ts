import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'a11y-antal-lankar',
    category: 'accessibility',
    severity: 'info',
    title: 'Flera länkar i inlägget',
    description:
      'Stockholms stad: "Försök att ha max en (1) länk per inlägg. För en person som navigerar med tangentbord och skärmläsare kan många länkar förvirra." Samla hellre informationen på en sida och länka dit.',
    basis: ['Stockholms stad: Tillgänglighet på sociala medier'],
    examples: [{
      bad: 'Läs mer på alingsas.se/a, alingsas.se/b och alingsas.se/c.',
      good: 'Läs mer på alingsas.se/ny-skola',
      findings: [
        { actual: 'alingsas.se/b och alingsas.se/c', severity: 'info' },
      ],
    }],
    options: z.strictObject({ max: z.number().int().min(1).default(1) }),
  },
  (settings) => (_tree, file) => {
    const urls = contextOf(file).sources.filter((source) => source.kind === 'url');
    if (urls.length <= settings.options.max) return;
    report(file, settings, {
      start: urls[settings.options.max]!.start,
      end: urls.at(-1)!.end,
      message: format('Försök ha högst en länk per inlägg. Det här inlägget har {antal}.', { antal: urls.length }),
    });
  },
);
