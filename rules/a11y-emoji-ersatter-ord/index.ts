import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { visibleEmoji } from '../a11y-emoji-antal/emoji.ts';
import data from './words.json' with { type: 'json' };

const before = new Set(data.before);
// The word just before the emoji on the same line (spaces only in between).
const wordBefore = /(\p{L}+)[ \t\u00a0]*$/u;
// A word (or "-dagen") right after the emoji on the same line; a capital starts a new sentence.
const wordAfter = /^(?:[ \t\u00a0]*\p{Ll}|-\p{L})/u;

export default defineRule(
  {
    id: 'a11y-emoji-ersatter-ord',
    category: 'accessibility',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    severity: 'warning',
    title: 'Emoji i stället för ord',
    description:
      'När en emoji står i stället för ett ord läser skärmläsaren upp emojins beskrivning, som ofta inte passar i meningen ("Ta med röd äpple och droppe"). Olika människor och program tolkar dessutom emojier olika. Skriv ordet och använd emojin som dekoration efter meningen.',
    basis: ['Accessible social: emoji', 'Saavutettavasti.fi: tillgänglighet på sociala medier'],
    examples: [
      { bad: 'Ta med 🍎 och 💧 till 🏃‍♀️-dagen!', good: 'Ta med frukt och vatten till löpardagen! 🏃‍♀️' },
      { bad: 'Vi ses på 🏊 i sommar!', good: 'Vi ses på badet i sommar! 🏊' },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (context.emoji.length === 0) return;
    const { text } = context;
    for (const emoji of visibleEmoji(context)) {
      const lineStart = text.lastIndexOf('\n', emoji.start - 1) + 1;
      const previous = wordBefore.exec(text.slice(Math.max(lineStart, emoji.start - 40), emoji.start))?.[1];
      const nextIsWord = wordAfter.test(text.slice(emoji.end, emoji.end + 3));
      const replacesWord = (previous !== undefined && (nextIsWord || before.has(previous.toLowerCase()))) || text.startsWith('-', emoji.end) && nextIsWord;
      if (!replacesWord) continue;
      report(file, settings, {
        start: emoji.start,
        end: emoji.end,
        message: 'Låt inte emojier ersätta ord. Skriv ordet – emojin läses upp med sin engelska eller svenska beskrivning, som kanske inte passar.',
      });
    }
  },
);
