import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { visibleEmoji } from '../analysis/visible-emoji.ts';

export default defineRule(
  {
    id: 'a11y-emoji-antal',
    category: 'accessibility',
    severity: 'info',
    title: 'Många emojier i inlägget',
    description:
      'Skärmläsare läser upp varje emoji med dess textbeskrivning, så många emojier gör inlägget långt och rörigt att lyssna på. Stockholms stad: "använd maximalt 2–3 emojis per inlägg". Emojier bör användas med måtta. Fler än 5 blir en varning.',
    basis: ['Stockholms stad: Tillgänglighet på sociala medier', 'Saavutettavasti.fi: tillgänglighet på sociala medier'],
    examples: [
      { bad: '🌸 Vårstädning 🧹 i parken 🌳 på lördag 📅 kl. 10 ⏰ – välkommen 🙌', good: 'Vårstädning i parken på lördag kl. 10 – välkommen! 🌸' },
    ],
    options: z.strictObject({
      max: z.number().int().nonnegative().default(3),
      warningAbove: z.number().int().nonnegative().default(5),
    }),
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (context.emoji.length <= settings.options.max) return;
    const emoji = visibleEmoji(context);
    if (emoji.length <= settings.options.max) return;
    report(file, settings, {
      start: 0,
      end: 0,
      shift: emoji.length > settings.options.warningAbove ? 1 : 0,
      message: format('Inlägget har {antal} emojier. Använd högst 2–3 per inlägg.', { antal: emoji.length }),
    });
  },
);
