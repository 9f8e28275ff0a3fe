import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';

const letters = /\p{L}{3,}/gu;

export default defineRule(
  {
    id: 'a11y-text-i-bild',
    category: 'accessibility',
    severity: 'warning',
    title: 'Text i bilden som inte finns i inlägget',
    description:
      'Text i en bild kan inte förstoras, översättas eller läsas av alla skärmläsare, och den är svår att läsa på en liten skärm. Om bilden innehåller text, skriv den viktiga texten i inlägget också. Göteborgs Stad: "Använd inte text i bild". Regeln gäller bilder som är markerade att de innehåller text; om bilden har en alt-text jämförs den med inlägget, annars räcker det att inlägget självt har ett visst innehåll (som standard minst 10 ord).',
    basis: ['Lag (2018:1937) om tillgänglighet till digital offentlig service', 'WCAG 2.1 1.4.5 Bilder av text', 'Papunet: sociala medier', 'Göteborgs Stad: tillgänglighet i sociala medier'],
    examples: [
      {
        bad: 'Välkommen!',
        good: 'Välkommen på föreläsning om trygg skärmtid, 14 mars kl. 18 på Estrad.',
        media: [{ type: 'image', containsText: true }],
        findings: [
          { actual: '', severity: 'warning' },
        ],
      },
      {
        bad: 'Välkommen på föreläsning! Anmäl dig på alingsas.se/forelasning',
        good: 'Välkommen på föreläsning om trygg skärmtid den 14 mars kl. 18 på Estrad! Anmäl dig på alingsas.se/forelasning',
        media: [{ type: 'image', containsText: true, altText: 'Affisch: Föreläsning om trygg skärmtid 14 mars kl. 18 på Estrad' }],
        findings: [
          { actual: '', severity: 'warning' },
        ],
      },
    ],
    options: z.strictObject({
      /** Words the post needs when the image has no alt text to compare with. */
      minPostWords: z.number().int().nonnegative().default(10),
      /** Share of the alt text's words (3+ letters) that must also be in the post. */
      minCoverage: z.number().min(0).max(1).default(0.6),
    }),
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (context.input.field || context.input.media.length === 0) return;
    const { minPostWords, minCoverage } = settings.options;
    const postWords = new Set(context.words.map((word) => word.lower));
    context.input.media.forEach((item, index) => {
      if (item.type !== 'image' || item.containsText !== true || item.decorative) return;
      const altWords = [...(item.altText ?? '').toLowerCase().normalize('NFC').matchAll(letters)].map((match) => match[0]);
      const covered =
        altWords.length >= 3
          ? altWords.filter((word) => postWords.has(word)).length / altWords.length >= minCoverage
          : context.words.length >= minPostWords;
      if (covered) return;
      report(file, settings, {
        start: 0,
        end: 0,
        message: format('Bild {nummer} innehåller text som inte finns i inlägget. Skriv ut den viktiga texten i inlägget också.', { nummer: index + 1 }),
      });
    });
  },
);
