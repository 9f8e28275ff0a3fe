import { describe, expect, test } from 'vitest';
import type { MediaItem } from '../../rules/core/types.ts';
import { crimePrevention, sensitiveTopicsWithoutPerson, socialServicesInGeneral } from './personal-data-posts.ts';
import { defaultLinter } from '../support/linter.ts';

// Every false-positive trap that rules.md lists for the pd- and bild- rules, and the issue's
// "done when" posts as a new user would try them in the editor.

const lint = (text: string, media: MediaItem[] = []) => defaultLinter.lintPost({ text, channels: ['facebook'], media }).messages;
const personalData = (text: string, media: MediaItem[] = []) => lint(text, media).filter((message) => message.category === 'personal-data');
const fromRule = (rule: string, text: string, media: MediaItem[] = []) => lint(text, media).filter((message) => message.ruleId === rule);
const credited = (item: Partial<MediaItem> = {}): MediaItem[] => [{ type: 'image', credit: 'Alingsås kommun', ...item }];

describe('done when: a new user tries the editor', () => {
  test('a post naming a sick colleague gets a Swedish error that says why and what to do', () => {
    const [finding] = fromRule('pd-kanslig-kategori', 'Vi välkomnar tillbaka vår kollega Sara Lind efter hennes sjukskrivning för utmattning!');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe('Texten kan avslöja en känslig personuppgift (hälsa: "sjukskrivning") om en identifierbar person. Ta bort uppgiften eller personens identitet.');
    expect(finding?.url).toBe('/regler/pd-kanslig-kategori');
  });

  test("a child's class and school get a clear warning about consent and secrecy", () => {
    const [finding] = fromRule('pd-barn-elev', 'Ellen i klass 2B på Stadsskogenskolan vann teckningstävlingen!');
    expect(finding?.severity).toBe('warning');
    expect(finding?.actual).toBe('Ellen i klass 2B på Stadsskogenskolan');
    expect(finding?.message).toContain('Kontrollera samtycke från vårdnadshavare och sekretess');
  });

  test('a private mobile number gets a warning with a one-click fix', () => {
    const [finding] = fromRule('pd-telefon', 'Har du hittat en katt? Ring Kalle på 070-123 45 67.');
    expect(finding?.severity).toBe('warning');
    expect(finding?.actual).toBe('070-123 45 67');
    expect(finding?.expected).toEqual(['[telefonnummer borttaget]', '0322-61 60 00']);
  });

  test("an ordinary notice with the kommun's own number gets nothing from the personal-data rules", () => {
    expect(personalData('Vattnet stängs av på Brunnsbo i morgon kl. 9–12. Frågor? Ring kontaktcenter på 0322-61 60 00.')).toEqual([]);
  });
});

describe('pd-personnummer and pd-samordningsnummer traps', () => {
  test.each(['Ordernummer 8112189876 har skickats.', 'Ange OCR 8112189876 när du betalar.', 'Fakturanummer: 8112189876'])('a bare ten-digit order, invoice or OCR number is not a personnummer: %s', (text) => {
    expect(fromRule('pd-personnummer', text)).toEqual([]);
  });

  test.each(['212000-1355', '802005-1952', '556677-8899', '2120001355'])('an organisationsnummer is not a personnummer: %s', (number) => {
    expect(personalData(`Kommunens organisationsnummer är ${number}.`)).toEqual([]);
  });

  test('a date followed by a four-digit time is not a personnummer', () => {
    expect(personalData('Mötet hålls 240412 1800 i Stadshuset.')).toEqual([]);
  });

  test("the catalog's format examples with wrong check digits are reported one step lower", () => {
    for (const number of ['140330-1001', '090625+0011']) {
      const [finding] = fromRule('pd-personnummer', `Skriv så här: ${number}.`);
      expect(finding?.severity, number).toBe('warning');
    }
  });

  test('a samordningsnummer belongs to pd-samordningsnummer only', () => {
    const messages = personalData('Kontrollera att 701063-2391 står på blanketten.');
    expect(messages.map((message) => message.ruleId)).toEqual(['pd-samordningsnummer']);
  });
});

describe('pd-telefon traps', () => {
  test("the kommun's own numbers are allowed in any format", () => {
    for (const number of ['0322-61 60 00', '0322-616000', '0322 61 60 00', '+46 322 61 60 00']) {
      expect(fromRule('pd-telefon', `Ring oss på ${number}.`), number).toEqual([]);
    }
  });

  test('national service numbers are always allowed', () => {
    expect(personalData('Vid fara, ring 112. Sjukvårdsrådgivning 1177, polisen 114 14, Krisinformation 113 13, BRIS 116 111 och Mind 90101.')).toEqual([]);
  });

  test('times and amounts with many digits are not phone numbers', () => {
    expect(personalData('Öppet 08.00–17.00, lunch 12.00–13.00. Bidraget är 1 500 000 kr för 2024–2026, ansök senast 2025-03-31.')).toEqual([]);
  });
});

describe('pd-epost traps', () => {
  test('@mentions of platform handles are not e-mail addresses', () => {
    expect(personalData('Följ @alingsaskommun och @AlingsasBibliotek på Instagram!')).toEqual([]);
  });
});

describe('pd-adress traps', () => {
  test('public venues and event locations are not personal addresses', () => {
    expect(personalData('Konsert på Estrad, Södra Ågatan 8. Kommunfullmäktige möts i Stadshuset, Stora torget 1.')).toEqual([]);
  });

  test('an address with no name near stays at info', () => {
    const [finding] = fromRule('pd-adress', 'Loppis på Brunnsvägen 4 på lördag, välkommen!');
    expect(finding?.severity).toBe('info');
  });

  test('an address near a name is a warning', () => {
    const [finding] = fromRule('pd-adress', 'Grattis till Maja på Kungsgatan 12 som fyller 100 år!');
    expect(finding?.severity).toBe('warning');
  });

  test('a no-break space pasted between street and number still makes an address', () => {
    const [finding] = fromRule('pd-adress', 'Grattis till Maja på Södra Kungsgatan\u00a012\u00a0B som fyller 100 år!');
    expect(finding?.actual).toBe('Södra Kungsgatan\u00a012\u00a0B');
  });
});

describe('pd-regnr traps', () => {
  test.each(['Läs mer i SFS 201 om reglerna.', 'Kursen KSA 101 startar i augusti.', 'Beställ artikel ABC 123 i katalogen.'])('codes are never more than info: %s', (text) => {
    expect(fromRule('pd-regnr', text).filter((message) => message.severity !== 'info')).toEqual([]);
  });

  test('SFS references and course codes after "kurs" are not reported at all', () => {
    expect(fromRule('pd-regnr', 'Läs SFS 201 och gå kurs KSA 101.')).toEqual([]);
  });
});

describe('pd-bank traps', () => {
  test("the kommun's own bankgiro from the profile is allowed", async () => {
    const { linterWith } = await import('../support/linter.ts');
    const linter = linterWith((profile) => ({ ...profile, organisation: { ...profile.organisation, giroNumbers: ['5050-1055'] } }));
    const messages = linter.lintPost({ text: 'Betala avgiften till bankgiro 5050-1055.', channels: [] }).messages;
    expect(messages.filter((message) => message.ruleId === 'pd-bank')).toEqual([]);
  });

  test.each(['Kommunens bankgiro är 5050-1055.', 'Ge en gåva till föreningens plusgiro 90 01 22-3.', 'Betala till vårt bankgiro 123-4567.', 'Alingsås kommuns bankgiro är 5050-1055.'])(
    "an organisation's own giro is not a private person's, with no allowlist entry: %s",
    (text) => {
      expect(fromRule('pd-bank', text)).toEqual([]);
    },
  );

  test("a person's account next to an organisation's giro is still flagged", () => {
    expect(fromRule('pd-bank', 'Föreningens bankgiro är 5050-1055, men swisha gärna till Lisas konto 8327-9, 123 456 789-0.').map((message) => message.actual)).toEqual(['8327-9, 123 456 789-0']);
  });

  test('phone numbers and dates are not account numbers', () => {
    expect(fromRule('pd-bank', 'Ring 0322-61 60 00 om ditt konto. Sista dag 2025-03-31.')).toEqual([]);
  });
});

describe('pd-kanslig-kategori traps', () => {
  test.each(sensitiveTopicsWithoutPerson)('general information without a person stays clean: %s', (text) => {
    expect(personalData(text)).toEqual([]);
  });

  test('a health word as the head of a compound the list does not name is still a health word', () => {
    expect(fromRule('pd-kanslig-kategori', 'Vår kollega Kim Ek har fått hjärncancer.').map((message) => message.actual)).toEqual(['hjärncancer']);
    expect(fromRule('pd-kanslig-kategori', 'Anna Berg har pälsdjursallergi.').map((message) => message.actual)).toEqual(['pälsdjursallergi']);
  });

  test('a short stem is no compound head: a workplace stays a workplace', () => {
    expect(fromRule('pd-kanslig-kategori', 'Anna Berg jobbar på barnsjukhuset och på äldredemensboendet.')).toEqual([]);
  });
});

describe('pd-lagovertradelse traps', () => {
  test.each(crimePrevention)(
    'general safety information and crime prevention stay clean: %s',
    (text) => {
      expect(personalData(text)).toEqual([]);
    },
  );
});

describe('pd-barn-elev traps', () => {
  test('general information to a whole year group stays clean', () => {
    expect(personalData('Alla elever i årskurs 9 får information om gymnasievalet i veckan.')).toEqual([]);
  });

  test('an adult with the surname Barn is not a child', () => {
    expect(personalData('Kommunalrådet Anna Barn invigde den nya lekplatsen i Nolhaga.')).toEqual([]);
  });
});

describe('pd-sekretess-individarende traps', () => {
  test.each(socialServicesInGeneral)('recruitment and general information stay clean: %s', (text) => {
    expect(personalData(text)).toEqual([]);
  });
});

describe('bild- traps', () => {
  test('images of an event without people, confirmed by the user, raise no consent question', () => {
    expect(personalData('Sportlovsaktiviteterna i Nolhagahallen var fullsatta!', credited({ showsPeople: false }))).toEqual([]);
    expect(personalData('Tack alla barn som kom på sportlovet!', credited({ showsChildren: false }))).toEqual([]);
  });

  test('adult staff named next to a photo of children are left to bild-personer-samtycke', () => {
    const messages = personalData('Förskolläraren Anna Berg läser sagor för barnen.', credited({ showsPeople: true, showsChildren: true }));
    expect(messages.filter((message) => message.ruleId === 'bild-barn-namn')).toEqual([]);
    expect(messages.find((message) => message.ruleId === 'bild-personer-samtycke')?.actual).toBe('Anna Berg');
  });

  test('a public person in an official role raises no consent question', () => {
    expect(personalData('Kommunstyrelsens ordförande Per Svensson invigde Nolhagabadet.', credited({ showsPeople: true }))).toEqual([]);
  });

  test('recruitment images with consenting staff raise no care-setting warning', () => {
    expect(fromRule('bild-kanslig-miljo', 'Vi söker sommarvikarier till våra äldreboenden – läs om jobbet här.', credited({ showsPeople: true }))).toEqual([]);
  });

  test('a missing photographer stays at info', () => {
    const [finding] = fromRule('bild-fotograf', 'Nya bänkar på Stora torget.', [{ type: 'image' }]);
    expect(finding?.severity).toBe('info');
    expect([finding?.start, finding?.end]).toEqual([0, 0]);
  });
});
