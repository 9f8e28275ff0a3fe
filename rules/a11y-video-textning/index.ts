import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { describedInPost } from '../analysis/described-in-post.ts';

// A written version of what is said in the film, in the post itself (Göteborgs Stad's exception).
const transcriptInPost = /(?<!\p{L})(?:textversion|transkribering|transkription|det här sägs i filmen|det här säger .{1,40} i filmen|i filmen säger .{1,40}?)\s*:/iu;

export default defineRule(
  {
    id: 'a11y-video-textning',
    category: 'accessibility',
    severity: 'error',
    title: 'Film utan textning',
    description:
      'Filmer med tal ska vara textade, även om de är korta (VGR), så att den som inte hör eller har ljudet av får samma information. Göteborgs Stad gör ett undantag när inläggets text för fram hela budskapet; skriv då ut vad som sägs ("Textversion: …"). Filmer utan tal behöver ingen textning men kan behöva syntolkning.',
    basis: ['Lag (2018:1937) om tillgänglighet till digital offentlig service', 'WCAG 2.1 1.2.2 Undertexter (förinspelat)', 'VGR: tillgänglighet i sociala medier', 'Göteborgs Stad: tillgänglighet i sociala medier'],
    examples: [
      {
        bad: 'Kommunstyrelsens ordförande berättar om nästa års budget.',
        good: 'Kommunstyrelsens ordförande berättar om nästa års budget. Textversion: Nästa år satsar vi mer på skolan och äldreomsorgen, och skatten ligger kvar.',
        media: [{ type: 'video', hasSpeech: true }],
      },
      {
        bad: 'Titta på vårens första dag i Nolhagaparken!',
        good: 'Titta på vårens första dag i Nolhagaparken! Syntolkning: krokusar i lila och gult blommar på gräsmattan medan solen går upp.',
        media: [{ type: 'video', hasSpeech: false }],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (context.input.field || context.input.media.length === 0) return;
    context.input.media.forEach((item, index) => {
      if (item.type !== 'video' || item.captions === true || item.decorative) return;
      if (item.hasSpeech === false) {
        // No speech: nothing to caption, but what is shown may need describing (info).
        if (describedInPost.test(context.text) || item.altText?.trim()) return;
        report(file, settings, {
          start: 0,
          end: 0,
          shift: -2,
          message: format('Film {nummer} har inget tal och behöver ingen textning. Beskriv gärna vad filmen visar ("Syntolkning: …") för den som inte ser den.', { nummer: index + 1 }),
        });
        return;
      }
      if (transcriptInPost.test(context.text)) return;
      report(file, settings, {
        start: 0,
        end: 0,
        message: format('Film {nummer} behöver textning. Även korta filmer ska vara textade.', { nummer: index + 1 }),
      });
    });
  },
);
