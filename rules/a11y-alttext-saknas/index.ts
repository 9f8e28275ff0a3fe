import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { describedInPost } from '../analysis/described-in-post.ts';

// Alt texts that say nothing: a file name, "bild", "foto", "image" …
const placeholder = /^(?:bild|foto|fotografi|image|img|picture|photo|alt|alt-?text|alternativtext|bild\s*\d+|\S+\.(?:jpe?g|png|gif|webp|heic))$/iu;

export const hasUsefulAltText = (altText: string | undefined) => {
  const text = altText?.trim() ?? '';
  return text.length > 0 && !placeholder.test(text);
};

export default defineRule(
  {
    id: 'a11y-alttext-saknas',
    category: 'accessibility',
    severity: 'error',
    title: 'Bild utan alternativtext',
    description:
      'Alla meningsbärande bilder ska ha ett textalternativ (alt-text) så att den som inte ser bilden får samma information. Om plattformen saknar alt-fält, beskriv bilden i inlägget ("Bildbeskrivning: …"). En alt-text som bara är ett filnamn eller ordet "bild" räknas inte. Rent dekorativa bilder kan markeras som dekorativa.',
    basis: ['Lag (2018:1937) om tillgänglighet till digital offentlig service', 'WCAG 2.1 1.1.1 Icke-textuellt innehåll', 'Myndigheternas skrivregler §2.1.4', 'VGR och Funka: tillgänglighet i sociala medier'],
    examples: [
      {
        bad: 'Så här ser det ut just nu.',
        good: 'Så här ser det ut just nu. Bildbeskrivning: karta över centrala Alingsås där området kring Lillån är markerat som översvämmat.',
        media: [{ type: 'image' }],
      },
      {
        bad: 'Nu är det nya lekparken i Nolhaga klar!',
        good: 'Nu är det nya lekparken i Nolhaga klar! Syntolkning: barn klättrar i en stor klätterställning formad som ett skepp.',
        media: [{ type: 'image', altText: 'IMG_2041.jpg' }],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    // Alt texts are linted on their own with input.field set; media rules act on the post only.
    if (context.input.field || context.input.media.length === 0) return;
    if (describedInPost.test(context.text)) return;
    context.input.media.forEach((item, index) => {
      if (item.type !== 'image' || item.decorative || hasUsefulAltText(item.altText)) return;
      report(file, settings, {
        start: 0,
        end: 0,
        message: format(
          item.altText?.trim()
            ? 'Bild {nummer} har alt-texten "{alt}", som inte beskriver något. Beskriv kort vad bilden visar och varför den är viktig.'
            : 'Bild {nummer} saknar alternativtext. Beskriv kort vad bilden visar och varför den är viktig.',
          { nummer: index + 1, alt: item.altText?.trim() ?? '' },
        ),
      });
    });
  },
);
