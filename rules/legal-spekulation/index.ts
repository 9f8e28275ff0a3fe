import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import hedgeData from './hedges.json' with { type: 'json' };
import forecastData from './forecast.json' with { type: 'json' };
import kanskeContextData from './kanske-context.json' with { type: 'json' };

export default defineRule(
  {
    id: 'legal-spekulation',
    category: 'legal',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    lists: {
      hedges: hedgeData,
      forecast: forecastData,
      kanskeContext: kanskeContextData,
    },
    severity: 'info',
    title: 'Spekulation eller rykte som fakta',
    description:
      '"Svara på inlägg och frågor utifrån det du vet – inte det du tror." (Valdemarsviks kommun). Myndigheter ska vara korrekta i sakpåståenden. Om något är osäkert, säg det öppet och tala om när och var det kommer ny information. Prognoser, väder och inbjudningar ("Kanske ses vi på festivalen?") är inte spekulation.',
    basis: ['Valdemarsviks kommun: hantera sociala medier', 'Myndigheternas skrivregler §2.3', 'Förvaltningslagen (2017:900) 6 § (god service, korrekt information)'],
    examples: [
      {
        bad: 'Vattnet är förmodligen tillbaka i kväll, det sägs att felet är hittat.',
        good: 'Vi har hittat läckan. Vi räknar med att vattnet är tillbaka i kväll och uppdaterar här kl. 18.',
        findings: [
          { actual: 'förmodligen', severity: 'info' },
          { actual: 'det sägs att', severity: 'info' },
        ],
      },
    ],
  },
  (settings) => {
    const hedges = settings.lists.hedges!;
    const forecast = settings.lists.forecast!;
    const kanskeContext = settings.lists.kanskeContext!;
    const invitation = new Set(hedgeData.invitation);
    return (_tree, file) => {
      const context = contextOf(file);
      const hits = hedges.find(context);
      if (hits.length === 0) return;
      const { tokens, sentences, text } = context;
      const forecastSentences = new Set(forecast.find(context).map((hit) => tokens[hit.firstToken]!.sentence));
      const sentenceOf = (index: number) => sentences.find((sentence) => index >= sentence.firstToken && index < sentence.lastToken);
      let timedSentences: Set<number> | undefined;
      for (const hit of hits) {
        const token = tokens[hit.firstToken]!;
        if (forecastSentences.has(token.sentence)) continue;
        if (hit.form === 'kanske') {
          // An ordinary "kanske" ("det är kanske den vackraste platsen") is not a claim: only one about when or why.
          timedSentences ??= new Set(kanskeContext.find(context).map((found) => tokens[found.firstToken]!.sentence));
          if (!timedSentences.has(token.sentence)) continue;
          const sentence = sentenceOf(hit.firstToken);
          // "Kanske ses vi på festivalen?": questions and invitations are not claims.
          if (sentence && (/[?]\s*$/u.test(text.slice(sentence.start, sentence.end + 1)) || tokens.slice(sentence.firstToken, sentence.lastToken).some((word) => invitation.has(word.lower)))) continue;
        }
        report(file, settings, {
          start: hit.start,
          end: hit.end,
          message: 'Skriv bara det du vet. Om något är osäkert – säg det och hänvisa till var uppdaterad information kommer.',
        });
      }
    };
  },
);
