import { defineRule } from '../core/define.ts';
import { atSentenceStart, matchCase, phraseFile } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import data from './avsandare.json' with { type: 'json' };

// The message quotes the fix as written ("Vi informerar" at the start of a sentence).
const message = 'Skriv gärna "vi" i stället för att upprepa "{match}": "{forslag}". Avsändaren syns redan i kontot.';
const weWords = new Set(data.weWords);
const finiteVerbs = new Set(data.finiteVerbs);
// Present ("stänger"), present of -s verbs ("hoppas", "anses") and weak past ("meddelade"): word formation, not a list.
const finiteForm = /^\p{Ll}{2,}(?:ar|er|ir|or|ur|yr|år|är|ör|as|ade)$/u;
const minRepeats = 2;

const isFiniteVerb = (token: Token | undefined) => token !== undefined && token.kind === 'word' && (finiteVerbs.has(token.lower) || finiteForm.test(token.value));

export default defineRule(
  {
    id: 'ton-vi-i-stallet-for-kommunen',
    category: 'tone',
    severity: 'info',
    languages: ['sv'],
    lists: { announcements: data },
    title: 'Skriv vi i stället för kommunens namn',
    description:
      'Enligt Myndigheternas skrivregler måste avsändaren framgå men behöver inte ständigt upprepas. Använd gärna personliga pronomen som vi och jag. I sociala medier: "Skriv personligt och ledigt och använd gärna ord som jag, vi och du." Formella beslut ("Kommunfullmäktige har beslutat …") och meningar där någon annan gör något flaggas inte.',
    basis: ['Myndigheternas skrivregler §1.2.5 och §2.3'],
    examples: [
      {
        bad: 'Alingsås kommun informerar: Alingsås kommun stänger Nolhagabadet på måndag.',
        good: 'Vi stänger Nolhagabadet på måndag för reparation.',
        findings: [
          { actual: 'Alingsås kommun informerar', severity: 'info', expected: ['Vi informerar'] },
          { actual: 'Alingsås kommun', severity: 'info', expected: ['Vi'] },
        ],
      },
      {
        // A verb of any tense or in -s form counts: "har beslutat", "hoppas", "meddelade".
        bad: 'Kommunen har beslutat att förlänga öppettiderna. Kommunen hoppas att fler hittar dit.',
        good: 'Vi har beslutat att förlänga öppettiderna. Vi hoppas att fler hittar dit.',
        findings: [
          { actual: 'Kommunen', severity: 'info', expected: ['Vi'] },
          { actual: 'Kommunen', severity: 'info', expected: ['Vi'] },
        ],
      },
      {
        bad: 'Kommunen bygger en ny förskola i Noltorp. Kommunen räknar med att den öppnar i augusti.',
        good: 'Vi bygger en ny förskola i Noltorp. Vi räknar med att den öppnar i augusti.',
        findings: [
          { actual: 'Kommunen', severity: 'info', expected: ['Vi'] },
          { actual: 'Kommunen', severity: 'info', expected: ['Vi'] },
        ],
      },
    ],
  },
  (settings) => {
    const { organisation } = settings.profile;
    const names = settings.lexicon.list(phraseFile('the profile: organisation.name and selfNames', { name: [organisation.name, ...organisation.selfNames] }));
    const announcements = settings.lists.announcements!;
    return (_tree, file) => {
      const context = contextOf(file);
      const { tokens, text } = context;
      const hits = names.find(context);
      if (hits.length === 0) return;
      const usesWe = context.words.some((word) => weWords.has(word.lower));
      const subjects: { start: number; end: number; name: string; announcement: boolean; fix: string }[] = [];
      const announcementAt = new Map(announcements.find(context).map((hit) => [hit.firstToken, hit]));
      for (const hit of hits) {
        const after = tokens[hit.lastToken];
        const before = tokens[hit.firstToken - 1];
        const sameSentence = (token: Token | undefined) => token !== undefined && token.sentence === tokens[hit.firstToken]!.sentence;
        const announcement = sameSentence(after) ? announcementAt.get(hit.lastToken) : undefined;
        if (announcement) {
          // "Alingsås kommun informerar" → "Vi informerar".
          const written = text.slice(hit.start, hit.end);
          subjects.push({ start: hit.start, end: announcement.end, name: written, announcement: true, fix: `${matchCase(written, 'vi')}${text.slice(hit.end, announcement.end)}` });
          continue;
        }
        const first = atSentenceStart(context, hit.firstToken);
        if (sameSentence(after) && isFiniteVerb(after)) {
          // "Kommunen stänger …"; a name in mid-sentence before a verb may be an object clause ("… att kommunen har"), still the subject.
          subjects.push({ start: hit.start, end: hit.end, name: text.slice(hit.start, hit.end), announcement: false, fix: first ? 'Vi' : 'vi' });
        } else if (sameSentence(before) && isFiniteVerb(before) && !first) {
          // Inverted: "På måndag stänger kommunen …".
          subjects.push({ start: hit.start, end: hit.end, name: text.slice(hit.start, hit.end), announcement: false, fix: 'vi' });
        }
      }
      const repeated = !usesWe && subjects.length >= minRepeats;
      for (const subject of subjects) {
        if (!subject.announcement && !repeated) continue;
        report(file, settings, { start: subject.start, end: subject.end, message: format(message, { match: subject.name, forslag: subject.fix }), expected: [subject.fix] });
      }
    };
  },
);
