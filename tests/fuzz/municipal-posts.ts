/**
 * Realistic posts from a Swedish municipality's accounts, written for the fix-safety property test.
 * Fictional people, numbers and codes; each post carries the kinds of text a one-click fix must leave
 * alone (account numbers, discount and campaign codes, addresses, e-mail addresses, mentions, dates,
 * phone numbers) next to the kinds of text the rules do fix.
 */
export const municipalPosts: string[] = [
  'Insamlingen till Ukraina fortsätter! Swisha till Eriks konto 8327-9, 123 456 789-0 senast fredag. Ni som vill hjälpa till på plats är välkomna till Stora torget kl 10-14.',
  'Missa inte Kafé Solsidans semlor – 20 % rabatt med koden ALINGSAS! Gäller t.o.m. 2025-03-31.',
  'Använd rabattkoden SOMMAR25 när du bokar simskola på https://www.alingsas.se/simskola. Frågor? Mejla kontaktcenter@alingsas.se eller ring 0322616000.',
  'OBS! VIKTIG INFORMATION OM SOPHÄMTNINGEN. Sophämtningen flyttas v. 52 2025. Tack @Alingsåshem för hjälpen!',
  'Ni som bor i Noltorp: vattnet stängs av 15.4.2025 mellan kl 8.00-16.30. Vi hjälper Er gärna, ring 0322-61 60 00.',
  'Kommunen bygger en ny förskola i Brunnsbo. Kommunen räknar med att den öppnar i augusti 2026 och kostar 2,500,000 kronor.',
  'Ansökan om bygglov ska skickas in senast 1 mars. Dnr KS 2022-277. Läs mer på alingsas.se/bygglov.',
  'Betala avgiften till bankgiro 5050-1055 och märk inbetalningen med kampanjkoden KULTUR2025.',
  'Skänk en slant: SE45 5000 0000 0583 9825 7466. Alla bidrag går oavkortat till Musikhjälpen.',
  'Välkommen på 𝗞𝗨𝗟𝗧𝗨𝗥𝗡𝗔𝗧𝗧𝗘𝗡 den 26 april! Programmet finns på alingsas.se/kulturnatten 🎉🎉🎉',
  '✅ Ta med badkläder\n✅ Ta med handduk\n✅ Ta med lunch\nAnmäl dig senast 2025-06-01 till fritid@alingsas.se.',
  'Biblioteket har öppet mellan kl 10-18 på vardagar och 11.00-15.00 på lördagar. Välkomen!',
  'Nu startar #simskola på #Nolhagabadet för alla #barn i #Alingsås! Koden BAD2025 ger gratis entré.',
  'Över 10.000 besökare kom till Estrad i fjol, och 3.5 procent fler än året innan. Ring 031-12 34 56 för biljetter.',
  'Har du frågor är Du välkommen att ringa oss på +46322616000 eller skriva till @AlingsasKommun.',
  'För att erhålla parkeringstillstånd erfordras att ansökan inkommer senast fredag via alingsas.se/parkering.',
  'Mannen dömdes till fängelse i tingsrätten i går. Kommunen kommenterar inte enskilda ärenden.',
  'Läsåret 2025-26 börjar den 18 augusti. Skolskjutsen går 7.15-7.45 från Sollebrunn, linje 521.',
  'Följ oss på @alingsaskommun och använd #AlingsåsKommun när du delar bilder från sommaren!',
  'Sista ansökningsdag för föreningsbidrag är 2025-09-30. Ta med bl.a. årsredovisning, ev. verksamhetsplan m.m.',
  'Plusgiro 90 01 22-3 gäller för alla gåvor till julinsamlingen. Kod JUL24 anges som meddelande.',
  'Ring Kalle på 070-123 45 67 om du har hittat en katt i Stadsskogen.',
  'Ta med pass och/eller körkort samt busskort. Mötet hålls i Stadshuset, sal B2, den 3/10 kl. 18.',
  'Vägarbetet på Kungsgatan 12–18 blir klart v. 14 2026, haha. Information angående omledningen finns på alingsas.se/trafik.',
  'Anmäl dig till simskolan på alingsas.se/simskola eller skanna QR-koden på affischen. Länk i bio!',
  'Grattis till Maja på Brunnsvägen 4 som fyller 100 år! Hälsningar från hela hemtjänsten 🎂',
];

/**
 * Passives whose doer is not the writer: a court, an accident, the reader. No message or fix may turn
 * them into an active sentence with a subject the text never had ("vi dömde"). Data, so that the
 * check holds any rewrite of ton-passiv-s to the same standard.
 */
export interface PassiveCase {
  text: string;
  passive: string;
}

export const passivesWithoutUs: PassiveCase[] = [
  { text: 'Mannen dömdes till fängelse i tingsrätten.', passive: 'dömdes' },
  { text: 'Två personer skadades i olyckan på E20 i natt.', passive: 'skadades' },
  { text: 'Ansökan ska skickas in senast fredag.', passive: 'ska skickas' },
  { text: 'En man greps av polisen i centrum i natt.', passive: 'greps' },
  { text: 'Hon utsågs till årets ledare av föreningen.', passive: 'utsågs' },
];
