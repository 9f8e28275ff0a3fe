import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { phraseFile } from '../core/lexicon/index.ts';
import { contextOf, type Span } from '../core/context.ts';
import { report } from '../core/report.ts';
import { data } from './words.schema.ts';
import introWords from './intros.json' with { type: 'json' };

type Kind = 'threat' | 'content' | 'descriptor';

const message = 'Innehållet kan vara uppenbart brottsligt. Återpublicera det inte. Spara, anmäl och ta bort enligt rutinen.';

export default defineRule(
  {
    id: 'legal-bbs-brottsligt-innehall',
    category: 'legal',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    lists: { intros: introWords },
    severity: 'error',
    title: 'Möjligt brottsligt innehåll i återpublicerat material',
    description:
      'Den som tillhandahåller en elektronisk anslagstavla – även en kommun – ska ha uppsikt och ta bort meddelanden som uppenbart utgör t.ex. olaga hot, hets mot folkgrupp, barnpornografibrott, olaga våldsskildring eller upphovsrättsintrång (lag 1998:112). Sådant innehåll ska inte citeras eller delas vidare, inte ens för att ta avstånd från det. Att berätta att kommunen har fått hot, utan att återge dem, är bra.',
    basis: ['Lag (1998:112) om ansvar för elektroniska anslagstavlor, 4–5 §§', 'Brottsbalken 4 kap. 5 § (olaga hot) och 16 kap. 8 § (hets mot folkgrupp)', 'Svenska Kommunförbundet cirkulär 1998:75'],
    examples: [
      {
        bad: 'Så här skrev någon till oss i går: "[hotfullt citat]"',
        good: 'Vi har fått hotfulla meddelanden och har polisanmält dem. Hot mot våra medarbetare accepteras aldrig.',
        findings: [
          { actual: 'hotfullt', severity: 'error' },
        ],
      },
      {
        bad: 'En följare skrev: "Jag vet var du bor och du ska dö."',
        good: 'Vi har fått ett hotfullt meddelande och har polisanmält det.',
        findings: [
          { actual: 'Jag vet var du bor', severity: 'error' },
          { actual: 'du ska dö', severity: 'error' },
        ],
      },
      {
        // Hets mot folkgrupp: a group called vermin or told to leave, repeated in a quotation.
        bad: 'Vi delar vidare: ”Alla invandrare borde skickas hem, de är parasiter.”',
        good: 'Vi har fått kommentarer som hetsar mot en folkgrupp. De är borttagna och polisanmälda.',
        findings: [
          { actual: 'borde skickas hem', severity: 'error' },
          { actual: 'är parasiter', severity: 'error' },
        ],
      },
    ],
    options: z.strictObject({
      /** Slurs and hate terms the organisation wants flagged; kept in the profile, not in code. */
      slurs: z.array(z.string()).default([]),
    }),
  },
  (settings) => {
    const content = [...data.violence, ...data.hate, ...data.minors, ...data.crimeCalls, ...settings.options.slurs.map((slur) => slur.toLowerCase())];
    const list = settings.lexicon.list(phraseFile(`${data.source} Slurs: the profile's options.`, { threat: data.threats, content, descriptor: data.descriptors }));
    const intros = settings.lists.intros!;
    return (_tree, file) => {
      const context = contextOf(file);
      const { text } = context;
      const hits = list.find(context);
      // Reposted material: quotations, and what follows "skrev någon:" to the end of its paragraph.
      const reposted: Span[] = [...context.quotes];
      for (const intro of hits.length > 0 ? intros.find(context) : []) {
        const end = text.indexOf('\n\n', intro.end);
        reposted.push({ start: intro.end, end: end === -1 ? text.length : end, value: '' });
      }
      const inReposted = (start: number, end: number) => reposted.some((span) => start >= span.start && end <= span.end);
      const inQuote = (start: number, end: number) => context.quotes.some((quote) => start >= quote.start && end <= quote.end);
      for (const hit of hits) {
        const reposting = inReposted(hit.start, hit.end);
        // Words that describe threats ("hotfulla meddelanden") only matter inside what is reposted.
        if (hit.entry.tag === 'descriptor' && !(reposting && inQuote(hit.start, hit.end))) continue;
        // Violent verbs ("spränga berget") and hate terms are reported only where someone else's words are repeated.
        if (hit.entry.tag === 'content' && !reposting) continue;
        report(file, settings, {
          start: hit.start,
          end: hit.end,
          // Quoting is exactly what this rule is about: undo the automatic lowering for quotes.
          shift: inQuote(hit.start, hit.end) ? 1 : 0,
          message,
        });
      }
      for (const source of context.sources) {
        if (source.kind !== 'url' || !data.piracyHosts.some((host) => source.value.toLowerCase().includes(host))) continue;
        report(file, settings, { start: source.start, end: source.end, message });
      }
    };
  },
);
