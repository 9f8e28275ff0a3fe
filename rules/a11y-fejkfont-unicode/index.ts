import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { data } from './ranges.schema.ts';

const hex = (code: string) => `\\u{${code}}`;
const classBody = [
  ...data.ranges.map(([from, to]) => `${hex(from!)}-${hex(to!)}`),
  data.letterlike,
  ...Object.keys(data.smallCaps),
].join('');
const fancy = new RegExp(`[${classBody}]`, 'u');
const overlays = new RegExp(`[${data.overlays.map(hex).join('')}]`, 'gu');
// Three or more letters each carrying a strike or underline overlay.
const overlaidRun = new RegExp(`(?:\\p{L}[${data.overlays.map(hex).join('')}]+){3,}`, 'u');
const fancyAnywhere = fancy;
const overlaysAnywhere = new RegExp(`[${data.overlays.map(hex).join('')}]`, 'u');
const smallCaps = new Map(Object.entries(data.smallCaps));
const regionalIndicatorA = 0x1f1e6;
const isRegionalIndicator = (char: string) => {
  const code = char.codePointAt(0)!;
  return code >= regionalIndicatorA && code <= regionalIndicatorA + 25;
};

/** Plain letters for a run of fancy text: NFKC, plus the mappings NFKC lacks. */
export function toPlainText(value: string): string {
  let plain = '';
  for (const char of value) {
    if (smallCaps.has(char)) plain += smallCaps.get(char);
    else if (isRegionalIndicator(char)) plain += String.fromCharCode(65 + char.codePointAt(0)! - regionalIndicatorA);
    else plain += char;
  }
  return plain.normalize('NFKC').replace(overlays, '');
}

// A "word" here is a run without white space; fancy words next to each other form one finding.
const wordPattern = /\S+/gu;

export default defineRule(
  {
    id: 'a11y-fejkfont-unicode',
    category: 'accessibility',
    severity: 'error',
    title: 'Fejkad fet- eller kursivstil med Unicode',
    description:
      'Fet- eller kursivstil skapad med Unicode-symboler är inte riktiga bokstäver. Skärmläsare läser upp dem tecken för tecken ("mathematical bold capital H …") eller inte alls, och texten blir inte sökbar. Kommunens innehåll ska vara tillgängligt så långt plattformen tillåter.',
    basis: ['Lag (2018:1937) om tillgänglighet till digital offentlig service', 'WCAG 2.1 (1.3.1, 4.1.2)', 'Axbom: Don\'t fake bold and italic text with Unicode'],
    examples: [
      {
        bad: '𝗩𝗜𝗞𝗧𝗜𝗚𝗧: 𝘷𝘢𝘵𝘵𝘦𝘯𝘢𝘷𝘴𝘵ä𝘯𝘨𝘯𝘪𝘯𝘨 i morgon',
        good: 'Viktigt: vattenavstängning i morgon.',
        findings: [
          { actual: '𝗩𝗜𝗞𝗧𝗜𝗚𝗧: 𝘷𝘢𝘵𝘵𝘦𝘯𝘢𝘷𝘴𝘵ä𝘯𝘨𝘯𝘪𝘯𝘨', severity: 'error', expected: ['Viktigt: vattenavstängning'] },
        ],
      },
      {
        bad: 'Välkommen till ᴋᴜʟᴛᴜʀɴᴀᴛᴛᴇɴ på lördag!',
        good: 'Välkommen till Kulturnatten på lördag!',
        findings: [
          { actual: 'ᴋᴜʟᴛᴜʀɴᴀᴛᴛᴇɴ', severity: 'error', expected: ['kulturnatten'] },
        ],
      },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    if (!fancyAnywhere.test(context.text) && !overlaysAnywhere.test(context.text)) return;
    const inEmoji = (offset: number) => context.emoji.some((emoji) => offset >= emoji.start && offset < emoji.end);
    const isFancyWord = (word: string, offset: number) => {
      if (overlaidRun.test(word)) return true;
      let position = offset;
      for (const char of word) {
        if (fancy.test(char) && !(isRegionalIndicator(char) && inEmoji(position))) return true;
        position += char.length;
      }
      return false;
    };
    let run: { start: number; end: number } | undefined;
    const flush = () => {
      if (!run) return;
      const actual = context.text.slice(run.start, run.end);
      // Bold capitals were emphasis: plain capitals would only trade one accessibility problem for
      // another (text in VERSALER), so a long all-caps word is written small, with a capital only
      // where a sentence begins ("𝗩𝗜𝗞𝗧𝗜𝗚𝗧: …" → "Viktigt: …", "Det är 𝗩𝗜𝗞𝗧𝗜𝗚𝗧 att" → "viktigt").
      const sentenceStart = /(?:^|[.!?]\s+|\n\s*)$/u.test(context.text.slice(Math.max(0, run.start - 3), run.start)) || run.start === 0;
      const plain = toPlainText(actual).replace(/\p{Lu}{5,}/gu, (word, offset: number) =>
        offset === 0 && sentenceStart ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase(),
      );
      report(file, settings, {
        ...run,
        message: format('Texten innehåller "snygga" Unicode-tecken ({match}) som skärmläsare läser som matematiska symboler eller hoppar över. Använd vanlig text – förslag: "{forslag}".', { match: actual, forslag: plain }),
        // A character NFKC cannot map has no mechanical fix, even when others in the run change ("𝔋豈").
        expected: plain === actual || fancy.test(plain) || overlaidRun.test(plain) ? [] : [plain],
      });
      run = undefined;
    };
    for (const match of context.text.matchAll(wordPattern)) {
      const start = match.index;
      if (!isFancyWord(match[0], start)) {
        flush();
        continue;
      }
      const end = start + match[0].length;
      if (run && /^[ \t]*$/.test(context.text.slice(run.end, start))) run.end = end;
      else {
        flush();
        run = { start, end };
      }
    }
    flush();
  },
);
