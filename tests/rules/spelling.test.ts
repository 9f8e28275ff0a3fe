import { describe, expect, test } from 'vitest';
import request from 'supertest';
import { defaultLinter, linterWith } from '../support/linter.ts';
import { testApp } from '../support/api-app.ts';
import { errorResponseSchema } from '../../rules/api/schemas.ts';
import { isKnownWord } from '../../rules/spelling/spell.ts';
import { suggestSpelling } from '../../rules/spelling/suggest.ts';
import { swedishDictionary } from '../../rules/spelling/dictionary.ts';
import { correctWords, misspellings } from './spelling-words.ts';

const spelling = (text: string) => defaultLinter.lintPost({ text, channels: [] }).messages.filter((message) => message.ruleId === 'klar-stavning');
const flagged = (text: string) => spelling(text).map((message) => message.actual);

describe('klar-stavning: correct Swedish', () => {
  test(`at least 200 correct municipal words (${correctWords.length}) give no flags`, () => {
    expect(correctWords.length).toBeGreaterThanOrEqual(200);
    expect(flagged(correctWords.join(' '))).toEqual([]);
  });
  test('compounds the dictionary lacks are accepted when they split into known parts, with or without a linking -s-', () => {
    for (const word of ['medborgardialog', 'samhällsbyggnadsförvaltningen', 'kontaktcenter', 'drömbibliotek', 'kulturplan', 'hundrastgården', 'lånecyklar']) {
      expect(isKnownWord(word), word).toBe(true);
    }
  });
  test('a part the dictionary lets only end a compound ends one, in any form ("mässig/…YZ": "personalmässiga", "vårdmässigt")', () => {
    for (const word of ['personalmässiga', 'vårdmässigt']) expect(isKnownWord(word), word).toBe(true);
  });
  test('a word the dictionary lists only as a compound part is still a word where it is one ("berättar")', () => {
    expect(flagged('Hon berättar om sommarens program.')).toEqual([]);
  });
});

describe('klar-stavning: misspellings', () => {
  test(`at least 90 % of ${misspellings.length} real misspellings are flagged`, () => {
    expect(misspellings.length).toBeGreaterThanOrEqual(50);
    const caught = misspellings.filter((word) => flagged(`Vi skriver ${word} här.`).includes(word));
    expect(caught.length / misspellings.length).toBeGreaterThanOrEqual(0.9);
  });
  test('a flag is info, with the catalog-style message and no fix computed while linting', () => {
    const [message] = spelling('Biblioteket har nya öppetider från måndag.');
    expect(message).toMatchObject({ actual: 'öppetider', severity: 'info', expected: [], category: 'readability' });
    expect(message?.message).toBe('"öppetider" finns inte i ordlistan. Kontrollera stavningen.');
  });
  test('an unknown word at the start of a sentence is flagged, a known name there is not', () => {
    expect(flagged('Välkomen till oss!')).toEqual(['Välkomen']);
    expect(flagged('Ahmed och Lisa vann tävlingen.')).toEqual([]);
  });
});

describe('klar-stavning flags only likely typos', () => {
  test('a rare word or new compound with no dictionary word one letter away is not flagged', () => {
    expect(flagged('Förskoleplaceringskön är kortare i år, och vårt lekotek har fått nya leksaker.')).toEqual([]);
    expect(flagged('Han är reseexpert, och hon forskar om lungtilltäppande sjukdomar.')).toEqual([]);
  });
  test('a word one letter from a dictionary word is flagged, also inside a long word that splits by chance ("naturlig" + "tvist")', () => {
    expect(flagged('Det är naturligtvist gratis och bra för hållbarhett.')).toEqual(['naturligtvist', 'hållbarhett']);
  });
  test('a term used more than once, in any form, is meant ("akamenidiska", "akamenidisk")', () => {
    expect(flagged('Det akamenidiska riket var stort. Den akamenidisk kungen styrde länge.')).toEqual([]);
    expect(flagged('Det akamenidiska riket var stort.')).toEqual(['akamenidiska']);
  });
  test('a regular inflection that dictionary-sv lacks for a word it lists is not a typo; a slip in a form it lists still is', () => {
    // "detektivhistoria/E" has no plural, "artificiell/O" no weak masculine, "avlämnande/AC" no plural, "sterling" no flags.
    expect(flagged('Biblioteket har många detektivhistorior. Den artificielle rösten läser avlämnanden om sterlingen.')).toEqual([]);
    expect(flagged('En ny detektivhistroian. Den artificiela rösten läser avlämandet om sterlnig.')).toEqual(['detektivhistroian', 'artificiela', 'avlämandet', 'sterlnig']);
  });
  test('in a hyphenated word after a name or a code, the misspelt piece is flagged where it stands; a number\'s suffix is no word of its own', () => {
    const text = 'Under Nazi-reigmen köpte han en F1-bbiljett och ett post-klassiqska verk.';
    expect(spelling(text).map((message) => [message.actual, text.slice(message.start, message.end)])).toEqual([
      ['reigmen', 'reigmen'],
      ['bbiljett', 'bbiljett'],
      ['klassiqska', 'klassiqska'],
    ]);
    expect(flagged('28-åringen från 1800-talets Tesco-konton bor i en 3-rummare med 5G-nätet.')).toEqual([]);
    // A short unknown piece makes the word a foreign phrase, as two long ones do.
    expect(flagged('Vi ser stand-up-komik och pop-up-butiker med en singer-songwriter.')).toEqual([]);
  });
  test('a short rare word near a short dictionary word is not taken for a typo of it; a slip in a word of six letters or more is', () => {
    // "kalvö" is one letter from "kalv", "skärö" from "skär": chance neighbours, as for most short words.
    expect(flagged('Vi paddlade till en kalvö och en skärö.')).toEqual([]);
    expect(flagged('Vi paddlade till skoan och en båtbrygga.')).toEqual(['skoan']);
  });
  test('a slip inside a compound the dictionary lacks is flagged where it leaves letters Swedish words seldom have; correct rare compounds are not', () => {
    expect(flagged('Vi invigde lekplatsinvigningeen i storstadsdistritk.')).toEqual(['lekplatsinvigningeen', 'storstadsdistritk']);
    expect(flagged('Förskoleplaceringskön är kortare, och ett fritidsgårdsråd bildas för hemtjänsttagarna.')).toEqual([]);
  });
  test('a loanword spelt the other way ("dakapo" for "dacapo") and a foreign phrase with a hyphen are not typos', () => {
    expect(flagged('Publiken ropade dakapo efter konserten med en singer-songwriter.')).toEqual([]);
  });
  test('a capitalised word at the start of a sentence without å, ä or ö is taken for a name', () => {
    expect(flagged('Gillard talade först. Välkomen hit!')).toEqual(['Välkomen']);
  });
});

describe('klar-stavning on a post full of unknown words', () => {
  test('looks for typos among the first 100 unknown words only, so that pasted code or an undetected language cannot stall the lint', () => {
    // Each correct word with its second letter dropped: nearly all are typos of it.
    const typos = correctWords.filter((word) => word.length >= 7 && !word.includes('-')).map((word) => word[0] + word.slice(2));
    expect(typos.length).toBeGreaterThan(150);
    const found = flagged(`Vi har ${typos.join(' ')} här.`);
    expect(found.length).toBeGreaterThan(50);
    expect(found.length).toBeLessThanOrEqual(100);
  });
});

describe('klar-stavning: the search for a slip inside a compound', () => {
  test('runs for the first 25 words looked for in a post, since it costs as much again as the search for a close word', () => {
    // Keyboard mash with no word near it: looked for, never flagged.
    const mash = (count: number) => Array.from({ length: count }, (_, index) => `xqvbort${String.fromCharCode(97 + index)}`).join(' ');
    expect(flagged(`Vi har ${mash(24)} och storstadsdistritk här.`)).toEqual(['storstadsdistritk']);
    expect(flagged(`Vi har ${mash(25)} och förkastningsqinjen här.`)).toEqual([]);
    // Where the word comes earlier, it is looked at fully after all.
    expect(flagged(`Vi har förkastningsqinjen och ${mash(25)} här.`)).toEqual(['förkastningsqinjen']);
  });
});

describe('klar-stavning never flags', () => {
  test('names: capitalised words in a sentence, and a name repeated at the start of one', () => {
    expect(flagged('Vi hälsar Zelinda Quarnström välkommen. Quarnström börjar på måndag.')).toEqual([]);
  });
  test('URLs, e-mail addresses, mentions and hashtags', () => {
    expect(flagged('Läs mer på https://alingsas.se/sommarlovsaktiviteter eller mejla kontaktcenter@alingsas.se, @AlingsasKommun #SommarlovIAlingsås')).toEqual([]);
  });
  test('numbers, abbreviations and acronyms', () => {
    expect(flagged('Vi har 20 st platser kl 10 bla på IFO och SMHI, ca 3 tim.')).toEqual([]);
  });
  test('the profile\'s own words and its places and units', () => {
    expect(flagged('Nolhaga, Estrad och Alingsåshems lägenheter ligger nära Mjörn.')).toEqual([]);
    // "mediotek" is one letter from "mediatek", so without the profile it looks like a typo.
    const linter = linterWith((profile) => ({ ...profile, vocabulary: [...(profile.vocabulary ?? []), 'mediotek'] }));
    const ids = linter.lintPost({ text: 'Välkommen till vårt mediotek i parken!', channels: [] }).messages.filter((message) => message.ruleId === 'klar-stavning');
    expect(ids).toEqual([]);
    expect(flagged('Välkommen till vårt mediotek i parken!')).toEqual(['mediotek']);
  });
});

describe('spelling suggestions', () => {
  test('are computed on request and name the right word', () => {
    expect(suggestSpelling('öppetider')).toContain('öppettider');
    expect(suggestSpelling('biblotek')).toContain('bibliotek');
    expect(suggestSpelling('Välkomen')[0]).toBe('Välkommen');
    expect(suggestSpelling('återvinigscentralen')).toContain('återvinningscentralen');
  });
  test('a known word gets none', () => {
    expect(suggestSpelling('kommunen')).toEqual([]);
  });
  test('are cached: asking again costs next to nothing', () => {
    suggestSpelling('snöröjnig');
    const started = performance.now();
    expect(suggestSpelling('snöröjnig')).toContain('snöröjning');
    expect(performance.now() - started).toBeLessThan(5);
  });
  test('the lint path never waits for them: a post full of new misspellings lints fast', () => {
    swedishDictionary();
    const text = 'Vi har skolskjutts, gatubelysnig, laddstople, naturresevatet, föreningsbidarg, vandrinsgled, fritidsgårn och kulturhuste i dag.';
    const started = performance.now();
    const found = flagged(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(found.length).toBe(8);
  });
});

describe('GET /api/suggestions', () => {
  const { app } = testApp();
  test('returns the suggestions for a word', async () => {
    const response = await request(app).get('/api/suggestions').query({ word: 'öppetider' });
    expect(response.status).toBe(200);
    expect(response.body.word).toBe('öppetider');
    expect(response.body.suggestions).toContain('öppettider');
  });
  test('a missing or odd word is a 400 with a Swedish message', async () => {
    for (const query of [{}, { word: '' }, { word: 'två ord' }, { word: 'x'.repeat(61) }, { word: '1234' }]) {
      const response = await request(app).get('/api/suggestions').query(query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      const body = errorResponseSchema.parse(response.body);
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.message).toMatch(/[åäö]|Ogiltig/u);
    }
  });
});
