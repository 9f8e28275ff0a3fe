import { defineRule } from '../core/define.ts';
import { contextOf, type Span } from '../core/context.ts';
import { report } from '../core/report.ts';
import { visibleEmoji } from '../analysis/visible-emoji.ts';

const leadingSpace = /^[ \t\u00a0]*$/u;
const letter = /\p{L}/u;

/**
 * The emoji that open a line with text after them. Only a line's first emoji can, so each line is
 * read once (a line of 10,000 emoji was read once per emoji); tests hold this to the plain filter.
 */
export function bulletsOf(text: string, emoji: readonly Span[]): Span[] {
  const bullets: Span[] = [];
  let lineStart = 0;
  let lineEnd = text.indexOf('\n');
  let checkedLine = -1;
  for (const item of emoji) {
    while (lineEnd !== -1 && lineEnd < item.start) {
      lineStart = lineEnd + 1;
      lineEnd = text.indexOf('\n', lineStart);
    }
    if (lineStart === checkedLine) continue;
    checkedLine = lineStart;
    if (leadingSpace.test(text.slice(lineStart, item.start)) && letter.test(text.slice(item.end, lineEnd === -1 ? text.length : lineEnd))) bullets.push(item);
  }
  return bullets;
}

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
      {
        bad: '✅ Ta med badkläder\n✅ Ta med handduk\n✅ Ta med lunch',
        good: 'Ta med:\n- badkläder\n- handduk\n- lunch',
        findings: [
          { actual: '✅', severity: 'info', expected: ['-'] },
          { actual: '✅', severity: 'info', expected: ['-'] },
          { actual: '✅', severity: 'info', expected: ['-'] },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (context.emoji.length < 2 || context.lineStarts.length < 2) return;
    const { text } = context;
    const bullets = bulletsOf(text, visibleEmoji(context));
    if (bullets.length < 2) return;
    for (const bullet of bullets) {
      report(file, settings, {
        start: bullet.start,
        end: bullet.end,
        message: 'Använd inte emojier som punkter i listor – skärmläsare läser upp dem för varje rad. Skriv ett bindestreck (-) i stället.',
        expected: ['-'],
      });
    }
  },
);
