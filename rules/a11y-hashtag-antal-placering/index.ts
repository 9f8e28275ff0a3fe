import { defineRule } from '../core/define.ts';
import { contextOf, lastStartingAtOrBefore } from '../core/context.ts';
import { report } from '../core/report.ts';
import { mentionsOf } from '../channels/messages.ts';

export default defineRule(
  {
    id: 'a11y-hashtag-antal-placering',
    category: 'accessibility',
    severity: 'info',
    title: 'Hashtaggar och omnämningar mitt i texten',
    description:
      'Stockholms stad: "Använd max 1–2 hashtags per inlägg, lägg dem sist i inlägget." MFD: hashtaggar och omnämningar mitt i texten kan störa textflödet för den som använder skärmläsare, som läser upp "hashtagg" före varje. Antalet hashtaggar per kanal kontrolleras av kanalreglerna; den här regeln gäller bara placeringen.',
    basis: ['Stockholms stad: Tillgänglighet på sociala medier', 'MFD:s checklista för tillgängliga sociala medier (via VGR)'],
    examples: [
      {
        bad: 'Nu startar #simskola på #Nolhagabadet för alla #barn i #Alingsås!',
        good: 'Nu startar simskolan på Nolhagabadet för alla barn i Alingsås! #SimskolaAlingsås',
        findings: [
          { actual: '#simskola', severity: 'info', expected: ['simskola'] },
          { actual: '#Nolhagabadet', severity: 'info', expected: ['Nolhagabadet'] },
          { actual: '#barn', severity: 'info', expected: ['barn'] },
        ],
      },
      {
        bad: 'Tack till @Alingsåshem som har byggt den nya lekplatsen i Brunnsbo.',
        good: 'Alingsåshem har byggt den nya lekplatsen i Brunnsbo. Tack! @Alingsåshem',
        findings: [
          { actual: '@Alingsåshem', severity: 'info' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const tags = [...context.sources.filter((source) => source.kind === 'hashtag'), ...mentionsOf(context.text, context.sources)].sort((a, b) => a.start - b.start);
    if (tags.length === 0) return;
    // The post's text ends with its last word or number that is not a hashtag, mention or link.
    let bodyEnd = 0;
    for (let index = context.tokens.length - 1; index >= 0; index--) {
      const token = context.tokens[index]!;
      // Tags are in order and do not overlap: only the last one starting at or before the token can hold it.
      const tag = tags[lastStartingAtOrBefore(tags, token.start)];
      if (tag && token.end <= tag.end) continue;
      if (token.kind === 'word' || token.kind === 'number') {
        bodyEnd = token.end;
        break;
      }
    }
    // Mentions that open a reply ("@anna Tack för frågan") are where they belong.
    let leading = 0;
    while (leading < tags.length && tags[leading]!.kind === 'mention' && /^[\s,:]*$/u.test(context.text.slice(leading === 0 ? 0 : tags[leading - 1]!.end, tags[leading]!.start))) leading++;
    for (const tag of tags.slice(leading)) {
      if (tag.start >= bodyEnd) continue;
      const hashtag = tag.kind === 'hashtag';
      // Dropping the "#" is the fix, unless another "#" before it would make a new hashtag.
      const fix = hashtag && context.text[tag.start - 1] !== '#' ? tag.value.slice(1) : undefined;
      report(file, settings, {
        start: tag.start,
        end: tag.end,
        message: hashtag
          ? 'Använd högst 1–2 hashtaggar och lägg dem sist i inlägget. Mitt i texten läses "hashtagg" upp före ordet.' + (fix ? ` Skriv "${fix}" utan #.` : '')
          : 'Lägg omnämningar sist i inlägget eller skriv namnet som vanlig text. Mitt i texten stör de läsningen med skärmläsare.',
        ...(fix ? { expected: [fix] } : {}),
      });
    }
  },
);
