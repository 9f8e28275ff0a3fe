import type { MediaItem } from '../../rules/core/types.ts';

// Realistic posts from a Swedish kommun's channels, labelled for the personal-data rules: the first table
// must get the named finding, the second none at all from the pd- and bild- rules. Shared by the rule
// tests and the per-rule eval (tests/eval/sections/rules.ts).

export interface Firing {
  text: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  /** The flagged text, where it matters. */
  actual?: string;
  media?: MediaItem[];
}

export const photo = (item: Partial<MediaItem> = {}): MediaItem[] => [{ type: 'image', credit: 'Foto: Alingsås kommun', ...item }];

export const firing: Firing[] = [
  // Sensitive categories about an identifiable person.
  { text: 'Vi saknar vår kollega Mats Johansson som är sjukskriven efter sin stroke. Krya på dig!', rule: 'pd-kanslig-kategori', severity: 'error', actual: 'sjukskriven' },
  { text: 'Hennes son har fått diagnosen autism och behöver extra stöd i skolan.', rule: 'pd-kanslig-kategori', severity: 'error' },
  { text: 'En brukare på Ängabo har fått covid, så besöksförbudet gäller till fredag.', rule: 'pd-kanslig-kategori', severity: 'error', actual: 'covid' },
  { text: 'Kim Andersson, som är gravid i åttonde månaden, går nu på föräldraledighet.', rule: 'pd-kanslig-kategori', severity: 'error', actual: 'gravid' },
  { text: 'Vi välkomnar Leila Ahmadi, som kom till Sverige som flykting 2015, till kommunfullmäktige.', rule: 'pd-kanslig-kategori', severity: 'error', actual: 'flykting' },
  { text: 'Vår medarbetare Kim är medlem i Vision och sitter i deras styrelse.', rule: 'pd-kanslig-kategori', severity: 'error' },
  { text: 'Vi sörjer vår kollega Bertil Ek som gick bort efter en tids sjukdom.', rule: 'pd-kanslig-kategori', severity: 'error', actual: 'sjukdom' },
  { text: 'Vi välkomnar Sara Ek tillbaka! Hon har varit sjukskriven sedan i våras.', rule: 'pd-kanslig-kategori', severity: 'warning', actual: 'sjukskriven' },
  // Children and pupils.
  { text: 'Noah Svensson i klass 5A på Noltorpsskolan har slagit skolrekord i höjdhopp!', rule: 'pd-barn-elev', severity: 'error' },
  { text: 'Grattis Wilma i 3A som läste flest böcker i sommar!', rule: 'pd-barn-elev', severity: 'warning', actual: 'Wilma i 3A' },
  { text: 'En elev i årskurs 4 på Nolbyskolan skadade sig på rasten i dag.', rule: 'pd-barn-elev', severity: 'warning' },
  // Secrecy in individual cases.
  { text: 'Tack till familjen Berg på Kungsgatan som blivit jourhem!', rule: 'pd-sekretess-individarende', severity: 'error', actual: 'jourhem' },
  { text: 'Lisa Nilsson på Brunnsbo har fått ekonomiskt bistånd för att kunna laga sitt tak.', rule: 'pd-sekretess-individarende', severity: 'error' },
  { text: 'Kim, 85 år, har hemtjänst och tycker det fungerar bra.', rule: 'pd-sekretess-individarende', severity: 'error' },
  { text: 'Hans son Oskar har varit placerad i familjehem sedan i våras.', rule: 'pd-sekretess-individarende', severity: 'error' },
  // Offences.
  { text: 'Johan Ek dömdes i tingsrätten för misshandel i Sollebrunn.', rule: 'pd-lagovertradelse', severity: 'error', actual: 'dömdes' },
  { text: 'En man i 40-årsåldern från Ingared är gripen för inbrotten i Hemsjö.', rule: 'pd-lagovertradelse', severity: 'warning', actual: 'gripen' },
  // Numbers and addresses.
  { text: 'Ring mig på 073-987 65 43 om du vill köpa biljetter!', rule: 'pd-telefon', severity: 'warning', actual: '073-987 65 43' },
  { text: 'Anmäl dig till Bosse på 0706-12 34 56 senast fredag.', rule: 'pd-telefon', severity: 'warning', actual: '0706-12 34 56' },
  { text: 'Sms:a Eva på +46 73 987 65 43 för mer info.', rule: 'pd-telefon', severity: 'warning', actual: '+46 73 987 65 43' },
  { text: 'Frågor om loppisen? Mejla lena.karlsson@hotmail.com.', rule: 'pd-epost', severity: 'warning', actual: 'lena.karlsson@hotmail.com' },
  { text: 'Patienten 19811218-9876 har glömt sin väska i receptionen.', rule: 'pd-personnummer', severity: 'error', actual: '19811218-9876' },
  { text: 'Insamlingen tar emot gåvor på bankgiro 123-4567.', rule: 'pd-bank', severity: 'warning', actual: '123-4567' },
  { text: 'En bil med registreringsnummer KLM 45P har stått parkerad vid Nolhagabadet i tre veckor.', rule: 'pd-regnr', severity: 'warning', actual: 'KLM 45P' },
  { text: 'Bengt Olsson på Brunnsvägen 4, 441 50 Alingsås, hittade plånboken.', rule: 'pd-adress', severity: 'warning', actual: 'Brunnsvägen 4, 441 50 Alingsås' },
  // Asking followers for personal data.
  { text: 'Kommentera med ditt telefonnummer så ringer vi upp dig!', rule: 'pd-uppmaning-lamna-uppgifter', severity: 'warning' },
  { text: 'Skicka ditt samordningsnummer i ett PM så hjälper vi dig.', rule: 'pd-uppmaning-lamna-uppgifter', severity: 'warning' },
  // Images.
  { text: 'Härligt med alla glada barn på Tuvans förskola i dag!', rule: 'bild-barn-samtycke', severity: 'warning', media: photo({ showsPeople: true }) },
  { text: 'Tack alla barn som kom på sportlovet!', rule: 'bild-barn-samtycke', severity: 'error', media: photo({ showsChildren: true, consent: 'missing' }) },
  { text: 'Här är Alva och Noah som planterar tulpaner.', rule: 'bild-barn-namn', severity: 'error', actual: 'Alva', media: photo({ showsChildren: true }) },
  { text: 'Mysigt fika med de boende på Ängabo demensboende!', rule: 'bild-kanslig-miljo', severity: 'warning', media: photo({ showsPeople: true }) },
  { text: 'Välkommen Fatima Ali, ny enhetschef på Brunnsbo!', rule: 'bild-personer-samtycke', severity: 'info', actual: 'Fatima Ali', media: photo({ showsPeople: true }) },
  { text: 'Nu har vi invigt den nya lekplatsen i Stadsskogen.', rule: 'bild-fotograf', severity: 'info', media: [{ type: 'image' }] },
];

export const clean: { text: string; media?: MediaItem[] }[] = [
  { text: 'Vill du bli kontaktfamilj? Vi söker familjer som vill ge ett barn en extra vuxen.' },
  { text: 'Influensavaccinationen för dig över 65 år startar den 15 oktober på vårdcentralerna.' },
  { text: 'Polisen och kommunen tipsar om hur du skyddar dig mot inbrott i sommar.' },
  { text: 'Välkommen på föreläsning om psykisk ohälsa bland unga den 3 mars på Estrad.' },
  { text: 'Välkommen på föreläsning med Anna Berg om att leva med diabetes.' },
  { text: 'Alla elever på Noltorpsskolan får gratis lunch även under lovet.' },
  { text: 'Skolstarten närmar sig! Elever i årskurs 1 börjar den 18 augusti.' },
  { text: 'Rektor Anna Berg hälsar alla elever i årskurs 7 välkomna till Stadsskogenskolan.' },
  { text: 'Förskollärare Elin Holm och hennes kollegor har byggt en ny odlingslåda.' },
  { text: 'Kontakta Anna Lind på barn- och ungdomsförvaltningen om du har frågor om skolskjuts.' },
  { text: 'Kommunfullmäktige sammanträder i Stadshuset, Stora torget 1, den 24 april kl. 18.00.' },
  { text: 'Nolhagabadet har stängt för underhåll 1–14 juli. Ring 0322-61 60 00 för frågor.' },
  { text: 'Bibliotekarien Sara Holm tipsar om sommarens bästa böcker för barn.' },
  { text: 'Ansök om försörjningsstöd via e-tjänsten på alingsas.se.' },
  { text: 'Hemtjänsten i Sollebrunn söker sommarvikarier – ansök senast 1 april!' },
  { text: 'Vi gratulerar Erik Svensson till 25 år i hemtjänsten!' },
  { text: 'Anna Lind har jobbat 30 år inom LSS och går nu i pension.' },
  { text: 'Kurser i svenska för nyanlända startar i september på Alingsås lärcentrum.' },
  { text: 'Anna och Per från Röda korset hälsar alla asylsökande välkomna till språkcafé.' },
  { text: 'Max 20 deltagare per grupp. Anmäl dig senast fredag.' },
  { text: 'Per person kostar det 100 kr. Barn under 7 år går gratis.' },
  { text: 'Öppet 09.00–16.00, lunchstängt 12.00–13.00. Telefontid 08.00–10.00.' },
  { text: 'Priset är 1 500 kr och betalas senast 2024-05-31.' },
  { text: 'Beställ på kurs ABC 123 i vår katalog.' },
  { text: 'Vårt organisationsnummer är 212000-1355.' },
  { text: 'Faktura nr 8112189876 förfaller den 30 juni.' },
  { text: 'Kommunpolisen Erik Holm: antalet inbrott har minskat i Alingsås.' },
  { text: 'Vi har fått in flera anmälningar om stölder av cyklar vid resecentrum. Lås din cykel!' },
  { text: 'Skolsköterskan finns på plats varje tisdag för elever som vill prata.' },
  { text: 'Vår skolsköterska Maria finns på plats i elevhälsan varje torsdag.' },
  { text: 'Ring oss gärna på 0322-61 60 00 eller mejla kontaktcenter@alingsas.se.' },
  { text: 'Kolla in #AlingsåsKommun och följ @alingsaskommun på Instagram.' },
  { text: 'Biblioteket har talböcker för dig med dyslexi.' },
  { text: 'Teckenspråkstolk finns på plats för döva och hörselskadade.' },
  { text: 'Pingstkyrkan och Svenska kyrkan bjuder in till gemensam gudstjänst i Nolhaga.' },
  { text: 'Nya bänkar på Stora torget. Foto: Anna Ek', media: [{ type: 'image' }] },
  { text: 'Vårens första utedag på förskolan!', media: photo() },
  { text: 'Kommunstyrelsens ordförande Per Svensson invigde Nolhagabadet.', media: photo({ showsPeople: true }) },
  { text: 'Lucia på Ängabo blev fint i år.', media: photo({ showsPeople: true, consent: 'documented' }) },
  { text: 'Välkommen till öppet hus på Noltorpsskolan!', media: photo({ showsPeople: false }) },
];

// General information on sensitive subjects, with no identifiable person: no pd- or bild- finding.
export const sensitiveTopicsWithoutPerson: string[] = [
  'Vaccinationer mot influensa startar i oktober på vårdcentralerna.',
  'Influensavaccinationen startar den 15 oktober.',
  'Ramadan börjar i morgon – Ramadan Kareem till alla som firar!',
  'Välkommen till Pride-veckan i Alingsås!',
  'Vårdcentralen Alingsås har nya öppettider från 1 mars.',
];
export const crimePrevention: string[] = ['Polisen varnar för bedrägerier med falska fakturor.', 'Så skyddar du dig mot inbrott i sommar – tips från polisen.', 'Vi har polisanmält klottret på skolan och sanerar i dag.'];
export const socialServicesInGeneral: string[] = [
  'Vill du bli familjehem? Vi berättar mer på informationskvällen 12 mars.',
  'Vi söker familjehem för ett syskonpar i 10-årsåldern.',
  'Socialtjänsten har öppet hus i Stadshuset på torsdag.',
  'Ansök om ekonomiskt bistånd via e-tjänsten.',
];
