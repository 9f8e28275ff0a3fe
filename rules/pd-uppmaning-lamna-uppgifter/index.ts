import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { report } from '../core/report.ts';
import data from './phrases.json' with { type: 'json' };


/**
 * In one sentence: a verb asking the reader to give something (skriv, skicka, ange, berätta, DM:a …)
 * and personal data (personnummer, diagnos …, or "ditt/din" + nummer, adress …), unless the sentence
 * sends the reader to a safe channel (e-tjänst, blankett, telefon, e-post) without also naming the open
 * channel (kommentarerna, DM, inbox, "här").
 */
export default defineRule(
  {
    id: 'pd-uppmaning-lamna-uppgifter',
    category: 'personal-data',
    severity: 'warning',
    title: 'Uppmaning att lämna personuppgifter i kanalen',
    description:
      'Det man skriver till kommunen i sociala medier blir allmänna handlingar, även direktmeddelanden kan diarieföras, och uppgifterna förs över till plattformen (tredje part). Flera kommuner avråder från att skicka känslig information via sociala medier. Hänvisa i stället till e-tjänst, telefon eller e-post.',
    basis: ['GDPR art. 5.1 c (uppgiftsminimering) och art. 32', 'Tryckfrihetsförordningen 2 kap. (allmänna handlingar)', 'Ängelholms och Kungsbackas regler för sociala medier'],
    languages: ['sv'],
    lists: { phrases: data },
    examples: [
      {
        bad: 'Har du fått fel faktura? Skriv ditt personnummer i ett DM så kollar vi!',
        good: 'Har du fått fel faktura? Ring kontaktcenter eller använd vår e-tjänst så hjälper vi dig.',
        findings: [
          { actual: 'Skriv ditt personnummer', severity: 'warning' },
        ],
      },
      {
        bad: 'Berätta i kommentarerna om din diagnos och hur du har fått stöd!',
        good: 'Vill du berätta om hur du har fått stöd? Mejla kontaktcenter@alingsas.se.',
        findings: [
          { actual: 'Berätta i kommentarerna om din diagnos', severity: 'warning' },
        ],
      },
      {
        bad: 'Vill du ha en återkoppling? Lämna ditt telefonnummer här nedan.',
        good: 'Vill du ha en återkoppling? Ring kontaktcenter på 0322-61 60 00.',
        findings: [
          { actual: 'Lämna ditt telefonnummer', severity: 'warning' },
        ],
      },
    ],
  },
  (settings) => {
    const list = settings.lists.phrases!;
    const yours = new Set(data.yourWords);
    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens } = context;
      const hits = list.find(context);
      if (!hits.some((hit) => hit.entry.tag === 'verb')) return;
      const bySentence = new Map<number, typeof hits>();
      for (const hit of hits) {
        const sentence = tokens[hit.firstToken]!.sentence;
        const list = bySentence.get(sentence);
        if (list) list.push(hit);
        else bySentence.set(sentence, [hit]);
      }
      for (const sentenceHits of bySentence.values()) {
        const verb = sentenceHits.find((hit) => hit.entry.tag === 'verb');
        if (!verb) continue;
        const data = sentenceHits.find((hit) => hit.entry.tag === 'strong' || (hit.entry.tag === 'data' && yours.has(tokens[hit.firstToken - 1]?.lower ?? '')));
        if (!data) continue;
        const social = sentenceHits.some((hit) => hit.entry.tag === 'social');
        const safe = sentenceHits.some((hit) => hit.entry.tag === 'safe');
        if (safe && !social) continue;
        const start = Math.min(verb.start, data.start);
        const end = Math.max(verb.end, data.end);
        report(file, settings, {
          start,
          end,
          message: 'Be inte följare lämna personuppgifter i sociala medier. Hänvisa till e-tjänst, telefon eller e-post.',
        });
      }
    };
  },
);
