import { defineRule } from '../core/define.ts';
import { atSentenceStart, inSource } from '../core/lexicon/index.ts';
import { contextOf, type Token } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { months } from '../analysis/dates.ts';

const year = /^(?:19|20)\d{2}$/u;
const listItem = /^\d{1,2}[.)](?:\s|$)/u;
const scheduleTime = /^\d{1,2}[.:]\d{2}/u;
const monthNames = new Set([...months, 'jan', 'feb', 'mars', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec']);

/** The text of the line an offset is on, from the offset on. */
function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? text.length : end);
}

/** "10 000", "2 500 000": one number grouped in threes, not two numbers. */
function isGrouped(run: Token[]): boolean {
  return run.length > 1 && /^\d{1,3}$/u.test(run[0]!.value) && run.slice(1).every((token) => /^\d{3}(?:[.,]\d+)?$/u.test(token.value));
}

/** Phone numbers ("0322-61 60 00", "+46 322 61 60 00") and postal codes ("441 81") are not two numbers either. */
function isPhoneOrPostal(run: Token[], before: Token | undefined): boolean {
  if (before?.value === '+' || run.some((token) => token.value.startsWith('0') || token.value.includes('-'))) return true;
  return run.length === 2 && /^\d{3}$/u.test(run[0]!.value) && /^\d{2}$/u.test(run[1]!.value);
}

export default defineRule(
  {
    id: 'klar-siffra-forst',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Siffra först i meningen',
    description:
      'Myndigheternas skrivregler: undvik siffror först i en mening och låt inte två tal stå intill varandra. Numrerade listor och klockslag först på raden i ett schema är undantagna.',
    basis: ['Språklagen (2009:600) 11 §', 'Myndigheternas skrivregler §12.1.7'],
    examples: [
      { bad: '2024 satsade kommunen 15 miljoner på gång- och cykelvägar.', good: 'År 2024 satsade vi 15 miljoner kronor på gång- och cykelvägar.' },
      { bad: 'Under 2024 515 nya elever började hos oss.', good: 'Under 2024 började 515 nya elever hos oss.' },
    ],
  },
  (settings) => (_tree, file) => {
    const context = contextOf(file);
    const { tokens, text } = context;
    if (!/\d/u.test(text)) return;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (token.kind !== 'number') continue;
      // Two or more numbers separated by single spaces.
      const run = [token];
      while (tokens[index + run.length]?.kind === 'number' && text.slice(run.at(-1)!.end, tokens[index + run.length]!.start) === ' ') {
        run.push(tokens[index + run.length]!);
      }
      const startsSentence = atSentenceStart(context, index, false);
      if (run.length > 1 && !isGrouped(run) && !isPhoneOrPostal(run, tokens[index - 1]) && !inSource(context, token.start, run.at(-1)!.end)) {
        const end = run.at(-1)!.end;
        report(file, settings, {
          start: token.start,
          end,
          message: format('Två tal står intill varandra: "{match}". Skriv om meningen så att talen inte krockar.', { match: text.slice(token.start, end) }),
        });
      } else if (startsSentence) {
        const line = restOfLine(text, token.start);
        const next = tokens[index + 1];
        const schedule = listItem.test(line) || scheduleTime.test(line) || (next !== undefined && monthNames.has(next.lower) && /^[:–-]/u.test(text.slice(next.end).trimStart()));
        if (!schedule && !inSource(context, token.start, token.end)) {
          const isYear = year.test(token.value);
          const end = isGrouped(run) ? run.at(-1)!.end : token.end;
          report(file, settings, {
            start: token.start,
            end,
            message: isYear
              ? format('Undvik siffror först i en mening och två tal intill varandra. Skriv t.ex. "År {match} …".', { match: token.value })
              : format('Undvik siffror först i en mening. Börja meningen med ett ord i stället för "{match}".', { match: text.slice(token.start, end) }),
            expected: isYear ? [`År ${token.value}`] : [],
          });
        }
      }
      index += run.length - 1;
    }
  },
);
