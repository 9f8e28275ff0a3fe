import { describe, expect, test } from 'vitest';
import { defaultLinter } from '../support/linter.ts';
import { registry } from '../../rules/registry.ts';
import { toneReadabilityRules } from '../../rules/packs/tone-readability.ts';

const result = (text: string) => defaultLinter.lintPost({ text, channels: [] });
const ruleIds = (text: string) => result(text).messages.map((message) => message.ruleId);

const englishPosts = [
  'Welcome to Alingsås! The library is open on weekdays and you can borrow books in many languages.',
  'Happy midsummer from all of us at the library!',
  'Call us if you have questions about your bill.',
  'We are changing how we collect waste. The new rules start on 1 May. Read more on our website.',
  'The outdoor pool in Nolhaga opens on Saturday. Entry is free for children under seven.',
];

const swedishPosts = [
  'Välkommen till Alingsås! Biblioteket har öppet på vardagar och du kan låna böcker på många språk.',
  'Glad midsommar från oss alla på biblioteket!',
  'Vi ses kl 10 på torget.',
  'Ring oss om du har frågor om din faktura.',
  'Nu öppnar badet.',
];

const hardEnglish =
  'The municipality hereby announces that, following comprehensive consultations with relevant stakeholders, the implementation of the revised waste management regulations will commence subsequently.';

describe('the language of a post', () => {
  test.each(englishPosts)('English: %s', (text) => {
    expect(result(text).stats.language).toBe('en');
  });
  test.each(swedishPosts)('Swedish: %s', (text) => {
    expect(result(text).stats.language).toBe('sv');
  });
  test('short or undecided text counts as Swedish', () => {
    for (const text of ['Hej!', 'Welcome!', 'OK', '', '12 34 56', 'https://alingsas.se #Alingsås @kommun']) {
      expect(result(text).stats.language, JSON.stringify(text)).toBe('sv');
    }
  });
  test('a few English words in a Swedish post do not make it English', () => {
    expect(result('Nu börjar vår workshop om sociala medier. Vi bjuder på fika och det blir ett riktigt bra event för alla föreningar.').stats.language).toBe('sv');
  });
});

describe('an English post', () => {
  test('gets hard sentences from retext-readability, in Swedish and in our format', () => {
    const [message] = result(hardEnglish).messages.filter((item) => item.ruleId === 'klar-engelsk-lasbarhet');
    expect(message).toMatchObject({ category: 'readability', start: 0, end: hardEnglish.length, url: '/regler/klar-engelsk-lasbarhet', expected: [] });
    expect(message?.message).toMatch(/^Meningen är svårläst enligt \d av 7 läsbarhetsformler\./u);
    expect(message?.actual).toBe(hardEnglish);
  });
  test('gets no Swedish-only rules: LIX, Svarta listan, spelling …', () => {
    const text = `${hardEnglish} Erhålla skall ej bl.a. 2025-03-31.`;
    const ids = ruleIds(text);
    expect(result(text).stats.language).toBe('en');
    for (const id of ['klar-lix', 'klar-meningslangd', 'klar-svarta-listan', 'klar-stavning', 'klar-alderdomliga-ord', 'klar-forkortningar', 'klar-datum']) {
      expect(ids, id).not.toContain(id);
    }
  });
  test('a plain English post gets nothing from this pack', () => {
    const own = new Set(toneReadabilityRules.map((rule) => rule.meta.id));
    expect(ruleIds(englishPosts[3]!).filter((id) => own.has(id))).toEqual([]);
  });
  test('still gets the rules that are not about Swedish, such as personal data', () => {
    const english = registry.filter((rule) => !rule.meta.languages || rule.meta.languages.includes('en')).map((rule) => rule.meta.id);
    expect(english).toContain('pd-personnummer');
    expect(ruleIds('Congratulations to our winner Lisa Berg, 811218-9876, from all of us here!')).toContain('pd-personnummer');
  });
  test('its alt texts are linted as English too', () => {
    const linted = defaultLinter.lintPost({ text: englishPosts[0]!, channels: [], media: [{ type: 'image', altText: 'Erhålla skall ej bl.a.' }] });
    expect(linted.messages.filter((message) => message.field === 'media[0].altText').map((message) => message.ruleId)).not.toContain('klar-svarta-listan');
  });
});

describe('a Swedish post', () => {
  test('never runs retext-readability', () => {
    const text = 'Samhällsbyggnadsförvaltningen genomför under innevarande vecka omfattande underhållsåtgärder avseende belysningsanläggningarna i centrumområdet samt tillhörande gångstråk och parkeringsytor.';
    expect(result(text).stats.language).toBe('sv');
    expect(ruleIds(text)).not.toContain('klar-engelsk-lasbarhet');
    expect(ruleIds(text)).toContain('klar-lix');
  });
  test('the English rule says so in its metadata, the Swedish ones too', () => {
    const byId = new Map(registry.map((rule) => [rule.meta.id, rule.meta]));
    expect(byId.get('klar-engelsk-lasbarhet')?.languages).toEqual(['en']);
    for (const rule of toneReadabilityRules.filter((item) => item.meta.id !== 'klar-engelsk-lasbarhet')) {
      expect(rule.meta.languages, rule.meta.id).toEqual(['sv']);
    }
  });
});

const finnish = 'Kirjaston aukioloajat muuttuvat ensi viikolla. Lainaa kirjoja ja lue lehtiä meillä joka päivä.';

describe('a post in neither Swedish nor English', () => {
  test.each([
    ['fi', finnish],
    ['ar', 'ستكون المكتبة مغلقة يوم الجمعة القادم. نراكم مرة أخرى يوم السبت في الساعة العاشرة.'],
    ['so', 'Maktabadda waa xiran tahay jimcaha soo socda. Waxaan idin arki doonaa sabtida saacadda tobnaad.'],
  ])('is found to be in its language (%s), and the Swedish word checks say they did not run', (code, text) => {
    const { stats } = result(text);
    expect(stats.language).toBe(code);
    expect(stats.swedishWordChecks).toBe('none');
    expect(stats.otherLanguages).toBeUndefined();
    // Swedish readability means nothing here: no LIX, and no English Flesch figure either.
    expect(stats).toMatchObject({ lix: null, lixNamesLeftOut: 0, fleschReadingEase: null });
  });
  test('gets no Swedish-word rules: not a spelling flag on every Finnish word', () => {
    const ids = ruleIds(finnish);
    expect(ids).not.toContain('klar-stavning');
    for (const id of ids) expect(registry.find((rule) => rule.meta.id === id)?.meta.languages, id).toBeUndefined();
  });
  test('still gets the language-independent rules: identity numbers, e-mail, accessibility', () => {
    const ids = ruleIds(`${finnish} Voittaja on Lisa Berg, 811218-9876, sähköposti lisa.berg@gmail.com. TERVETULOA KAIKKI KIRJASTOON!`);
    expect(ids).toContain('pd-personnummer');
    expect(ids).toContain('pd-epost');
    expect(ids).toContain('a11y-versaler');
  });
  test('under five words it keeps the Swedish default', () => {
    expect(result('Tervetuloa kirjastoon lauantaina!').stats).toMatchObject({ language: 'sv', swedishWordChecks: 'all' });
  });
});

describe('a post with paragraphs in two languages', () => {
  const swedishThenFinnish = `Välkomen till biblioteket på lördag! Vi har sagostund för barnen och kaffe för de vuxna.\n\n${finnish}`;
  test('is Swedish where most words are, with the Finnish paragraph named and the Swedish word checks partly run', () => {
    const { stats } = result(swedishThenFinnish);
    const start = swedishThenFinnish.indexOf('Kirjaston');
    expect(stats).toMatchObject({ language: 'sv', swedishWordChecks: 'partly', otherLanguages: [{ language: 'fi', start, end: swedishThenFinnish.length }] });
  });
  test('each paragraph is checked as its language: a Swedish typo is flagged, the Finnish words are not', () => {
    const flags = result(swedishThenFinnish).messages.filter((message) => message.ruleId === 'klar-stavning');
    expect(flags.map((message) => message.actual)).toEqual(['Välkomen']);
  });
  test('an English paragraph gets the English rules, the Swedish one the Swedish rules', () => {
    const text = `Vi vill erhålla era synpunkter på den nya parken, som öppnar i juni.\n\n${hardEnglish}`;
    const { messages, stats } = result(text);
    expect(stats).toMatchObject({ language: 'en', swedishWordChecks: 'partly', otherLanguages: [{ language: 'sv', start: 0 }] });
    const english = messages.find((message) => message.ruleId === 'klar-engelsk-lasbarhet');
    expect(english?.start).toBe(text.indexOf('The municipality'));
    expect(messages.find((message) => message.ruleId === 'klar-svarta-listan')?.actual).toBe('erhålla');
  });
});
