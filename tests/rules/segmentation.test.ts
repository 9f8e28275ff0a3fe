import { describe, expect, test } from 'vitest';
import { parseSwedish } from '../../rules/core/parse.ts';
import { buildContext } from '../../rules/core/context.ts';

const analyse = (text: string) => {
  const { tree, sources } = parseSwedish(text);
  return buildContext(tree, text, sources, { channels: [], media: [] });
};
const sentences = (text: string) => analyse(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
const sources = (text: string) => analyse(text).sources.map((source) => [source.kind, source.value]);

describe('Swedish sentence segmentation (stack notes §3)', () => {
  test('"kl. 18.00" does not end a sentence', () => {
    expect(sentences('Vi ses kl. 18.00 på Estrad. Välkommen!')).toEqual(['Vi ses kl. 18.00 på Estrad.', 'Välkommen!']);
  });

  test('"tel." before a number does not end a sentence', () => {
    expect(sentences('Ring tel. 0322-61 60 00 om du har frågor. Vi svarar gärna.')).toEqual([
      'Ring tel. 0322-61 60 00 om du har frågor.',
      'Vi svarar gärna.',
    ]);
  });

  test('"t.ex." and "bl.a." stay inside their sentence and are not taken for web addresses', () => {
    const text = 'Ta med t.ex. matsäck och bl.a. regnkläder. Vi ses!';
    expect(sentences(text)).toEqual(['Ta med t.ex. matsäck och bl.a. regnkläder.', 'Vi ses!']);
    expect(sources(text)).toEqual([]);
  });

  test('"24 nov. kl. 18" stays one sentence', () => {
    expect(sentences('Mötet är 24 nov. kl. 18 i Stadshuset.')).toEqual(['Mötet är 24 nov. kl. 18 i Stadshuset.']);
  });

  test('a line break ends a sentence, so lists without punctuation are not one long sentence', () => {
    expect(sentences('Ta med:\nbadkläder\nhandduk')).toEqual(['Ta med:', 'badkläder', 'handduk']);
  });

  test('a colon does not end a sentence (LIX definition)', () => {
    expect(sentences('Viktigt: vattnet stängs av i morgon.')).toHaveLength(1);
  });
});

describe('syntax nodes', () => {
  test('URLs with and without protocol become one source node each', () => {
    expect(sources('Läs mer på alingsas.se/simskola eller https://www.alingsas.se/a?b=1.')).toEqual([
      ['url', 'alingsas.se/simskola'],
      ['url', 'https://www.alingsas.se/a?b=1'],
    ]);
  });

  test('an e-mail address is one source node, not a URL', () => {
    expect(sources('Mejla kontaktcenter@alingsas.se i dag.')).toEqual([['email', 'kontaktcenter@alingsas.se']]);
  });

  test('@mentions and #hashtags (with å, ä, ö) become source nodes', () => {
    expect(sources('Tack @Alingsas för #SommarIAlingsås och #kulturnatt!')).toEqual([
      ['mention', '@Alingsas'],
      ['hashtag', '#SommarIAlingsås'],
      ['hashtag', '#kulturnatt'],
    ]);
  });

  test('source nodes are single tokens and do not count as LIX words', () => {
    const context = analyse('Läs på alingsas.se/simskola #sommar');
    expect(context.words.map((word) => word.value)).toEqual(['Läs', 'på']);
    expect(context.tokens.filter((token) => token.kind === 'source').map((token) => token.value)).toEqual(['alingsas.se/simskola', '#sommar']);
  });

  test('emoji are grapheme clusters: ZWJ, skin tone and flag sequences count once', () => {
    const context = analyse('Kul 👨‍👩‍👧 och 👍🏽 och 🇸🇪!');
    expect(context.emoji.map((emoji) => emoji.value)).toEqual(['👨‍👩‍👧', '👍🏽', '🇸🇪']);
  });

  test('quoted passages are known, for severity lowering', () => {
    const context = analyse('Hon sa ”det här är bra” och gick.');
    expect(context.quotes.map((quote) => quote.value)).toEqual(['”det här är bra”']);
  });
});
