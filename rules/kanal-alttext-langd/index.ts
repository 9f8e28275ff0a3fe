import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { graphemeLength } from '../channels/count.ts';
import type { Channel } from '../profile/schema.ts';
import { format, report } from '../core/report.ts';

// Alt-text limits are in characters; Bluesky counts graphemes, the Meta tools UTF-16 units (conservative).
const altLength = (channel: Channel, text: string) => (channel.unit === 'graphemes' ? graphemeLength(text) : text.length);

const describedInPostPattern = /\b(?:bildbeskrivning|syntolkning)\s*:/iu;

export default defineRule(
  {
    id: 'kanal-alttext-langd',
    category: 'channel',
    severity: 'warning',
    title: 'För lång alternativtext för kanalen',
    description:
      'Kanalerna har olika gränser för alternativtext (Instagram 1 000 tecken men helst högst 125, LinkedIn 256, Facebook och X 1 000, Mastodon 1 500, Bluesky 2 000). En för lång alt-text klipps av eller går inte att spara, och en lång text är tung att lyssna på. Beskriv kort vad bilden visar och varför den är viktig. Över kanalens gräns blir det ett fel. Över den rekommenderade längden (Instagram 125) kommer bara ett råd, och inte alls om inlägget redan har en längre bildbeskrivning ("Bildbeskrivning:" eller "Syntolkning:"), eftersom detaljerna då redan finns i texten.',
    basis: ['Kanalfakta: gränser för alternativtext (kanalernas egna hjälpsidor)', 'Myndigheternas skrivregler §2.1.4', 'Lag (2018:1937) om tillgänglighet till digital offentlig service'],
    examples: [
      {
        // Both versions share the image; the good one carries the long description in the post.
        bad: 'Så här ser det nya biblioteket ut.',
        good: 'Så här ser det nya biblioteket ut. Bildbeskrivning: ljus läsesal med höga fönster mot Stora torget, långa bord i ljust trä och en barnhörna med sittkuddar.',
        channels: ['instagram'],
        media: [
          {
            type: 'image',
            altText: 'Ljus läsesal med höga fönster mot Stora torget, långa bord i ljust trä, gröna växter, bokhyllor längs väggarna och en barnhörna med sittkuddar.',
          },
        ],
        findings: [
          { actual: '', severity: 'warning', channel: 'instagram' },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    // Alt texts are linted on their own with input.field set; this rule acts on the post only.
    if (context.input.field || context.input.media.length === 0) return;
    const { media, channels: ids } = context.input;
    const describedInPost = describedInPostPattern.test(context.text);
    media.forEach((item, index) => {
      if (!item.altText) return;
      for (const id of ids) {
        const channel = settings.profile.channels[id];
        if (!channel) continue;
        const length = altLength(channel, item.altText);
        const hard = channel.altTextLimit !== null && length > channel.altTextLimit;
        const soft = !hard && !describedInPost && channel.altTextRecommended !== null && length > channel.altTextRecommended;
        if (!hard && !soft) continue;
        report(file, settings, {
          start: 0,
          end: 0,
          channel: channel.id,
          shift: hard ? 1 : 0,
          message: hard
            ? format('Alt-texten till bild {nummer} är {antal} tecken. {kanal} tar högst {gräns} tecken, så resten försvinner. Korta den till det viktigaste.', {
                nummer: index + 1,
                antal: length,
                kanal: channel.name,
                gräns: channel.altTextLimit!,
              })
            : format('Alt-texten till bild {nummer} är {antal} tecken. För {kanal} rekommenderas högst {gräns} tecken. Korta den till det viktigaste.', {
                nummer: index + 1,
                antal: length,
                kanal: channel.name,
                gräns: channel.altTextRecommended!,
              }),
        });
      }
    });
  },
);
