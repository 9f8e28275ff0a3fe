/**
 * Realistic Swedish municipal posts of an exact length, generated from a fixed seed so that every
 * bench run measures the same texts. They carry what real posts do: abbreviations (bl.a., t.ex.,
 * kl.), dates and times, a URL, an e-mail address, a phone number, an @mention, hashtags, emoji,
 * quotes and a year range.
 */

const sentences = [
  'Välkommen till öppet hus på stadsbiblioteket den 24 nov. kl. 18.00!',
  'Under kvällen berättar bibliotekarierna om bl.a. nya e-böcker, lättläst och talböcker.',
  'Kommunstyrelsen har beslutat att bygga en ny förskola i Norrby med plats för ca 120 barn.',
  'Bygget startar i vår och beräknas vara klart under 2026–2027.',
  'Har du frågor om snöröjningen kan du ringa kontaktcenter på 0322-61 60 00.',
  'Du kan också mejla oss på kommun@alingsas.se så svarar vi inom två arbetsdagar.',
  'Läs mer på https://www.alingsas.se/uppleva-och-gora/bibliotek/ där du hittar hela programmet.',
  'Tack till alla som kom på medborgardialogen om den nya kulturplanen 📚',
  'Vi vill gärna höra vad du tycker, t.ex. om öppettider, utbud och tillgänglighet.',
  'Återvinningscentralen i Sävelund har stängt på måndag p.g.a. underhåll.',
  '”Det här är en viktig dag för hela Alingsås”, säger kommunstyrelsens ordförande.',
  'Simhallen öppnar igen efter renoveringen och har nu en ny bassäng för babysim 🏊',
  'Följ @alingsaskommun för fler nyheter från kommunen.',
  'Skolans elever har under hösten arbetat med hållbarhet och presenterar sina resultat i aulan.',
  'Biljetter till julkonserten släpps den 1 dec. och kostar 150 kr för vuxna, gratis för barn under 16 år.',
  'Vägarbetet på Göteborgsvägen pågår vecka 45–48; räkna med längre restid.',
  'Ansök om föreningsbidrag senast den 31 januari via e-tjänsten.',
  'Vi söker fler familjehem – kanske är det du som kan göra skillnad för ett barn? 💛',
  'Tillgänglighetsanpassningen av Stora torget är nu klar, med bl.a. ledstråk och fler bänkar.',
  'Hemtjänsten fick högsta betyg i årets brukarundersökning, 92 procent är nöjda.',
  'Fritidsgården har öppet till kl. 22.00 på fredagar under sommarlovet.',
  'Kommunfullmäktige sammanträder på torsdag och mötet sänds direkt på webben.',
  'Tyck till om det nya cykelvägnätet senast den 15 mars!',
  'Vattnet kan vara missfärgat i Bjärke efter ledningsarbetet, men det går bra att dricka 👍',
];

const hashtagBlocks = ['#Alingsås #bibliotek #öppethus', '#Alingsås #kommun', '#Alingsås #förskola #Norrby', '#kultur #Alingsås'];
const fillerWords = ['och', 'i', 'på', 'vi', 'ses', 'där', 'hej', 'välkommen', 'alla', 'till', 'kommunen'];

/** mulberry32: small, fast and deterministic. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A post of exactly `length` UTF-16 code units: paragraphs of 2–5 sentences, a hashtag line at the end. */
export function municipalPost(length: number, seed = 2025): string {
  const next = random(seed + length);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const tags = pick(hashtagBlocks);
  const bodyLength = length - tags.length - 2;
  let body = '';
  let inParagraph = 0;
  for (;;) {
    const sentence = pick(sentences);
    const separator = body === '' ? '' : inParagraph >= 2 + Math.floor(next() * 4) ? '\n\n' : ' ';
    if (body.length + separator.length + sentence.length > bodyLength) break;
    inParagraph = separator === '\n\n' ? 1 : inParagraph + 1;
    body += separator + sentence;
  }
  // Pad with short words to the exact length; the last unit is a full stop.
  while (bodyLength - body.length > 1) {
    const room = bodyLength - body.length - 2;
    const fitting = fillerWords.filter((word) => word.length <= room);
    if (fitting.length === 0) break;
    body += ` ${pick(fitting)}`;
  }
  body = body.padEnd(bodyLength, '.');
  const post = `${body}\n\n${tags}`;
  if (post.length !== length) throw new Error(`generated ${post.length} units, wanted ${length}`);
  return post;
}
