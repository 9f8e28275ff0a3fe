import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { visibleEmoji } from '../analysis/visible-emoji.ts';
import { data } from './words.schema.ts';

const before = new Set(data.before);
const subjects = new Set(data.subjects);
const letter = /\p{L}/u;
const isBlank = (char: string) => char === ' ' || char === '\t' || char === '\u00a0';

/** The word just before `end` on the same line, with only spaces between; scanned backwards. */
function wordBefore(text: string, end: number): { value: string; start: number } | undefined {
  let position = end;
  while (position > 0 && isBlank(text[position - 1]!)) position--;
  const wordEnd = position;
  // Surrogate pairs are never letters in Swedish text, so stepping by UTF-16 unit is enough here.
  while (position > 0 && end - position < 40 && letter.test(text[position - 1]!)) position--;
  return position < wordEnd ? { value: text.slice(position, wordEnd), start: position } : undefined;
}
// A word (or "-dagen") right after the emoji on the same line; a capital starts a new sentence.
const wordAfter = /^(?:[ \t\u00a0]*\p{Ll}|-\p{L})/u;
// Any word after it, a name included ("Vi ❤️ Alingsås").
const anyWordAfter = /^[ \t\u00a0]*\p{L}/u;
// Only spaces, or nothing, since the start of the line or the last sentence end.
const sentenceStartBefore = /(?:^|[.!?\n])[ \t\u00a0"”]*$/u;

/** "Vi ❤️ Alingsås", "Jag 🏃 varje dag": a subject opening the sentence, the emoji as its verb, then a word. */
function isVerb(text: string, emojiEnd: number, subject: { value: string; start: number } | undefined): boolean {
  if (subject === undefined || !subjects.has(subject.value.toLowerCase()) || !anyWordAfter.test(text.slice(emojiEnd, emojiEnd + 3))) return false;
  return sentenceStartBefore.test(text.slice(Math.max(0, subject.start - 20), subject.start));
}

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
      {
        bad: 'Ta med 🍎 och 💧 till 🏃‍♀️-dagen!',
        good: 'Ta med frukt och vatten till löpardagen! 🏃‍♀️',
        findings: [
          { actual: '🍎', severity: 'warning' },
          { actual: '💧', severity: 'warning' },
          { actual: '🏃‍♀️', severity: 'warning' },
        ],
      },
      {
        // An emoji between a subject and its object is the verb, a name after it too.
        bad: 'Vi ❤️ Alingsås!',
        good: 'Vi älskar Alingsås! ❤️ Här hälsar vi 👋 Välkommen hit!',
        findings: [
          { actual: '❤️', severity: 'warning' },
        ],
      },
      {
        bad: 'Vi ses på 🏊 i sommar!',
        good: 'Vi ses på badet i sommar! 🏊',
        findings: [
          { actual: '🏊', severity: 'warning' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (context.emoji.length === 0) return;
    const { text } = context;
    for (const emoji of visibleEmoji(context)) {
      const previous = wordBefore(text, emoji.start);
      const nextIsWord = wordAfter.test(text.slice(emoji.end, emoji.end + 3));
      const replacesWord =
        (previous !== undefined && (nextIsWord || before.has(previous.value.toLowerCase()))) || (text.startsWith('-', emoji.end) && nextIsWord) || isVerb(text, emoji.end, previous);
      if (!replacesWord) continue;
      report(file, settings, {
        start: emoji.start,
        end: emoji.end,
        message: 'Låt inte emojier ersätta ord. Skriv ordet – emojin läses upp med sin engelska eller svenska beskrivning, som kanske inte passar.',
      });
    }
  },
);
