import { z } from 'zod';
import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { lixBand } from '../core/lix.ts';
import type { TextContext } from '../core/context.ts';

const letter = /\p{L}/u;

/** Letters in a word token: all but the digits and marks a word token may carry ("1800-talet", "IFO:s"). */
function letterCount(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x80 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : letter.test(value.charAt(index))) count++;
  }
  return count;
}

/**
 * LIX with the organisation's own long names ("Samhällsbyggnadsförvaltningen", "Nolhagaparken")
 * counted as words but not as long words: rules.md's false-positive trap for klar-lix. stats.lix
 * stays the plain LIX.
 */
function lixWithoutNames(context: TextContext, names: Set<string>): number | null {
  const { words } = context;
  if (words.length === 0) return null;
  let sentences = 0;
  for (const sentence of context.sentences) if (sentence.wordCount > 0) sentences++;
  let long = 0;
  for (const word of words) if (word.value.length > 6 && letterCount(word.value) > 6 && !names.has(word.lower)) long++;
  return words.length / sentences + (100 * long) / words.length;
}
import { format, report } from '../core/report.ts';

export default defineRule(
  {
    id: 'klar-lix',
    category: 'readability',
    severity: 'info',
    languages: ['sv'],
    title: 'Högt läsbarhetsindex (LIX)',
    description:
      'Språklagen 11 § kräver enkelt och begripligt språk. LIX är ett grovt mått på långa meningar och långa ord. Det säger inte hur svåra orden är, men ett högt värde är ett varningstecken. Över 50 blir det en varning.',
    basis: ['Språklagen (2009:600) 11 §', 'Björnsson, Läsbarhet (1968)', 'Myndigheternas skrivregler §1.1'],
    examples: [
      {
        bad: 'Samhällsbyggnadsförvaltningen genomför under innevarande vecka omfattande underhållsåtgärder avseende belysningsanläggningarna i centrumområdet samt tillhörande gångstråk och parkeringsytor.',
        good: 'Den här veckan byter vi gatlampor i centrum. Vi lagar också lamporna vid gångvägarna och på parkeringarna. Det kan bli lite mörkt en stund.',
      },
    ],
    options: z.strictObject({
      infoAbove: z.number().default(40),
      warningAbove: z.number().default(50),
      minWords: z.number().int().nonnegative().default(15),
    }),
  },
  (settings) => {
    const { profile } = settings;
    // One-word names and their definite and genitive forms ("Stadshuset", "Kommunfullmäktiges").
    const names = new Set(
      [...Object.values(profile.gazetteer).flat(), ...profile.organisation.selfNames, profile.organisation.name, ...profile.vocabulary]
        .flatMap((name) => name.toLowerCase().split(/\s+/u))
        .filter((name) => name.length > 6)
        .flatMap((name) => [name, `${name}s`, `${name}en`, `${name}et`, `${name}ens`, `${name}ets`]),
    );
    return (_tree, file) => {
      const { infoAbove, warningAbove, minWords } = settings.options;
      const context = contextOf(file);
      const lix = lixWithoutNames(context, names);
      if (lix === null || context.words.length < minWords || lix <= infoAbove) return;
      report(file, settings, {
        start: 0,
        end: 0,
        message: format('Läsbarhetsindex (LIX) är {värde} – {band}. Korta meningar och byt långa ord mot kortare.', { värde: Math.round(lix), band: lixBand(lix) }),
        shift: lix > warningAbove ? 1 : 0,
      });
    };
  },
);
