import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { mediaOf } from '../analysis/people/media.ts';
import { data } from './words.schema.ts';

const credit = new RegExp(data.creditPattern, 'iu');
// A plain test before the Unicode-aware pattern: most posts have none of these words.
const creditHint = /foto|bild|illustr|film|källa|photo|credit|copyright|©|\(c\)/i;

/**
 * An image whose credit field is empty, in a post with no "Foto:" or "Bild:" credit. Consent does not
 * matter here (it is about copyright, not personal data). Kept at info: the kommun's own stock images
 * carry their credit in metadata (rules.md trap).
 */
export default defineRule(
  {
    id: 'bild-fotograf',
    category: 'personal-data',
    severity: 'info',
    title: 'Fotograf saknas',
    description:
      'Upphovsrätten gäller även i sociala medier, och upphovspersonen har rätt att bli namngiven enligt god sed (upphovsrättslagen 3 §). Ange fotografen i bildens fält i verktyget eller skriv "Foto: Namn" i inlägget. Samtycke påverkar inte den här regeln.',
    basis: ['Lag (1960:729) om upphovsrätt till litterära och konstnärliga verk, 3 §', 'Valdemarsviks kommun: Hantera sociala medier'],
    examples: [
      {
        bad: 'Vårmarknaden på Stora torget lockade många besökare.',
        good: 'Vårmarknaden på Stora torget lockade många besökare. Foto: Anna Ek',
        media: [{ type: 'image' }],
        findings: [
          { actual: '', severity: 'info' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const missing = mediaOf(context).filter((item) => item.type === 'image' && !item.credit?.trim());
    if (missing.length === 0 || (creditHint.test(context.text) && credit.test(context.text))) return;
    report(file, settings, {
      start: 0,
      end: 0,
      message: 'Ange fotograf eller källa för bilden (t.ex. "Foto: Anna Ek").',
    });
  },
);
