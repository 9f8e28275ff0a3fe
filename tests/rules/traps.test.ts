import { describe, expect, test } from 'vitest';
import { parseSwedish } from '../../rules/core/parse.ts';
import { buildContext } from '../../rules/core/context.ts';
import { defaultLinter } from '../support/linter.ts';

// Words from the rules' lists that are also common in edited prose: each has a guard, held here.
const flagged = (text: string, id: string) =>
  defaultLinter
    .lintPost({ text, channels: [] })
    .messages.filter((message) => message.ruleId === id)
    .map((message) => message.actual);

describe('a sentence ends after a number when a new sentence follows', () => {
  const sentences = (text: string) => {
    const { tree, sources } = parseSwedish(text);
    return buildContext(tree, text, sources, { channels: [], media: [] }).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
  };
  test('a house number and a service number end their sentence', () => {
    expect(sentences('Vi flyttar till Norra Kungsvägen 10. Det innebär att kontoret är stängt.')).toEqual([
      'Vi flyttar till Norra Kungsvägen 10.',
      'Det innebär att kontoret är stängt.',
    ]);
    expect(sentences('Ring 113 13. Det är gratis.')).toEqual(['Ring 113 13.', 'Det är gratis.']);
  });
  test('a time after "kl." and a lowercase word after a number stay in their sentence', () => {
    expect(sentences('Vi ses kl. 10. Välkomna!')).toEqual(['Vi ses kl. 10.', 'Välkomna!']);
    expect(sentences('Det kostar 10 kr. per person.')).toHaveLength(1);
  });
});

describe('neutral-partipolitik', () => {
  test('"borgerlig vigsel" is a service the kommun offers, not a bloc', () => {
    expect(flagged('Välkommen till borgerlig vigsel i Stadshuset på lördag!', 'neutral-partipolitik')).toEqual([]);
    expect(flagged('Borgerliga begravningar hålls i kapellet.', 'neutral-partipolitik')).toEqual([]);
  });
  test('the borgerliga parties still count', () => {
    expect(flagged('De borgerliga partierna vill sänka skatten.', 'neutral-partipolitik')).toEqual(['borgerliga']);
  });
});

describe('ton-passiv-s', () => {
  test('"vars", "förstås" and "i våras" are not passives', () => {
    expect(flagged('Anna, vars son går här, kan förstås komma. Vi byggde om i våras och i höstas.', 'ton-passiv-s')).toEqual([]);
  });
  test('a narrative passive is left alone; one that hides who must act is not', () => {
    expect(flagged('Skolan byggdes 1965 och han dömdes till böter.', 'ton-passiv-s')).toEqual([]);
    expect(flagged('Ansökan ska skickas in senast fredag.', 'ton-passiv-s')).toEqual(['ska skickas']);
    expect(flagged('Det föreslås en ny förskola.', 'ton-passiv-s')).toEqual(['föreslås']);
  });
});

describe('legal-spekulation', () => {
  test('an ordinary "kanske" is not speculation', () => {
    expect(flagged('Det är kanske den vackraste platsen i Alingsås.', 'legal-spekulation')).toEqual([]);
    expect(flagged('Kanske var klädkoden för stel.', 'legal-spekulation')).toEqual([]);
  });
  test('"kanske" about when or why something happens is', () => {
    expect(flagged('Skolan stängs kanske i morgon.', 'legal-spekulation')).toEqual(['kanske']);
    expect(flagged('Felet beror kanske på kylan.', 'legal-spekulation')).toEqual(['kanske']);
  });
});

describe('klar-alderdomliga-ord and klar-okanda-forkortningar on edited prose', () => {
  test('"sade" attributing a quote is the newspaper convention; elsewhere it is a tip', () => {
    expect(flagged('”Vi är glada”, sade rektorn.', 'klar-alderdomliga-ord')).toEqual([]);
    expect(flagged('Rektorn sade att alla är välkomna.', 'klar-alderdomliga-ord')).toEqual(['sade']);
  });
  test('a regnal number and abbreviations every reader knows are not internal abbreviations', () => {
    expect(flagged('Karl XII och Thutmosis III var kungar.', 'klar-okanda-forkortningar')).toEqual([]);
    expect(flagged('Hon berättade det för BBC och CNN.', 'klar-okanda-forkortningar')).toEqual([]);
    expect(flagged('Kontakta ÖKK om du har frågor.', 'klar-okanda-forkortningar')).toEqual(['ÖKK']);
  });
});
