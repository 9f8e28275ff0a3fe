import { describe, expect, test } from 'vitest';
import { languageNoteText } from '../../client/src/editor/LanguageNote.tsx';
import { defaultLinter } from '../support/linter.ts';

const noteFor = (text: string) => languageNoteText(defaultLinter.lintPost({ text, channels: [] }).stats);

describe('the editor\'s note on the post\'s language', () => {
  test('a Swedish post gets no note', () => {
    expect(noteFor('Välkommen till biblioteket på lördag! Vi har sagostund för barnen.')).toBeNull();
  });
  test('a Finnish post: the language by its Swedish name, and which checks did not run', () => {
    const note = noteFor('Kirjaston aukioloajat muuttuvat ensi viikolla. Lainaa kirjoja ja lue lehtiä meillä joka päivä.');
    expect(note).toMatch(/^Texten verkar vara på finska, så kontrollerna som bygger på svenska ord \(ton, klarspråk och känsliga uppgifter\) har inte körts\./u);
    expect(note).toContain('Personnummer, telefonnummer, e-post');
  });
  test('a Swedish post with an Arabic paragraph names the paragraph\'s language', () => {
    const note = noteFor('Nu kan du ansöka om plats i förskolan via vår e-tjänst. Sista dag är den 31 mars.\n\nيمكنك الآن التقدم بطلب للحصول على مكان في الروضة عبر خدمتنا الإلكترونية.');
    expect(note).toBe('Ett eller flera stycken verkar vara på arabiska. Där har kontrollerna som bygger på svenska ord (ton, klarspråk och känsliga uppgifter) inte körts.');
  });
});
