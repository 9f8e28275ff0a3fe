import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { visibleEmoji } from '../analysis/visible-emoji.ts';

const leadingSpace = /^[ \t\u00a0]*$/u;

export default defineRule(
  {
    id: 'a11y-emoji-punktlista',
    category: 'accessibility',
    severity: 'info',
    title: 'Emojier som punkter i en lista',
    description:
      'Skärmläsare läser upp emojins beskrivning för varje rad ("bock Ta med badkläder, bock Ta med handduk …"). Emojier bör inte användas som listpunkter eftersom effekten kan bli konstig, särskilt för skärmläsaranvändare. Använd bindestreck eller skriv listan som en mening.',
    basis: ['Saavutettavasti.fi: tillgänglighet på sociala medier'],
    examples: [
      { bad: '✅ Ta med badkläder\n✅ Ta med handduk\n✅ Ta med lunch', good: 'Ta med:\n- badkläder\n- handduk\n- lunch' },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (context.emoji.length < 2 || context.lineStarts.length < 2) return;
    const { text } = context;
    // Emoji that open a line with text after them.
    const bullets = visibleEmoji(context).filter((emoji) => {
      const lineStart = text.lastIndexOf('\n', emoji.start - 1) + 1;
      const lineEnd = text.indexOf('\n', emoji.end);
      return leadingSpace.test(text.slice(lineStart, emoji.start)) && /\p{L}/u.test(text.slice(emoji.end, lineEnd === -1 ? text.length : lineEnd));
    });
    if (bullets.length < 2) return;
    for (const bullet of bullets) {
      report(file, settings, {
        start: bullet.start,
        end: bullet.end,
        message: 'Använd inte emojier som punkter i listor – skärmläsare läser upp dem för varje rad.',
        expected: ['-'],
      });
    }
  },
);
