import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'klar-meningslangd',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Lång mening',
    description:
      'Myndigheternas skrivregler: "Samla inte för mycket information i en och samma mening utan dela hellre upp informationen enligt principen en tanke – en mening." Stockholms stad: "Sätt punkt – skriv korta meningar." Över 25 ord blir det en varning.',
    basis: ['Myndigheternas skrivregler §1.3', 'Språklagen (2009:600) 11 §'],
    examples: [
      {
        bad: 'Eftersom vi under sommaren kommer att renovera simhallen, vilket innebär att bassängerna töms, kommer alla simskolor som normalt hålls i juni att flyttas till utomhusbadet i Mjörn, där vi har personal på plats.',
        good: 'Vi renoverar simhallen i sommar. Därför flyttar simskolorna i juni till utomhusbadet vid Mjörn. Vi har personal på plats.',
        findings: [
          { actual: 'Eftersom vi under sommaren kommer att renovera simhallen, vilket innebär att bassängerna töms, kommer alla simskolor som normalt hålls i juni att flyttas till utomhusbadet i Mjörn, där vi har personal på plats.', severity: 'warning' },
        ],
      },
    ],
    options: z.strictObject({
      infoAbove: z.number().int().positive().default(20),
      warningAbove: z.number().int().positive().default(25),
    }),
  },
  (settings) => (_tree, file) => {
    const { infoAbove, warningAbove } = settings.options;
    for (const sentence of contextOf(file).sentences) {
      if (sentence.wordCount <= infoAbove) continue;
      report(file, settings, {
        start: sentence.start,
        end: sentence.end,
        message: format('Meningen har {antal} ord. Dela gärna upp den – en tanke per mening.', { antal: sentence.wordCount }),
        shift: sentence.wordCount > warningAbove ? 1 : 0,
      });
    }
  },
);
