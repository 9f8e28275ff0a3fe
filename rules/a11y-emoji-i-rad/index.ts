import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import { visibleEmoji } from '../analysis/visible-emoji.ts';

// Emoji separated only by spaces are still read out as one long row.
const onlySpaces = /^[ \t\u00a0\u200d]*$/u;

export default defineRule(
  {
    id: 'a11y-emoji-i-rad',
    category: 'accessibility',
    severity: 'warning',
    title: 'Flera emojier i rad',
    description:
      'Skärmläsare läser upp varje emoji med sin beskrivning, så flera emojier i rad blir en lång rad ord ("partysmäll partysmäll partysmäll sol glass"). Stockholms stad: "Använd en emoji i taget". En emoji med hudton eller en sammansatt emoji (till exempel en familj) räknas som en.',
    basis: ['Stockholms stad: Tillgänglighet på sociala medier', 'Saavutettavasti.fi: tillgänglighet på sociala medier', 'Accessible social: emoji'],
    examples: [
      {
        bad: 'Välkommen på sommarfest! 🎉🎉🎉☀️🍦',
        good: 'Välkommen på sommarfest! 🎉',
        findings: [
          { actual: '🎉🎉🎉☀️🍦', severity: 'warning', expected: ['🎉'] },
        ],
      },
      {
        bad: 'Grattis till alla som tog studenten! 👩🏽‍🎓 🎓',
        good: 'Grattis till alla som tog studenten! 👩🏽‍🎓',
        findings: [
          { actual: '👩🏽‍🎓 🎓', severity: 'warning', expected: ['👩🏽‍🎓'] },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (context.emoji.length < 2) return;
    const emoji = visibleEmoji(context);
    let index = 0;
    while (index < emoji.length) {
      let last = index;
      while (last + 1 < emoji.length && (emoji[last]!.end === emoji[last + 1]!.start || onlySpaces.test(context.text.slice(emoji[last]!.end, emoji[last + 1]!.start)))) last++;
      if (last > index) {
        const first = emoji[index]!;
        report(file, settings, {
          start: first.start,
          end: emoji[last]!.end,
          message: `Använd en emoji i taget. Flera emojier i rad läses upp som en lång rad beskrivningar. Förslag: behåll bara ${first.value}.`,
          expected: [first.value],
        });
      }
      index = last + 1;
    }
  },
);
