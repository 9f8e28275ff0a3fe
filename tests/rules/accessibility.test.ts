import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bulletsOf } from '../../rules/a11y-emoji-punktlista/index.ts';
import type { Span } from '../../rules/core/context.ts';
import { defaultLinter, linterWith } from '../support/linter.ts';
import type { MediaItem } from '../../rules/core/types.ts';
import type { Linter } from '../../rules/core/linter.ts';

const findings = (text: string, id: string, media: MediaItem[] = [], linter: Linter = defaultLinter) =>
  linter.lintPost({ text, channels: [], media }).messages.filter((message) => message.ruleId === id);
const fires = (text: string, id: string, media: MediaItem[] = []) => findings(text, id, media).length > 0;
const applyFirst = (text: string, id: string) => {
  const [message] = findings(text, id);
  return text.slice(0, message!.start) + message!.expected[0] + text.slice(message!.end);
};

describe('a11y-fejkfont-unicode: every listed range', () => {
  test.each([
    ['mathematical bold (U+1D400–)', '𝐕𝐢𝐤𝐭𝐢𝐠𝐭 besked', 'Viktigt'],
    // Bold capitals become one capital, not plain VERSALER (which a11y-versaler would flag next).
    ['mathematical sans-serif bold capitals', '𝗩𝗜𝗞𝗧𝗜𝗚𝗧 besked', 'Viktigt'],
    ['mathematical sans-serif bold acronym', 'Info om 𝗟𝗦𝗦', 'LSS'],
    ['mathematical sans-serif bold capitals inside a sentence', 'Det är 𝗩𝗜𝗞𝗧𝗜𝗚𝗧 att komma', 'viktigt'],
    ['mathematical italic', '𝑣𝑖𝑘𝑡𝑖𝑔𝑡 besked', 'viktigt'],
    ['mathematical script', '𝓋𝒾𝓀𝓉𝒾𝑔𝓉 besked', 'viktigt'],
    ['mathematical fraktur', '𝔳𝔦𝔨𝔱𝔦𝔤𝔱 besked', 'viktigt'],
    ['mathematical double-struck', '𝕧𝕚𝕜𝕥𝕚𝕘𝕥 besked', 'viktigt'],
    ['mathematical monospace', '𝚟𝚒𝚔𝚝𝚒𝚐𝚝 besked', 'viktigt'],
    ['mathematical bold digits (up to U+1D7FF)', 'Ring 𝟏𝟏𝟐', '112'],
    ['letterlike symbols used as letters (U+2102–U+2134)', 'ℍ𝕖𝕛 alla', 'Hej'],
    ['enclosed alphanumerics (U+24B6–U+24E9)', 'Ⓗⓔⓙ alla', 'Hej'],
    ['fullwidth Latin capitals and small letters', 'Ｈｅｊ alla', 'Hej'],
    ['small capitals (U+1D00–U+1D22 and friends)', 'ᴋᴜʟᴛᴜʀɴᴀᴛᴛᴇɴ i kväll', 'kulturnatten'],
    ['regional indicators used as letters', '🇭🇪🇯 alla', 'HEJ'],
    ['regional indicators in a long word', '🇻🇮🇰🇹🇮🇬🇹 besked', 'Viktigt'],
    ['combining long stroke overlay (U+0336)', 's̶t̶ä̶n̶g̶t̶ nu öppet', 'stängt'],
    ['combining short stroke overlay (U+0335)', 'g̵a̵m̵m̵a̵l̵ tid', 'gammal'],
    ['combining low line (U+0332)', 'v̲i̲k̲t̲i̲g̲t̲ besked', 'viktigt'],
    ['combining double low line (U+0333)', 'v̳i̳k̳t̳i̳g̳t̳ besked', 'viktigt'],
  ])('%s', (_range, text, plain) => {
    const [message] = findings(text, 'a11y-fejkfont-unicode');
    expect(message?.severity).toBe('error');
    expect(message?.expected[0]).toBe(plain);
    expect(message?.message).toContain(`förslag: "${plain}"`);
  });

  test('flags, ℹ️, ™ and ℃ are real symbols, not fake letters', () => {
    expect(fires('Nationaldagen 🇸🇪 firas på Stora torget. ℹ️ Info: 20 ℃ och sol™', 'a11y-fejkfont-unicode')).toBe(false);
  });

  test('one stroke over one or two letters is not yet a fake font', () => {
    expect(fires('Pris: 1̶0̶ kr', 'a11y-fejkfont-unicode')).toBe(false);
  });

  test('no fix is offered when a character in the run has no plain form (fuzz finding: "𝔋豈")', () => {
    // U+1D50B is a hole in the Fraktur block; NFKC leaves it, while the compatibility ideograph changes.
    const [message] = findings('\u{1D50B}\uF900 besked', 'a11y-fejkfont-unicode');
    expect(message?.expected).toEqual([]);
  });

  test('applying the fix leaves plain text that passes', () => {
    expect(fires(applyFirst('𝗩𝗜𝗞𝗧𝗜𝗚𝗧: vattnet stängs av', 'a11y-fejkfont-unicode'), 'a11y-fejkfont-unicode')).toBe(false);
  });
});

describe('a11y-versaler', () => {
  test('three words in capitals get a sentence-case fix that keeps acronyms and names', () => {
    const [message] = findings('VÄLKOMMEN TILL ALINGSÅS BIBLIOTEK PÅ LÖRDAG', 'a11y-versaler');
    expect(message?.expected[0]).toBe('Välkommen till Alingsås bibliotek på lördag');
  });

  test('one long word in capitals is enough', () => {
    expect(findings('Missa inte årets JULMARKNAD!', 'a11y-versaler')[0]?.expected).toEqual(['julmarknad']);
  });

  test('acronyms, registration plates, product names and roman numerals stay clean', () => {
    expect(fires('Enligt LSS och SFI gäller EU-regler. UNICEF och HBTQI-frågor. Bilen ABC 123. Karl XVI Gustaf.', 'a11y-versaler')).toBe(false);
    expect(fires('Bygg med LEGO på biblioteket, möbler från IKEA.', 'a11y-versaler')).toBe(false);
  });

  test('a profile can add its own acronyms', () => {
    const linter = linterWith((profile) => ({ ...profile, rules: { 'a11y-versaler': { options: { acronyms: ['SKOLMAT'] } } } }));
    expect(findings('Läs mer om SKOLMAT och KOMVUX.', 'a11y-versaler', [], linter)).toHaveLength(0);
    expect(fires('Läs mer om SKOLMAT och KOMVUX.', 'a11y-versaler')).toBe(true);
  });

  test('a first line all in capitals, even short', () => {
    expect(fires('OBS JUL\nBiblioteket har stängt.', 'a11y-versaler')).toBe(true);
  });

  test('fake bold capitals belong to a11y-fejkfont-unicode only', () => {
    expect(fires('𝗩𝗜𝗞𝗧𝗜𝗚𝗧 𝗜𝗡𝗙𝗢𝗥𝗠𝗔𝗧𝗜𝗢𝗡', 'a11y-versaler')).toBe(false);
  });

  test('the fix does not make the rule fire again', () => {
    const fixed = applyFirst('OBS! VIKTIG INFORMATION OM SOPHÄMTNINGEN', 'a11y-versaler');
    expect(fixed).toBe('OBS! Viktig information om sophämtningen');
    expect(fires(fixed, 'a11y-versaler')).toBe(false);
  });
});

describe('a11y-hashtag-versal', () => {
  test('suggests #SommarIAlingsås for #sommarialingsas, putting å back', () => {
    const [message] = findings('Nu börjar det! #sommarialingsas', 'a11y-hashtag-versal');
    expect(message?.expected).toEqual(['#SommarIAlingsås']);
    expect(message?.message).toBe('Skriv hashtaggen med stor bokstav i början av varje ord: #SommarIAlingsås. Då läser skärmläsare upp den rätt.');
  });

  test.each(['#sommarlov', '#cykelväg', '#kulturnatt', '#simskola', '#medborgardialog', '#återvinningscentralen', '#vintermarknad', '#läslust'])(
    'a Swedish compound is one word: %s stays',
    (tag) => {
      expect(fires(`Välkommen! ${tag}`, 'a11y-hashtag-versal')).toBe(false);
    },
  );

  test.each([
    ['#kulturiskolan', '#KulturISkolan'],
    ['#tackallapedagoger', '#TackAllaPedagoger'],
    ['#barnochunga', '#BarnOchUnga'],
    ['#kulturnattenialingsas', '#KulturnattenIAlingsås'],
    ['#storatorget', '#StoraTorget'],
    ['#sommarialingsas2026', '#SommarIAlingsås2026'],
  ])('a phrase is several words: %s → %s', (tag, suggestion) => {
    expect(findings(`Välkommen! ${tag}`, 'a11y-hashtag-versal')[0]?.expected).toEqual([suggestion]);
  });

  test('a fixed campaign hashtag is suggested exactly as the profile writes it', () => {
    expect(findings('#alingsaskommun', 'a11y-hashtag-versal')[0]?.expected).toEqual(['#AlingsåsKommun']);
  });

  test('a fixed campaign hashtag written as configured is never changed, even in lowercase', () => {
    const linter = linterWith((profile) => ({ ...profile, organisation: { ...profile.organisation, fixedHashtags: ['#sommarialingsas'] } }));
    expect(findings('Välkommen! #sommarialingsas', 'a11y-hashtag-versal', [], linter)).toHaveLength(0);
  });

  test('without the fixed hashtag, the organisation name still splits #alingsaskommun', () => {
    const linter = linterWith((profile) => ({ ...profile, organisation: { ...profile.organisation, fixedHashtags: [] } }));
    expect(findings('#alingsaskommun', 'a11y-hashtag-versal', [], linter)[0]?.expected).toEqual(['#AlingsåsKommun']);
  });

  test('hashtags that already have capitals, and proper names, are fine', () => {
    expect(fires('#SommarIAlingsås #Alingsås #Nolhagabadet #nolhagabadet', 'a11y-hashtag-versal')).toBe(false);
  });

  test('applying the fix makes it pass', () => {
    expect(fires(applyFirst('Hej #sommarialingsas', 'a11y-hashtag-versal'), 'a11y-hashtag-versal')).toBe(false);
  });
});

describe('a11y-hashtag-antal-placering', () => {
  test('hashtags mid-sentence are flagged with a fix that drops the #, the ones at the end are not', () => {
    const messages = findings('Nu startar #simskola på #Nolhagabadet för alla barn! #SimskolaAlingsås', 'a11y-hashtag-antal-placering');
    expect(messages.map((message) => [message.actual, message.expected[0]])).toEqual([
      ['#simskola', 'simskola'],
      ['#Nolhagabadet', 'Nolhagabadet'],
    ]);
    // Placement is a strategy choice on Instagram: advice only.
    expect(messages.every((message) => message.severity === 'info')).toBe(true);
  });

  test('a mention opening a reply is where it belongs', () => {
    expect(fires('@anna Tack för frågan! Biblioteket öppnar kl. 10.', 'a11y-hashtag-antal-placering')).toBe(false);
  });

  test('counting hashtags is left to the channel rules', () => {
    expect(fires('Välkommen! #Ett #Två #Tre #Fyra #Fem #Sex', 'a11y-hashtag-antal-placering')).toBe(false);
  });
});

describe('emoji are counted as grapheme clusters', () => {
  test('a ZWJ family and a skin-tone emoji each count as one', () => {
    const [message] = findings('Familjedag 👨‍👩‍👧‍👦 med fika ☕ och lek 👍🏽 för alla 🎈', 'a11y-emoji-antal');
    expect(message?.message).toBe('Inlägget har 4 emojier. Använd högst 2–3 per inlägg.');
  });

  test('three emoji are fine, four are info and six a warning', () => {
    expect(fires('Sol ☀️ bad 🏊 glass 🍦', 'a11y-emoji-antal')).toBe(false);
    expect(findings('Sol ☀️ bad 🏊 glass 🍦 fika ☕', 'a11y-emoji-antal')[0]?.severity).toBe('info');
    expect(findings('Sol ☀️ bad 🏊 glass 🍦 fika ☕ lek 🎈 sång 🎵', 'a11y-emoji-antal')[0]?.severity).toBe('warning');
  });

  test('text symbols such as ™ © ® are not emoji', () => {
    expect(fires('Alingsås™ © 2026 ® ↔ ™', 'a11y-emoji-antal')).toBe(false);
  });

  test('a ZWJ sequence or a skin tone alone is never "several in a row"', () => {
    expect(fires('Grattis till studenten! 👩🏽‍🎓', 'a11y-emoji-i-rad')).toBe(false);
    expect(fires('Vi firar med familjen 👨‍👩‍👧‍👦', 'a11y-emoji-i-rad')).toBe(false);
    expect(fires('Heja Sverige 🇸🇪', 'a11y-emoji-i-rad')).toBe(false);
  });

  test('two flags or keycaps in a row, also with spaces between, are several', () => {
    expect(findings('Heja 🇸🇪🇳🇴', 'a11y-emoji-i-rad')[0]?.expected).toEqual(['🇸🇪']);
    expect(fires('Steg 1️⃣ 2️⃣ 3️⃣', 'a11y-emoji-i-rad')).toBe(true);
  });

  test('the fix keeps one emoji and passes', () => {
    const fixed = applyFirst('Välkommen på sommarfest! 🎉🎉🎉☀️🍦', 'a11y-emoji-i-rad');
    expect(fixed).toBe('Välkommen på sommarfest! 🎉');
    expect(fires(fixed, 'a11y-emoji-i-rad')).toBe(false);
  });
});

describe('a11y-emoji-ersatter-ord', () => {
  test('an emoji after a preposition or between words replaces a word', () => {
    expect(findings('Vi ses på 🏊 i sommar och tar med 🍎 till alla', 'a11y-emoji-ersatter-ord').map((message) => message.actual)).toEqual(['🏊', '🍎']);
  });

  test('an emoji as decoration after the sentence is fine', () => {
    expect(fires('Välkommen på sommarfest! 🎉\nVi ses i parken. ☀️', 'a11y-emoji-ersatter-ord')).toBe(false);
    expect(fires('Välkommen på sommarfest 🎉', 'a11y-emoji-ersatter-ord')).toBe(false);
  });
});

describe('a11y-emoji-punktlista', () => {
  test('two or more lines opened by an emoji are a list, each bullet gets "-"', () => {
    const messages = findings('Ta med:\n👉 badkläder\n👉 handduk', 'a11y-emoji-punktlista');
    expect(messages.map((message) => message.expected[0])).toEqual(['-', '-']);
  });

  test('a single line with an emoji is not a list', () => {
    expect(fires('✅ Anmälan är öppen\nVälkommen!', 'a11y-emoji-punktlista')).toBe(false);
  });

  // bulletsOf reads each line once; the plain definition looks at each emoji's own line.
  test('the bullets are exactly the emoji whose line has only spaces before them and a letter after', () => {
    const plain = (text: string, emoji: Span[]) =>
      emoji.filter((item) => {
        const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
        const lineEnd = text.indexOf('\n', item.end);
        return /^[ \t\u00a0]*$/u.test(text.slice(lineStart, item.start)) && /\p{L}/u.test(text.slice(item.end, lineEnd === -1 ? text.length : lineEnd));
      });
    const pieces = ['👉', '✅', '😀', ' ', '\t', '\u00a0', '\n', 'a', 'Ö', '1', '-', '™'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const emoji: Span[] = [...text.matchAll(/👉|✅|😀|™/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length, value: match[0] }));
        expect(bulletsOf(text, emoji)).toEqual(plain(text, emoji));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('links', () => {
  test('every shortener in the list is flagged; lnkd.in only as info', () => {
    for (const url of ['bit.ly/x1', 'tinyurl.com/x1', 'https://t.co/x1', 'ow.ly/x1', 'goo.gl/x1', 'buff.ly/x1', 'rebrand.ly/x1', 'shorturl.at/x1', 'is.gd/x1', 'fb.me/x1', 'cutt.ly/x1']) {
      expect(findings(`Läs här: ${url}`, 'a11y-lankforkortare')[0]?.severity, url).toBe('warning');
    }
    expect(findings('Läs här: https://lnkd.in/x1', 'a11y-lankforkortare')[0]?.severity).toBe('info');
  });

  test('a full address is not a shortener, even if it contains one in its path', () => {
    expect(fires('Läs på alingsas.se/bit.ly-guide', 'a11y-lankforkortare')).toBe(false);
  });

  test('one link is fine, two are advice', () => {
    expect(fires('Läs mer på alingsas.se/a', 'a11y-antal-lankar')).toBe(false);
    expect(findings('Läs mer på alingsas.se/a och alingsas.se/b', 'a11y-antal-lankar')[0]).toMatchObject({ severity: 'info', actual: 'alingsas.se/b' });
  });
});

describe('media rules read the request\'s media', () => {
  test('an image without alt text is an error naming the image; decorative images are fine', () => {
    const [message] = findings('Så här blev det.', 'a11y-alttext-saknas', [{ type: 'image', altText: 'Lekplatsen i Nolhaga.' }, { type: 'image' }]);
    expect(message).toMatchObject({ severity: 'error', start: 0, end: 0 });
    expect(message?.message).toContain('Bild 2 saknar alternativtext');
    expect(fires('Så här blev det.', 'a11y-alttext-saknas', [{ type: 'image', decorative: true }])).toBe(false);
  });

  test('a file name or "bild" is not an alt text', () => {
    expect(fires('Så här blev det.', 'a11y-alttext-saknas', [{ type: 'image', altText: 'DSC_0042.JPG' }])).toBe(true);
    expect(fires('Så här blev det.', 'a11y-alttext-saknas', [{ type: 'image', altText: 'bild' }])).toBe(true);
  });

  test('alt texts are checked on the post only, not again as their own field', () => {
    const result = defaultLinter.lintPost({ text: 'Bild.', channels: [], media: [{ type: 'image', altText: 'IMG_1.jpg' }, { type: 'video', altText: 'Ordförande talar.' }] });
    const media = result.messages.filter((message) => ['a11y-alttext-saknas', 'a11y-video-textning', 'a11y-text-i-bild'].includes(message.ruleId));
    expect(media.every((message) => message.field === undefined)).toBe(true);
    expect(media.map((message) => message.ruleId).sort()).toEqual(['a11y-alttext-saknas', 'a11y-video-textning']);
  });

  test('a video with speech needs captions; with captions it is fine', () => {
    expect(findings('Se filmen!', 'a11y-video-textning', [{ type: 'video', hasSpeech: true }])[0]?.severity).toBe('error');
    expect(findings('Se filmen!', 'a11y-video-textning', [{ type: 'video' }])[0]?.severity).toBe('error');
    expect(fires('Se filmen!', 'a11y-video-textning', [{ type: 'video', hasSpeech: true, captions: true }])).toBe(false);
  });

  test('a video without speech gets a suggestion of syntolkning, as info', () => {
    const [message] = findings('Se filmen!', 'a11y-video-textning', [{ type: 'video', hasSpeech: false }]);
    expect(message?.severity).toBe('info');
    expect(message?.message).toContain('Syntolkning');
  });

  test('text in an image: fine when the post or the alt text carries it, a warning when not', () => {
    const poster: MediaItem[] = [{ type: 'image', containsText: true }];
    expect(findings('Välkommen!', 'a11y-text-i-bild', poster)[0]?.severity).toBe('warning');
    expect(fires('Välkommen på föreläsning om trygg skärmtid, 14 mars kl. 18 på Estrad.', 'a11y-text-i-bild', poster)).toBe(false);
    expect(fires('Välkommen!', 'a11y-text-i-bild', [{ type: 'image', containsText: false }])).toBe(false);
    expect(fires('Välkommen!', 'a11y-text-i-bild', [{ type: 'image', containsText: true, decorative: true }])).toBe(false);
  });
});

describe('a11y-fargberoende', () => {
  test('colour as the only pointer is advice', () => {
    expect(findings('Det röda området är avstängt. Följ den gröna linjen.', 'a11y-fargberoende').map((message) => message.actual)).toEqual(['röda området', 'gröna linjen']);
  });

  test('event names, clothes and colour in parentheses next to words are fine', () => {
    expect(fires('Stöd Rosa bandet i oktober. Kom klädd i rött på alla hjärtans dag!', 'a11y-fargberoende')).toBe(false);
    expect(fires('Området norr om Lillån (markerat i rött på kartan) är avstängt.', 'a11y-fargberoende')).toBe(false);
  });
});
