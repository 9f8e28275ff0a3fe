import { describe, expect, test } from 'vitest';
import { defaultLinter, linterWith } from '../support/linter.ts';
import type { MediaItem } from '../../rules/core/types.ts';

const lint = (text: string, channels: string[], media: MediaItem[] = []) => defaultLinter.lintPost({ text, channels, media });
const findings = (text: string, channels: string[], id: string, media: MediaItem[] = []) =>
  lint(text, channels, media).messages.filter((message) => message.ruleId === id);
const over = (text: string, channel: string) => findings(text, [channel], 'kanal-langd').filter((message) => message.channel === channel);

const family = '👩‍👩‍👧‍👦'; // 4 emoji joined by ZWJ: 1 grapheme, 25 UTF-8 bytes, 11 UTF-16 units
const smile = '😀'; // 4 UTF-8 bytes, 2 UTF-16 units

describe('kanal-langd: each channel counts in its own unit, exactly at and one past the limit', () => {
  test.each([
    ['facebook', 'a'.repeat(63206), 'a'.repeat(63207)],
    ['instagram', 'a'.repeat(2198) + smile, 'a'.repeat(2199) + smile],
    ['linkedin', 'a'.repeat(2999) + 'ö', 'a'.repeat(3000) + 'ö'],
    ['tiktok', 'a'.repeat(2200), 'a'.repeat(2201)],
  ])('%s counts UTF-16 units (an emoji is 2)', (channel, fits, tooLong) => {
    expect(over(fits, channel)).toHaveLength(0);
    expect(over(tooLong, channel)).toHaveLength(1);
  });

  test('X counts å, ä and ö as 1 and stops at 280 weighted characters', () => {
    expect(over('å'.repeat(280), 'x')).toHaveLength(0);
    expect(over('å'.repeat(281), 'x')).toHaveLength(1);
  });

  test('X counts a whole emoji sequence as 2, however many code points it has', () => {
    expect(over('a'.repeat(278) + family, 'x')).toHaveLength(0);
    expect(over('a'.repeat(279) + family, 'x')).toHaveLength(1);
  });

  test('X counts every link as 23 characters', () => {
    const url = 'https://www.alingsas.se/uppleva-och-gora/evenemang/kulturnatten-2026';
    expect(over(`${'a'.repeat(256)} ${url}`, 'x')).toHaveLength(0);
    expect(over(`${'a'.repeat(257)} ${url}`, 'x')).toHaveLength(1);
  });

  test('X counts "…" as 2 (outside the weight-1 ranges)', () => {
    expect(over('a'.repeat(278) + '…', 'x')).toHaveLength(0);
    expect(over('a'.repeat(279) + '…', 'x')).toHaveLength(1);
  });

  test('Threads counts an emoji as its UTF-8 bytes', () => {
    expect(over('a'.repeat(496) + smile, 'threads')).toHaveLength(0);
    expect(over('a'.repeat(497) + smile, 'threads')).toHaveLength(1);
    // The family emoji is 25 bytes.
    expect(over('a'.repeat(475) + family, 'threads')).toHaveLength(0);
    expect(over('a'.repeat(476) + family, 'threads')).toHaveLength(1);
  });

  test('Bluesky counts graphemes: a family emoji is one', () => {
    expect(over('a'.repeat(299) + family, 'bluesky')).toHaveLength(0);
    expect(over('a'.repeat(300) + family, 'bluesky')).toHaveLength(1);
  });

  test('Bluesky also stops at 3,000 UTF-8 bytes, and the message says bytes', () => {
    expect(over(family.repeat(120), 'bluesky')).toHaveLength(0);
    const [message] = over(family.repeat(121), 'bluesky');
    expect(message?.message).toContain('25 byte för lång för Bluesky');
    expect(message?.start).toBe(family.length * 120);
  });

  test('Mastodon counts a link with protocol as 23 and a remote mention without its domain', () => {
    const url = 'https://www.alingsas.se/kommun-och-politik/sammantraden/kommunfullmaktige';
    expect(over(`${'a'.repeat(476)} ${url}`, 'mastodon')).toHaveLength(0);
    expect(over(`${'a'.repeat(477)} ${url}`, 'mastodon')).toHaveLength(1);
    const mention = '@kultur@mastodon.alingsas.se';
    expect(over(`${'a'.repeat(492)} ${mention}`, 'mastodon')).toHaveLength(0);
    expect(over(`${'a'.repeat(493)} ${mention}`, 'mastodon')).toHaveLength(1);
  });

  test('YouTube counts UTF-8 bytes, so å takes two', () => {
    expect(over('å'.repeat(2500), 'youtube')).toHaveLength(0);
    expect(over('å'.repeat(2500) + 'a', 'youtube')).toHaveLength(1);
  });

  test('the message spans exactly the part past the limit and says by how much', () => {
    const [message] = over('a'.repeat(285), 'x');
    expect(message).toMatchObject({ start: 280, end: 285, severity: 'error', channel: 'x' });
    expect(message!.message).toBe('Texten är 5 viktade tecken för lång för X. Gränsen är 280 viktade tecken. Det markerade får inte plats – korta texten eller dela upp den.');
  });

  test('the span never cuts an emoji in half', () => {
    const [message] = over('a'.repeat(279) + smile + smile, 'x');
    expect(message!.start).toBe(279);
  });

  test('a profile can change a limit without a code change', () => {
    const linter = linterWith((profile) => ({ ...profile, channels: { mastodon: { limit: 1000 } } }));
    const text = 'a'.repeat(800);
    expect(linter.lintPost({ text, channels: ['mastodon'] }).messages.map((message) => message.ruleId)).not.toContain('kanal-langd');
    expect(over(text, 'mastodon')).toHaveLength(1);
  });
});

describe('kanal-rekommenderad-langd', () => {
  test('warns past the recommended length but leaves the hard limit to kanal-langd', () => {
    expect(findings('a'.repeat(500), ['facebook'], 'kanal-rekommenderad-langd')).toHaveLength(0);
    const [message] = findings('a'.repeat(501), ['facebook'], 'kanal-rekommenderad-langd');
    expect(message).toMatchObject({ start: 500, end: 501, severity: 'warning', channel: 'facebook' });
    expect(findings('a'.repeat(2300), ['instagram'], 'kanal-rekommenderad-langd')).toHaveLength(0);
    expect(findings('a'.repeat(1001), ['instagram'], 'kanal-rekommenderad-langd')).toHaveLength(1);
    expect(findings('a'.repeat(1301), ['linkedin'], 'kanal-rekommenderad-langd')).toHaveLength(1);
  });

  test('channels whose recommendation is their hard limit never get it', () => {
    expect(findings('a'.repeat(280), ['x'], 'kanal-rekommenderad-langd')).toHaveLength(0);
  });
});

describe('kanal-vikning and where each channel folds', () => {
  const hookFirst = 'Vattnet stängs av på tisdag kl. 9–12 på Kungsgatan.';
  const longHook =
    'Med anledning av de omfattande arbeten som under hösten kommer att genomföras på ledningsnätet i centrala delar av staden kan det bli störningar i vattenleveransen. Vattnet stängs av på tisdag.';

  test('a hook longer than Instagram\'s 125 characters is reported from the fold on', () => {
    const [message] = findings(longHook, ['instagram'], 'kanal-vikning');
    expect(message).toMatchObject({ start: 125, severity: 'info', channel: 'instagram' });
    expect(message!.message).toContain('… mer');
  });

  test('LinkedIn folds at 140 characters, Facebook at 125', () => {
    const text = `${'Ord '.repeat(33)}slut. Mer text här efteråt som inte syns.`;
    const result = lint(text, ['facebook', 'linkedin']);
    const folds = Object.fromEntries(result.stats.channels.map((count) => [count.id, count.foldOffset]));
    expect(folds).toEqual({ facebook: 125, linkedin: 140 });
    expect(result.messages.filter((message) => message.ruleId === 'kanal-vikning').map((message) => message.channel)).toEqual(['facebook']);
  });

  test('line breaks make Instagram fold earlier than 125 characters', () => {
    const text = 'Hej!\n\nVi vill berätta att biblioteket har nya öppettider.';
    expect(lint(text, ['instagram']).stats.channels[0]!.foldOffset).toBe(6);
    expect(findings(text, ['instagram'], 'kanal-vikning')).toHaveLength(1);
  });

  test('a short first sentence stays clean even when the post folds', () => {
    const text = `${hookFirst} ${'Mer information kommer senare i veckan. '.repeat(5)}`;
    expect(lint(text, ['instagram']).stats.channels[0]!.foldOffset).toBe(125);
    expect(findings(text, ['instagram'], 'kanal-vikning')).toHaveLength(0);
  });

  test('channels that show the whole post never fold', () => {
    expect(findings(longHook, ['x', 'threads', 'bluesky', 'mastodon'], 'kanal-vikning')).toHaveLength(0);
    expect(lint(longHook, ['bluesky']).stats.channels[0]!.foldOffset).toBeNull();
  });

  test('TikTok folds after about 2 lines (80 characters), YouTube after about 120', () => {
    const result = lint(longHook, ['tiktok', 'youtube']);
    expect(result.stats.channels.map((count) => count.foldOffset)).toEqual([80, 120]);
  });
});

describe('one draft checked for Facebook, Instagram, LinkedIn and X at once (issue: done when)', () => {
  const draft =
    'Nu öppnar vi anmälan till sommarens simskola på Nolhagabadet för alla barn som har gått ut förskoleklass och vill lära sig simma under sommarlovet. ' +
    'Kurserna pågår i två veckor i juni, juli och augusti, och varje grupp har högst tolv barn och två simlärare. Anmälan görs på alingsas.se/simskola ' +
    'och stänger den 15 maj. Har du frågor kan du ringa kontaktcenter på 0322-61 60 00. #Simskola';

  test('shows for each channel whether it fits and where it folds', () => {
    const result = lint(draft, ['facebook', 'instagram', 'linkedin', 'x']);
    const byChannel = Object.fromEntries(result.stats.channels.map((count) => [count.id, count]));
    expect(byChannel.facebook).toMatchObject({ fits: true, foldOffset: 125 });
    expect(byChannel.instagram).toMatchObject({ fits: true, foldOffset: 125 });
    expect(byChannel.linkedin).toMatchObject({ fits: true, foldOffset: 140 });
    expect(byChannel.x).toMatchObject({ fits: false, foldOffset: null, limit: 280 });
    const channelMessages = result.messages.filter((message) => message.category === 'channel');
    expect(channelMessages.filter((message) => message.ruleId === 'kanal-langd').map((message) => message.channel)).toEqual(['x']);
    expect(channelMessages.filter((message) => message.ruleId === 'kanal-vikning').map((message) => message.channel).sort()).toEqual(['facebook', 'instagram', 'linkedin']);
    expect(channelMessages.every((message) => message.channel)).toBe(true);
  });

  test('fake-bold text gets a Swedish finding with the plain text as its fix', () => {
    const [message] = lint(`𝗩𝗜𝗞𝗧𝗜𝗚𝗧: ${draft}`, ['facebook', 'instagram', 'linkedin', 'x']).messages.filter((message) => message.ruleId === 'a11y-fejkfont-unicode');
    expect(message).toMatchObject({ severity: 'error', actual: '𝗩𝗜𝗞𝗧𝗜𝗚𝗧:', expected: ['Viktigt:'] });
    expect(message!.message).toContain('skärmläsare');
  });

  test('a link in an Instagram caption gets a Swedish finding with a fix', () => {
    const [message] = findings(draft, ['facebook', 'instagram', 'linkedin', 'x'], 'kanal-lank-ej-klickbar');
    expect(message).toMatchObject({ channel: 'instagram', severity: 'warning', actual: 'alingsas.se/simskola', expected: ['länken i vår profil'] });
    expect(message!.message).toContain('går inte att klicka på i Instagram');
  });
});

describe('hashtag counts', () => {
  const tags = (count: number) => Array.from({ length: count }, (_, index) => `#Tagg${index + 1}`).join(' ');

  test('Instagram takes 30 hashtags but not 31', () => {
    expect(findings(`Välkommen! ${tags(30)}`, ['instagram'], 'kanal-hashtag-max')).toHaveLength(0);
    const [message] = findings(`Välkommen! ${tags(31)}`, ['instagram'], 'kanal-hashtag-max');
    expect(message).toMatchObject({ severity: 'error', channel: 'instagram', actual: '#Tagg31' });
  });

  test('30 hashtags on Instagram still warn that 5 is recommended, 31 only get the hard error', () => {
    expect(findings(`Välkommen! ${tags(30)}`, ['instagram'], 'kanal-hashtag-antal')).toHaveLength(1);
    expect(findings(`Välkommen! ${tags(31)}`, ['instagram'], 'kanal-hashtag-antal')).toHaveLength(0);
  });

  test('Threads takes one hashtag', () => {
    expect(findings('Badet öppnar! #Nolhagabadet', ['threads'], 'kanal-hashtag-max')).toHaveLength(0);
    expect(findings('Badet öppnar! #Nolhagabadet #Alingsås', ['threads'], 'kanal-hashtag-max')).toHaveLength(1);
  });

  test('Facebook recommends 2 and Instagram 5, each message names its channel', () => {
    const text = `Välkommen! ${tags(3)}`;
    expect(findings(text, ['facebook', 'instagram'], 'kanal-hashtag-antal').map((message) => message.channel)).toEqual(['facebook']);
    expect(findings(`Välkommen! ${tags(6)}`, ['instagram'], 'kanal-hashtag-antal')).toHaveLength(1);
    expect(findings(`Välkommen! ${tags(5)}`, ['instagram'], 'kanal-hashtag-antal')).toHaveLength(0);
  });
});

describe('links', () => {
  test('links are fine on Facebook and LinkedIn but not clickable on Instagram and TikTok', () => {
    const text = 'Läs mer på https://www.alingsas.se/simskola';
    expect(findings(text, ['facebook', 'linkedin', 'instagram', 'tiktok'], 'kanal-lank-ej-klickbar').map((message) => message.channel)).toEqual(['instagram', 'tiktok']);
  });

  test('every link in an Instagram caption is marked, also without https', () => {
    const messages = findings('Läs på alingsas.se/a och www.alingsas.se/b', ['instagram'], 'kanal-lank-ej-klickbar');
    expect(messages.map((message) => message.actual)).toEqual(['alingsas.se/a', 'www.alingsas.se/b']);
  });

  test('an e-mail address in an Instagram caption is not a link', () => {
    expect(findings('Mejla kontaktcenter@alingsas.se', ['instagram'], 'kanal-lank-ej-klickbar')).toHaveLength(0);
  });

  test('applying the fix removes the finding', () => {
    const text = 'Anmäl dig på alingsas.se/simskola';
    const [message] = findings(text, ['instagram'], 'kanal-lank-ej-klickbar');
    const fixed = text.slice(0, message!.start) + message!.expected[0] + text.slice(message!.end);
    expect(findings(fixed, ['instagram'], 'kanal-lank-ej-klickbar')).toHaveLength(0);
  });

  test('Threads takes 5 different links; the same link twice counts once', () => {
    const five = 'alingsas.se/a alingsas.se/b alingsas.se/c alingsas.se/d alingsas.se/e';
    expect(findings(five, ['threads'], 'kanal-lank-antal')).toHaveLength(0);
    expect(findings(`${five} alingsas.se/a`, ['threads'], 'kanal-lank-antal')).toHaveLength(0);
    const [message] = findings(`${five} alingsas.se/f`, ['threads'], 'kanal-lank-antal');
    expect(message).toMatchObject({ channel: 'threads', severity: 'error', actual: 'alingsas.se/f' });
  });
});

describe('kanal-omnamning', () => {
  test('a typed @mention is plain text on Facebook and LinkedIn only', () => {
    const text = 'Tack @kulturhuset för en fin kväll!';
    expect(findings(text, ['facebook', 'linkedin', 'instagram', 'x'], 'kanal-omnamning').map((message) => message.channel)).toEqual(['facebook', 'linkedin']);
  });

  test('names with å, ä and ö are mentions too, e-mail addresses are not', () => {
    expect(findings('Tack @Alingsåshem!', ['facebook'], 'kanal-omnamning')[0]?.actual).toBe('@Alingsåshem');
    expect(findings('Mejla kommun@alingsas.se', ['facebook'], 'kanal-omnamning')).toHaveLength(0);
  });
});

describe('kanal-tomma-rader', () => {
  test('runs of blank lines and trailing spaces on Instagram, with fixes', () => {
    const text = 'Välkommen!\n\n\n\nVi har öppet.  \nHej då.';
    const messages = findings(text, ['instagram', 'facebook'], 'kanal-tomma-rader');
    expect(messages.map((message) => [message.channel, message.expected[0]])).toEqual([
      ['instagram', '\n\n'],
      ['instagram', ''],
    ]);
  });

  test('one blank line between paragraphs is fine', () => {
    expect(findings('Välkommen!\n\nVi har öppet.', ['instagram'], 'kanal-tomma-rader')).toHaveLength(0);
  });
});

describe('kanal-alttext-langd', () => {
  const alt = (length: number): MediaItem[] => [{ type: 'image', altText: 'a'.repeat(length) }];

  test('Instagram: advice over 125 characters, an error over 1,000', () => {
    expect(findings('Bild.', ['instagram'], 'kanal-alttext-langd', alt(125))).toHaveLength(0);
    expect(findings('Bild.', ['instagram'], 'kanal-alttext-langd', alt(126))[0]).toMatchObject({ severity: 'warning', channel: 'instagram', start: 0, end: 0 });
    expect(findings('Bild.', ['instagram'], 'kanal-alttext-langd', alt(1000))).toHaveLength(1);
    expect(findings('Bild.', ['instagram'], 'kanal-alttext-langd', alt(1001))[0]).toMatchObject({ severity: 'error' });
  });

  test('LinkedIn stops at 256 characters and the message names the image', () => {
    const media: MediaItem[] = [{ type: 'image', altText: 'Kort.' }, ...alt(257)];
    const [message] = findings('Bilder.', ['linkedin', 'facebook'], 'kanal-alttext-langd', media);
    expect(message).toMatchObject({ channel: 'linkedin', severity: 'error' });
    expect(message!.message).toContain('bild 2');
    expect(findings('Bilder.', ['linkedin'], 'kanal-alttext-langd', alt(256))).toHaveLength(0);
  });

  test('the check runs once, on the post, not again on the alt text itself', () => {
    const result = lint('Bild.', ['linkedin'], alt(300));
    expect(result.messages.filter((message) => message.ruleId === 'kanal-alttext-langd' && message.field)).toHaveLength(0);
  });
});
