import { defineRule } from '../core/define.ts';
import { atSentenceStart, matchCase } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { data } from './tilltal.schema.ts';

// The message names the first fix as written, so that it and the one-click fix say the same thing:
// "Du" at the start of a sentence, "du" (and "dig", "din" …) with a small letter inside one.
const message = 'Tilltala läsaren med du: skriv "{forslag}" i stället för "{match}". "{match}" kan kännas stelt eller otydligt.';
const groupMessage = 'När du vänder dig till en grupp går "ni" bra, men skriv "{forslag}" med liten bokstav inne i meningen.';
const capitalMessage = 'Skriv "{forslag}" med liten bokstav inne i meningen. "{match}" med stor bokstav kan kännas stelt.';
const polite = new Map(Object.entries(data.polite));
const capitalDu = new Map(Object.entries(data.capitalDu));
const groupWords = new Set(data.groupWords);
const possessiveNext = new Set(data.possessiveNext);

const isCapitalised = (token: Token) => token.value.charAt(0) !== token.lower.charAt(0);

/** The du-forms for a polite "Er": "dig" as an object ("hjälper Er gärna"), "din" before a noun ("Er ansökan"). */
function duForms(token: Token, next: Token | undefined): string[] {
  const forms = polite.get(token.lower)!;
  if (token.lower !== 'er') return forms;
  const beforeNoun = next?.kind === 'word' && (possessiveNext.has(next.lower) || /(?:an|ing|ning|het|else|tion)$/u.test(next.lower));
  return beforeNoun ? ['din', 'dig'] : ['dig', 'din'];
}

export default defineRule(
  {
    id: 'ton-du-tilltal-ni',
    category: 'tone',
    severity: 'warning',
    languages: ['sv'],
    title: 'Tilltala läsaren med du',
    description:
      'Myndigheternas skrivregler rekommenderar "du" med liten bokstav som normalt tilltal till enskilda, även när texten riktar sig till många individer. "Ni" används till flera personer som grupp eller till juridiska personer. När det tydligt är en grupp ("alla ni", "ni föreningar") blir det bara ett tips.',
    basis: ['Myndigheternas skrivregler §1.2.5 och §8.2.1', 'Stockholms stad: Tillgänglighet på sociala medier'],
    examples: [
      {
        bad: 'Ni som bor i Alingsås kan nu söka bidrag. Vi hjälper Er gärna.',
        good: 'Du som bor i Alingsås kan nu söka bidrag. Vi hjälper dig gärna.',
        findings: [
          { actual: 'Ni', severity: 'warning', expected: ['Du'] },
          { actual: 'Er', severity: 'warning', expected: ['dig', 'din', 'er'] },
        ],
      },
      {
        bad: 'Har du frågor är Du välkommen att ringa oss.',
        good: 'Har du frågor är du välkommen att ringa oss.',
        findings: [
          { actual: 'Du', severity: 'warning', expected: ['du'] },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { tokens } = context;
    // A group named in the sentence or the one before ("Vi tackar alla frivilliga … Ni samlade …").
    const candidates: Token[] = [];
    for (const token of tokens) {
      if (token.kind === 'word' && token.value.length <= 4 && isCapitalised(token) && (polite.has(token.lower) || capitalDu.has(token.lower))) candidates.push(token);
    }
    if (candidates.length === 0) return;
    // Group words per sentence, counted once: scanning the sentences again for each candidate grows
    // with candidates × sentence length ("Ni Ni Ni …" is one long sentence).
    // Counted when a polite form needs it: a capital "Du" opening a sentence, the common case, does not.
    let groupWordsIn: Map<number, number> | undefined;
    const groupCounts = () => {
      if (groupWordsIn) return groupWordsIn;
      groupWordsIn = new Map();
      for (const token of tokens) if (groupWords.has(token.lower)) groupWordsIn.set(token.sentence, (groupWordsIn.get(token.sentence) ?? 0) + 1);
      return groupWordsIn;
    };
    /** A group named in the token's sentence (other than the token itself) or the one before. */
    const groupNear = (token: Token) =>
      (groupCounts().get(token.sentence) ?? 0) - (groupWords.has(token.lower) ? 1 : 0) > 0 || (groupCounts().get(token.sentence - 1) ?? 0) > 0;

    // Each finding is built only if it is shown (report's budget): a post can hold thousands of "Ni".
    for (const token of candidates) {
      const sentenceStart = atSentenceStart(context, token.index);
      const next = tokens[token.index + 1];
      if (polite.has(token.lower)) {
        if (sentenceStart) {
          // "Ni som bor i Alingsås …" to one reader; with a group in sight ("Ni som är föreningar …") only a tip.
          report(file, settings, () => {
            const forms = duForms(token, next).map((form) => matchCase(token.value, form));
            return { start: token.start, end: token.end, message: format(message, { match: token.value, forslag: forms[0]! }), expected: forms, shift: groupNear(token) ? -1 : 0 };
          });
        } else {
          // The polite capital mid-sentence ("Vi hjälper Er gärna"): du, or at least a small letter.
          report(file, settings, () => {
            const group = groupNear(token);
            const forms = group ? [token.lower] : [...duForms(token, next), token.lower];
            return { start: token.start, end: token.end, message: format(group ? groupMessage : message, { match: token.value, forslag: forms[0]! }), expected: forms, shift: group ? -1 : 0 };
          });
        }
        continue;
      }
      if (!sentenceStart && capitalDu.has(token.lower) && token.value !== token.value.toUpperCase()) {
        const form = capitalDu.get(token.lower)!;
        report(file, settings, () => ({ start: token.start, end: token.end, message: format(capitalMessage, { match: token.value, forslag: form }), expected: [form] }));
      }
    }
  },
);
