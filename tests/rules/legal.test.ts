import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findMarkers, markerPattern } from '../../rules/legal-citat-utan-kalla/index.ts';
import { defaultLinter, linterWith, shippedLinter } from '../support/linter.ts';
import type { Linter } from '../../rules/core/linter.ts';

const findings = (text: string, id: string, linter: Linter = defaultLinter) =>
  linter.lintPost({ text, channels: [] }).messages.filter((message) => message.ruleId === id);
const fires = (text: string, id: string) => findings(text, id).length > 0;

describe('neutral-partipolitik', () => {
  test('"Tack vare Moderaterna …" is an error with clear Swedish advice (issue: done when)', () => {
    const [message] = findings('Tack vare Moderaterna sänks taxan för förskolan från 1 juli.', 'neutral-partipolitik');
    expect(message).toMatchObject({ severity: 'error', category: 'legal', actual: 'Moderaterna' });
    expect(message?.message).toBe(
      'Kommunens kanaler ska vara partipolitiskt neutrala. Beskriv beslutet och vilket organ som fattade det, inte vilket parti som ska ha äran eller skulden. Ordet "Tack vare" nära partinamnet gör texten värderande.',
    );
  });

  test('a party name without an evaluative word is a warning', () => {
    expect(findings('Centerpartiet bjuder in till möte om landsbygden.', 'neutral-partipolitik')[0]?.severity).toBe('warning');
  });

  test('a neutral report of a decision that names the proposer is only info', () => {
    expect(findings('Kommunfullmäktige har beslutat att sänka förskoletaxan, på förslag av Moderaterna och Centerpartiet.', 'neutral-partipolitik')[0]?.severity).toBe('info');
    expect(findings('Sverigedemokraterna reserverade sig mot beslutet.', 'neutral-partipolitik')[0]?.severity).toBe('info');
  });

  test('a neutral decision report without party names, and factual election information, stay clean', () => {
    expect(fires('Kommunfullmäktige har beslutat att sänka förskoletaxan från 1 juli.', 'neutral-partipolitik')).toBe(false);
    expect(fires('Nu kan du förtidsrösta i Stadshuset. Ta med legitimation.', 'neutral-partipolitik')).toBe(false);
  });

  test('party names inside links to the politics pages stay clean', () => {
    expect(fires('Läs mer om partierna på alingsas.se/politik/moderaterna', 'neutral-partipolitik')).toBe(false);
  });

  test('a vote appeal is an error', () => {
    expect(findings('Rösta på Socialdemokraterna i höst!', 'neutral-partipolitik')[0]?.message).toContain('valpropaganda');
  });

  test('abbreviations in parentheses after a politician count, lowercase letters in parentheses do not', () => {
    expect(findings('Anna Ek (S) svarar på frågor.', 'neutral-partipolitik')[0]?.actual).toBe('(S)');
    expect(fires('Ta med matsäck (c) och kläder (m) efter väder.', 'neutral-partipolitik')).toBe(false);
  });

  test('bloc words count, but "majoriteten av" means most and "moderat" means modest', () => {
    expect(findings('Oppositionen har misslyckats med budgeten.', 'neutral-partipolitik')[0]?.severity).toBe('error');
    expect(fires('Majoriteten av eleverna är nöjda med maten.', 'neutral-partipolitik')).toBe(false);
    expect(fires('Vi gör en moderat höjning av taxan.', 'neutral-partipolitik')).toBe(false);
  });

  test('local parties come from the profile', () => {
    const linter = linterWith((profile) => ({ ...profile, localParties: ['Alingsåspartiet'] }));
    expect(findings('Äntligen har Alingsåspartiet fått igenom sitt förslag!', 'neutral-partipolitik', linter)[0]?.severity).toBe('error');
    expect(fires('Äntligen har Alingsåspartiet fått igenom sitt förslag!', 'neutral-partipolitik')).toBe(false);
  });

  test('inside a quotation the severity is one step lower', () => {
    expect(findings('Hon sa: "Moderaterna har gjort ett bra jobb"', 'neutral-partipolitik')[0]?.severity).toBe('warning');
  });
});

describe('neutral-reklam-enskilt-foretag', () => {
  test('a company together with commercial words is a warning on the company', () => {
    expect(findings('Handla lokalt! Berg & Son AB har rea på alla cyklar i helgen.', 'neutral-reklam-enskilt-foretag')[0]).toMatchObject({ severity: 'warning', actual: 'Berg & Son AB' });
    expect(findings('Boka nu hos Frisör Lindqvist och få 15 % rabatt!', 'neutral-reklam-enskilt-foretag')).toHaveLength(1);
  });

  test('the kommun\'s own companies may talk about their services', () => {
    expect(fires('Alingsåshem erbjuder nu rabatt på parkering för sina hyresgäster.', 'neutral-reklam-enskilt-foretag')).toBe(false);
    expect(fires('Alingsås Energi har ett nytt erbjudande om solceller.', 'neutral-reklam-enskilt-foretag')).toBe(false);
  });

  test('a list of all participating businesses treats them equally', () => {
    expect(fires('Kafé Solsidan, Bageri Kanelen och Restaurang Gästis har erbjudanden under Kulturnatten.', 'neutral-reklam-enskilt-foretag')).toBe(false);
    expect(fires('Alla deltagande butiker, bland annat Butik Ljuset, har rea under Kulturnatten.', 'neutral-reklam-enskilt-foretag')).toBe(false);
  });

  test('a sponsor named under an agreement is only info', () => {
    expect(findings('Tack till vår sponsor Berg AB – 10 % rabatt för alla besökare!', 'neutral-reklam-enskilt-foretag')[0]?.severity).toBe('info');
  });

  test('commercial words alone, about the kommun\'s own tickets, stay clean', () => {
    expect(fires('Köp biljetter till sommarteatern på alingsas.se/biljetter', 'neutral-reklam-enskilt-foretag')).toBe(false);
  });
});

describe('neutral-varderande-omdomen', () => {
  test('hype about a business is advice', () => {
    expect(findings('Bageri Kanelen bakar stans godaste kanelbullar.', 'neutral-varderande-omdomen')[0]).toMatchObject({ severity: 'info', actual: 'godaste' });
  });

  test('superlatives about the kommun\'s own events and staff stay clean', () => {
    expect(fires('Årets största fest är här – välkommen till Alingsås!', 'neutral-varderande-omdomen')).toBe(false);
    expect(fires('Vi har fantastiska medarbetare på Kulturhuset.', 'neutral-varderande-omdomen')).toBe(false);
  });
});

describe('legal-spekulation', () => {
  test('rumours and hedges in statements of fact', () => {
    expect(findings('Det ryktas att badet stänger. Skolan stängs kanske i morgon.', 'legal-spekulation').map((message) => message.actual)).toEqual(['ryktas', 'kanske']);
  });

  test('weather and forecasts are not speculation', () => {
    expect(fires('Enligt SMHI blir det troligen regn på lördag.', 'legal-spekulation')).toBe(false);
    expect(fires('Prognosen säger att snön sannolikt kommer på tisdag.', 'legal-spekulation')).toBe(false);
  });

  test('"kanske" in invitations and questions is not speculation', () => {
    expect(fires('Kanske ses vi på festivalen?', 'legal-spekulation')).toBe(false);
    expect(fires('Du kanske vill veta mer om sommarlovet.', 'legal-spekulation')).toBe(false);
  });
});

describe('legal-citat-utan-kalla', () => {
  test('a named member of staff after the quote counts as a source', () => {
    expect(fires('"Vi är så glada över att kunna öppna den nya skolan för alla barn i Nolby" – Anna Ek, rektor', 'legal-citat-utan-kalla')).toBe(false);
    expect(fires('"Vi är så glada över att kunna öppna den nya skolan för alla barn i Nolby", säger rektor Anna Ek.', 'legal-citat-utan-kalla')).toBe(false);
  });

  test('a link or "enligt" before the quote counts too', () => {
    expect(fires('Enligt rapporten: "Alingsås är en av Sveriges mest hållbara kommuner och ett föredöme för andra."', 'legal-citat-utan-kalla')).toBe(false);
  });

  test('short quotes of eight words or fewer need no source', () => {
    expect(fires('Temat i år är "Ljus i mörkret – en kväll för alla".', 'legal-citat-utan-kalla')).toBe(false);
  });

  // The rule searches for source markers only in the span of its long quotes' surroundings: the same
  // markers there as a search of the whole text finds.
  test('markers found in a span are the whole-text markers that start in it', () => {
    const pieces = ['enligt', 'Enligt ', ' säger ', ' sa ', 'källa:', 'Källa :', 'www.', 'https://', 'alingsas.se/', 'x.com/a', '– Anna', '-E', '—Ö', 'ensa', ' ', '\n', '\n\n', 'ord', '"'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text.chain((value) => fc.tuple(fc.constant(value), fc.nat(value.length), fc.nat(value.length))),
        ([value, a, b]) => {
          const [from, to] = [Math.min(a, b), Math.max(a, b)];
          const whole = findMarkers(value, 0, value.length);
          expect(findMarkers(value, from, to)).toEqual(whole.filter((marker) => marker.start >= from && marker.start < to));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  // findMarkers tries its pattern only where a marker can start; the plain definition is a global
  // search of the whole pattern from every code point in the span.
  test('markers are exactly what the plain pattern finds from every code point, astral letters and case folding included', () => {
    const plain = new RegExp(markerPattern, 'giu');
    const reference = (value: string, from: number, to: number) => {
      const markers: { start: number; end: number }[] = [];
      plain.lastIndex = from;
      for (let match = plain.exec(value); match && match.index < to; match = plain.exec(value)) {
        markers.push({ start: match.index, end: match.index + match[0].length });
        plain.lastIndex = match.index + (value.codePointAt(match.index)! > 0xffff ? 2 : 1);
      }
      return markers;
    };
    const pieces = ['enligt', 'SÄGER', 'sa', 'sade', 'källa :', 'KÄLLA:', 'https://', 'www.', 'alingsås.se/', 'a-b.SE/', 'x.com/', '.nu/', '–', '— Anna', '- ', 'B', 'ſa', 'K', '𝐀', '😀', 'é', ' ', '\n', '.', '/', 'citat från', 'berättade', 'a', '1', '_', 'å'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text.chain((value) => fc.tuple(fc.constant(value), fc.nat(value.length), fc.nat(value.length))),
        ([value, a, b]) => {
          // The rule's spans start and end at code points (a line start, a quote's edge, a paragraph break).
          const boundary = (offset: number) => (/[\udc00-\udfff]/.test(value[offset] ?? '') && /[\ud800-\udbff]/.test(value[offset - 1] ?? '') ? offset - 1 : offset);
          const [from, to] = [boundary(Math.min(a, b)), boundary(Math.max(a, b))];
          expect(findMarkers(value, from, to)).toEqual(reference(value, from, to));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  // The plain search stepped one UTF-16 unit past a match: inside "𝐀" it found the same match again, for ever.
  test('a link whose name starts with an astral letter after a long quote is linted, not looped on', () => {
    const [message] = findings('"Det här är en mening med mer än nio ord i sig." Läs x𝐀.se/ för mer.', 'legal-citat-utan-kalla');
    expect(message).toBeUndefined();
    expect(findings('"Det här är en mening med mer än nio ord i sig." 𝐀𝐀', 'legal-citat-utan-kalla')[0]?.severity).toBe('info');
  });
});

describe('legal-upphovsratt-material', () => {
  test('statements that reveal borrowed pictures are errors', () => {
    for (const text of ['God jul! Foto: okänd', 'Bild från Google.', 'Vi hittade bilden på nätet.', 'Källa: internet', 'Bilden är lånad.']) {
      expect(findings(text, 'legal-upphovsratt-material')[0]?.severity, text).toBe('error');
    }
  });

  test('Google in other contexts is fine', () => {
    expect(fires('Sök på Google Maps efter Nolhagaparken.', 'legal-upphovsratt-material')).toBe(false);
  });

  test('song lyrics: a note and more than four lines', () => {
    const lyrics = '♪ Nu tändas tusen juleljus\npå jordens mörka rund\noch tusen, tusen stråla ock\npå himlens djupblå grund\nså granna och så små';
    expect(fires(lyrics, 'legal-upphovsratt-material')).toBe(true);
    expect(fires('God jul från oss alla! ♪', 'legal-upphovsratt-material')).toBe(false);
  });
});

describe('legal-allman-handling-info (opt-in)', () => {
  test('is off in the profile as shipped', () => {
    expect(findings('Skriv vad du tycker i kommentarerna!', 'legal-allman-handling-info', shippedLinter)).toHaveLength(0);
  });

  test('when turned on, an invitation without a pointer gets the reminder', () => {
    const linter = linterWith((profile) => ({ ...profile, rules: { 'legal-allman-handling-info': { severity: 'info' } } }));
    expect(findings('DM:a oss om du har frågor!', 'legal-allman-handling-info', linter)).toHaveLength(1);
    expect(findings('DM:a oss om du har frågor! Tänk på att meddelanden blir allmänna handlingar.', 'legal-allman-handling-info', linter)).toHaveLength(0);
    expect(findings('Tyck till! Läs reglerna först: alingsas.se/sociala-medier', 'legal-allman-handling-info', linter)).toHaveLength(0);
  });
});

describe('legal-bbs-brottsligt-innehall', () => {
  test('a threat reposted in a quote is an error, not lowered for being quoted', () => {
    const messages = findings('En följare skrev: "Jag vet var du bor och du ska dö."', 'legal-bbs-brottsligt-innehall');
    expect(messages.map((message) => message.severity)).toEqual(['error', 'error']);
  });

  test('information about hate and threats, without repeating them, stays clean', () => {
    expect(fires('Vi har fått hotfulla meddelanden och har polisanmält dem. Hot mot våra medarbetare accepteras aldrig.', 'legal-bbs-brottsligt-innehall')).toBe(false);
    expect(fires('Hot och hat på nätet – så anmäler du. Olaga hot är ett brott.', 'legal-bbs-brottsligt-innehall')).toBe(false);
  });

  test('blasting work and other violent verbs in the kommun\'s own words are not threats', () => {
    expect(fires('Nästa vecka ska vi spränga berget vid Nolby.', 'legal-bbs-brottsligt-innehall')).toBe(false);
    expect(fires('Någon skrev: "vi ska spränga stadshuset"', 'legal-bbs-brottsligt-innehall')).toBe(true);
  });

  test('links to pirated content', () => {
    expect(fires('Ladda ner filmen på thepiratebay.org/film', 'legal-bbs-brottsligt-innehall')).toBe(true);
  });

  test('slurs come from the profile, not from code', () => {
    const linter = linterWith((profile) => ({ ...profile, rules: { 'legal-bbs-brottsligt-innehall': { options: { slurs: ['exempelslur'] } } } }));
    expect(findings('Någon skrev: "ni är exempelslur allihop"', 'legal-bbs-brottsligt-innehall', linter)).toHaveLength(1);
  });
});
