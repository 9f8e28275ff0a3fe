import { describe, expect, test } from 'vitest';
import type { MediaItem } from '../../rules/core/types.ts';
import { parseSwedish } from '../../rules/core/parse.ts';
import { buildContext } from '../../rules/core/context.ts';
import { personalDataRules } from '../../rules/packs/personal-data.ts';
import { firstNameCount, isKnownFirstName, peopleOf } from '../../rules/analysis/people/index.ts';
import firstNames from '../../rules/analysis/people/first-names.json' with { type: 'json' };
import { alingsas, defaultLinter, linterWith } from '../support/linter.ts';

const lint = (text: string, media: MediaItem[] = []) => defaultLinter.lintPost({ text, channels: ['facebook'], media }).messages;
const fromRule = (rule: string, text: string, media: MediaItem[] = []) => lint(text, media).filter((message) => message.ruleId === rule);
const severities = (rule: string, text: string, media: MediaItem[] = []) => fromRule(rule, text, media).map((message) => message.severity);

/** Luhn check digit for the first nine digits of a ten-digit personnummer. */
function checkDigit(nine: string): string {
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    let digit = Number(nine[index]) * (index % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Applies a message's first fix to the text. */
const applyFix = (text: string, message: { start: number; end: number; expected: string[] }) => text.slice(0, message.start) + message.expected[0] + text.slice(message.end);

describe('the pack', () => {
  test('registers every pd- and bild- rule of the catalog', () => {
    expect(personalDataRules.map((rule) => rule.meta.id).sort()).toEqual(
      [
        'pd-personnummer',
        'pd-samordningsnummer',
        'pd-telefon',
        'pd-epost',
        'pd-adress',
        'pd-regnr',
        'pd-bank',
        'pd-kanslig-kategori',
        'pd-lagovertradelse',
        'pd-barn-elev',
        'pd-sekretess-individarende',
        'pd-uppmaning-lamna-uppgifter',
        'bild-barn-samtycke',
        'bild-barn-namn',
        'bild-personer-samtycke',
        'bild-kanslig-miljo',
        'bild-fotograf',
      ].sort(),
    );
    for (const rule of personalDataRules) expect(rule.meta.category, rule.meta.id).toBe('personal-data');
  });
});

describe('pd-personnummer formats and severity', () => {
  const nine = '811218987';
  const valid = `${nine}${checkDigit(nine)}`;
  test.each([
    ['YYMMDD-NNNN', `${valid.slice(0, 6)}-${valid.slice(6)}`],
    ['YYMMDD+NNNN (100 years or older)', `${valid.slice(0, 6)}+${valid.slice(6)}`],
    ['YYYYMMDD-NNNN', `19${valid.slice(0, 6)}-${valid.slice(6)}`],
    ['YYYYMMDDNNNN', `19${valid}`],
    ['YYMMDDNNNN', valid],
    ['YYMMDD NNNN', `${valid.slice(0, 6)} ${valid.slice(6)}`],
  ])('a valid number written %s is an error', (_format, number) => {
    expect(severities('pd-personnummer', `Numret ${number} står i ansökan.`)).toEqual(['error']);
  });

  test('a wrong check digit after "-" is a warning, and without a separator it is not reported', () => {
    const wrong = `${nine}${(Number(checkDigit(nine)) + 1) % 10}`;
    expect(severities('pd-personnummer', `Numret ${wrong.slice(0, 6)}-${wrong.slice(6)} står i ansökan.`)).toEqual(['warning']);
    expect(severities('pd-personnummer', `Numret ${wrong} står i ansökan.`)).toEqual([]);
  });

  test('the check digit is tested with Luhn (the catalog vectors)', () => {
    expect(severities('pd-personnummer', 'Numret 421120-0573 står i ansökan.')).toEqual(['error']);
    expect(severities('pd-personnummer', 'Numret 811218-9876 står i ansökan.')).toEqual(['error']);
  });

  test('an interimsnummer with a letter in position 7 is reported as a personnummer', () => {
    expect(severities('pd-personnummer', 'Interimsnumret 000101-T220 står på remissen.')).toEqual(['error']);
    expect(severities('pd-personnummer', 'Koden 000101-P220 står på remissen.')).toEqual([]);
  });

  test('a samordningsnummer with a partly unknown or impossible birth date is still reported', () => {
    // Month 00 and day 60, month 00 alone, and "31 April": Skatteverket issues all three.
    for (const nine of ['150060239', '150072239', '150491238']) {
      const written = `${nine.slice(0, 6)}-${nine.slice(6)}${checkDigit(nine)}`;
      expect(severities('pd-samordningsnummer', `Kontrollera ${written} på blanketten.`), written).toEqual(['error']);
    }
  });

  test('a bare ten-digit mobile number is a phone number, not a personnummer', () => {
    const messages = lint('Ring 0701234567 om du har frågor.');
    expect(messages.filter((message) => message.ruleId === 'pd-personnummer')).toEqual([]);
    expect(messages.filter((message) => message.ruleId === 'pd-telefon').map((message) => message.actual)).toEqual(['0701234567']);
  });

  test('the fix removes the number, and the rule no longer fires', () => {
    const text = 'Vinnaren är Lisa Berg, 811218-9876, grattis!';
    const [finding] = fromRule('pd-personnummer', text);
    expect(finding?.expected).toEqual(['[personnummer borttaget]']);
    expect(fromRule('pd-personnummer', applyFix(text, finding!))).toEqual([]);
  });
});

describe('pd-telefon', () => {
  test('landline, mobile and foreign numbers are found and parsed by awesome-phonenumber', () => {
    expect(fromRule('pd-telefon', 'Ring Bosse på 031-12 34 56, Eva på 070 123 45 67 eller Ola på +47 412 34 567.').map((message) => message.actual)).toEqual([
      '031-12 34 56',
      '070 123 45 67',
      '+47 412 34 567',
    ]);
  });

  test('toll-free and shared-cost numbers of organisations are not private numbers', () => {
    expect(fromRule('pd-telefon', 'Ring Skatteverket på 0771-567 567 eller stödlinjen på 020-22 00 60.')).toEqual([]);
  });

  test("a unit number added to the profile's allowlist is allowed", () => {
    const linter = linterWith((profile) => ({ ...profile, organisation: { ...profile.organisation, phones: [...(profile.organisation.phones ?? []), '0322-61 65 00'] } }));
    const messages = linter.lintPost({ text: 'Ring fritidsgården på 0322-61 65 00.', channels: [] }).messages;
    expect(messages.filter((message) => message.ruleId === 'pd-telefon')).toEqual([]);
    // Without the allowlist entry, a number in the kommun's own series is only worth a thought.
    expect(severities('pd-telefon', 'Ring fritidsgården på 0322-61 65 00.')).toEqual(['info']);
  });

  test('applying the fix leaves no phone finding', () => {
    const text = 'Har du hittat en katt? Ring Kalle på 070-123 45 67.';
    const [finding] = fromRule('pd-telefon', text);
    expect(fromRule('pd-telefon', applyFix(text, finding!))).toEqual([]);
    expect(fromRule('pd-telefon', text.slice(0, finding!.start) + finding!.expected[1] + text.slice(finding!.end))).toEqual([]);
  });

  test('a number inside quotation marks keeps its severity', () => {
    expect(severities('pd-telefon', '"Ring mig på 070-123 45 67", skrev Kalle i kommentarerna.')).toEqual(['warning']);
  });
});

describe('pd-epost', () => {
  test("the kommun's role addresses are allowed and a first.last address on its domain is info", () => {
    const messages = fromRule('pd-epost', 'Mejla kontaktcenter@alingsas.se, bygglov@alingsas.se eller kalle.nilsson@alingsas.se.');
    expect(messages.map((message) => [message.actual, message.severity])).toEqual([['kalle.nilsson@alingsas.se', 'info']]);
  });

  test('a private provider is a warning; a function address elsewhere is fine', () => {
    expect(fromRule('pd-epost', 'Anmäl dig till anna.svensson@gmail.com eller info@alingsasif.se.').map((message) => [message.actual, message.severity])).toEqual([
      ['anna.svensson@gmail.com', 'warning'],
    ]);
  });

  test('the fix points to the kommun\'s role address and clears the finding', () => {
    const text = 'Frågor? Mejla anna.svensson@gmail.com.';
    const [finding] = fromRule('pd-epost', text);
    expect(finding?.expected).toEqual(['kontaktcenter@alingsas.se']);
    expect(fromRule('pd-epost', applyFix(text, finding!))).toEqual([]);
  });
});

describe('pd-bank', () => {
  test('a Swedish IBAN counts only with a right checksum', () => {
    expect(fromRule('pd-bank', 'Skänk till SE45 5000 0000 0583 9825 7466.').map((message) => message.actual)).toEqual(['SE45 5000 0000 0583 9825 7466']);
    expect(fromRule('pd-bank', 'Skänk till SE46 5000 0000 0583 9825 7466.')).toEqual([]);
  });

  test('bankgiro, plusgiro and account numbers need their keyword nearby', () => {
    expect(fromRule('pd-bank', 'Betala till bankgiro 123-4567, plusgiro 90 01 22-3 eller konto 8327-9 123 456 789.').map((message) => message.actual)).toEqual([
      '123-4567',
      '90 01 22-3',
      '8327-9 123 456 789',
    ]);
    expect(fromRule('pd-bank', 'Mötet är i sal 123-4567 den 12-3.')).toEqual([]);
  });
});

describe('pd-regnr', () => {
  test('a plate next to vehicle words is a warning, a bare one is info, and I, Q, V, Å, Ä, Ö are not plate letters', () => {
    expect(severities('pd-regnr', 'Bilen ABC 123 står felparkerad.')).toEqual(['warning']);
    expect(severities('pd-regnr', 'Märkningen MLK 12A finns på lådan.')).toEqual(['info']);
    expect(fromRule('pd-regnr', 'Bilen QIV 123 och ÅÄÖ 123 står kvar.')).toEqual([]);
  });
});

describe('co-occurrence severities', () => {
  test('pd-kanslig-kategori: a first name alone in the sentence is a warning', () => {
    expect(severities('pd-kanslig-kategori', 'Grattis Kim som har kommit tillbaka efter sin cancerbehandling!')).toEqual(['warning']);
  });

  test('pd-kanslig-kategori: a person named only in another sentence gives info', () => {
    expect(severities('pd-kanslig-kategori', 'Grattis Anna Lind till nya jobbet! Diabetesmottagningen öppnar i maj.')).toEqual(['info']);
  });

  test('pd-kanslig-kategori: a keyword used as a topic of a talk is not about the speaker', () => {
    expect(fromRule('pd-kanslig-kategori', 'Dietisten Anna Berg föreläser om diabetes och mat.')).toEqual([]);
  });

  test('pd-lagovertradelse: a name is an error, a role and a place a warning', () => {
    expect(severities('pd-lagovertradelse', 'Johan Ek dömdes för misshandel.')).toEqual(['error']);
    expect(severities('pd-lagovertradelse', 'En 15-åring från Sollebrunn är polisanmäld för klottret.')).toEqual(['warning']);
  });

  test('pd-barn-elev: a child\'s full name is an error', () => {
    expect(severities('pd-barn-elev', 'Grattis till eleven Noah Karlsson som vann schackturneringen!')).toEqual(['error']);
  });

  test('pd-barn-elev: an age next to a first name marks a child, an adult age does not', () => {
    expect(severities('pd-barn-elev', 'Alva, 5 år, vann ritävlingen på biblioteket!')).toEqual(['warning']);
    expect(severities('pd-barn-elev', '7-åriga Ellen hittade en skatt i Nolhaga.')).toEqual(['warning']);
    expect(severities('pd-barn-elev', 'Kim, 85 år, fyller år i dag.')).toEqual([]);
    expect(severities('pd-barn-elev', 'Anna har jobbat här i 15 år.')).toEqual([]);
  });

  test('pd-sekretess-individarende: staff named in their role are not clients', () => {
    expect(fromRule('pd-sekretess-individarende', 'Träffa Anna Berg, socialsekreterare, som berättar om försörjningsstöd.')).toEqual([]);
  });

  test('pd-uppmaning-lamna-uppgifter: sending readers to a safe channel is fine', () => {
    expect(fromRule('pd-uppmaning-lamna-uppgifter', 'Ange ditt personnummer i e-tjänsten när du ansöker.')).toEqual([]);
    expect(severities('pd-uppmaning-lamna-uppgifter', 'Har du fått fel faktura? Skriv ditt personnummer i ett DM så kollar vi!')).toEqual(['warning']);
  });
});

describe('alt texts', () => {
  test('an alt text is checked for personal data and the finding names its field', () => {
    const messages = lint('Vårmarknaden lockade många.', credited({ altText: 'Lisa Berg, 811218-9876, på marknaden' }));
    const finding = messages.find((message) => message.ruleId === 'pd-personnummer');
    expect(finding?.field).toBe('media[0].altText');
    expect(finding?.actual).toBe('811218-9876');
  });

  test('the bild- rules never report on the alt-text pass', () => {
    const messages = lint('Vårmarknaden lockade många.', [{ type: 'image', altText: 'Barnen Alva och Noah på äldreboendet', showsPeople: true, showsChildren: true }]);
    expect(messages.filter((message) => message.ruleId.startsWith('bild-') && message.field)).toEqual([]);
    expect(messages.some((message) => message.ruleId === 'bild-barn-samtycke' && !message.field)).toBe(true);
  });
});

function credited(item: Partial<MediaItem> = {}): MediaItem[] {
  return [{ type: 'image', credit: 'Alingsås kommun', ...item }];
}

describe('consent silences or lowers the bild- rules', () => {
  const children = 'Tack alla barn som kom på sportlovet!';
  test('bild-barn-samtycke: documented → silent, missing → error, unknown → warning', () => {
    expect(severities('bild-barn-samtycke', children, credited({ showsChildren: true, consent: 'documented' }))).toEqual([]);
    expect(severities('bild-barn-samtycke', children, credited({ showsChildren: true, consent: 'missing' }))).toEqual(['error']);
    expect(severities('bild-barn-samtycke', children, credited({ showsChildren: true, consent: 'unknown' }))).toEqual(['warning']);
  });

  test('bild-barn-samtycke: a place for children needs the showsPeople flag', () => {
    expect(severities('bild-barn-samtycke', 'Vårens första utedag på förskolan!', credited())).toEqual([]);
    expect(severities('bild-barn-samtycke', 'Vårens första utedag på förskolan!', credited({ showsPeople: true }))).toEqual(['warning']);
  });

  test("bild-barn-namn: documented consent lowers the error to a warning (the name needs its own consent)", () => {
    const text = 'Här är Alva och Noah som planterar tulpaner.';
    expect(severities('bild-barn-namn', text, credited({ showsChildren: true }))).toEqual(['error', 'error']);
    expect(severities('bild-barn-namn', text, credited({ showsChildren: true, consent: 'documented' }))).toEqual(['warning', 'warning']);
  });

  test('bild-personer-samtycke: documented → silent, missing → warning, and it needs the people flag', () => {
    const text = 'Stort grattis till Peter Ek, årets medarbetare!';
    expect(severities('bild-personer-samtycke', text, credited({ showsPeople: true }))).toEqual(['info']);
    expect(severities('bild-personer-samtycke', text, credited({ showsPeople: true, consent: 'documented' }))).toEqual([]);
    expect(severities('bild-personer-samtycke', text, credited({ showsPeople: true, consent: 'missing' }))).toEqual(['warning']);
    expect(severities('bild-personer-samtycke', text, credited())).toEqual([]);
  });

  test('bild-kanslig-miljo: documented → silent, missing → error, no people → silent', () => {
    const text = 'Mysigt fika med de boende på Ängabo demensboende!';
    expect(severities('bild-kanslig-miljo', text, credited({ showsPeople: true, consent: 'documented' }))).toEqual([]);
    expect(severities('bild-kanslig-miljo', text, credited({ showsPeople: true, consent: 'missing' }))).toEqual(['error']);
    expect(severities('bild-kanslig-miljo', text, credited({ showsPeople: false }))).toEqual([]);
  });

  test('bild-fotograf: a credit field or a "Foto:" line in the post is enough', () => {
    expect(severities('bild-fotograf', 'Nya bänkar på Stora torget.', [{ type: 'image', credit: 'Anna Ek' }])).toEqual([]);
    expect(severities('bild-fotograf', 'Nya bänkar på Stora torget. Foto: Anna Ek', [{ type: 'image' }])).toEqual([]);
    expect(severities('bild-fotograf', 'Nya bänkar på Stora torget.', [{ type: 'video' }])).toEqual([]);
  });
});

describe('identifiable person: names and gazetteer', () => {
  const analyse = (text: string) => {
    const { tree, sources } = parseSwedish(text);
    return peopleOf(buildContext(tree, text, sources, { channels: [], media: [] }), alingsas);
  };

  test('the first-name list has at least 1,000 names with a named source, including names common among people born abroad', () => {
    expect(firstNameCount).toBeGreaterThanOrEqual(1000);
    expect(firstNames.source).toMatch(/SCB/);
    for (const name of ['Anna', 'Lars', 'Mohammed', 'Fatima', 'Ahmed', 'Yonas', 'Zahra', 'Mehmet', 'Aleksandra', 'Jukka', 'Emir', 'Abdirahman']) {
      expect(isKnownFirstName(name), name).toBe(true);
    }
  });

  test('places, units and buildings from the profile are never persons', () => {
    const analysis = analyse('Vårdcentralen Alingsås, Alingsås kommun och Nolhaga ligger nära Tuvans förskola och Astrid Lindgrens skola.');
    expect(analysis.names).toEqual([]);
    expect(analysis.places.map((place) => place.broad)).toContain(true);
  });

  test('a first name and a capitalised surname make a full name; a word that is also a name needs the surname at the start of a sentence', () => {
    const analysis = analyse('Max 20 deltagare. Per person 100 kr. Anna Maria von Berg och Kim kommer. Hans Ek också.');
    expect(analysis.names.map((name) => [name.value, name.full])).toEqual([
      ['Anna Maria von Berg', true],
      ['Kim', false],
      ['Hans Ek', true],
    ]);
  });

  test('possessive relations, family names and role plus place are identifying details', () => {
    const analysis = analyse('Hennes son och familjen Andersson träffade en elev på Noltorpsskolan och vår kollega Kim.');
    expect(analysis.identifiers.filter((identifier) => identifier.kind !== 'first-name').map((identifier) => [identifier.kind, identifier.value])).toEqual([
      ['possessive', 'Hennes son'],
      ['family', 'familjen Andersson'],
      ['role-place', 'en elev på Noltorpsskolan'],
      ['possessive', 'vår kollega Kim'],
    ]);
  });

  test('the whole kommun is too broad a place to identify anyone', () => {
    expect(analyse('En kvinna i Alingsås har vunnit.').identifiers).toEqual([]);
  });
});
