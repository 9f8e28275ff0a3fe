import { defineRule } from '../core/define.ts';
import { contextOf } from '../core/context.ts';
import { format, report } from '../core/report.ts';
import { swedishDictionary } from '../spelling/dictionary.ts';
import { createSegmenter, fold } from './segment.ts';
import { data } from './words.schema.ts';

const lowercaseBody = /^(\p{Ll}+)(\d*)$/u;

interface Verdict {
  suggestion?: string;
  /** Long and not understood: advice without a fix. */
  unknown?: boolean;
}

export default defineRule(
  {
    id: 'a11y-hashtag-versal',
    category: 'accessibility',
    // Swedish word lists: English posts are not checked.
    languages: ['sv'],
    severity: 'warning',
    title: 'Hashtagg med flera ord utan versaler',
    description:
      'MFD:s checklista (via VGR): "Inleder du varje ord i hashtaggen med stor bokstav? Det gör det enklare att läsa hashtaggen. Även skärmläsare läser upp texten korrekt då." Stockholms stad kräver begynnande versal i varje nytt ord. Ett sammansatt svenskt ord är ett ord: #sommarlov och #kulturnatt behöver inga fler versaler. Kommunens fasta kampanjhashtaggar skrivs precis som i profilen.',
    basis: ['MFD:s checklista för tillgängliga sociala medier (via VGR)', 'Stockholms stad: Tillgänglighet på sociala medier', 'Accessible social: hashtags (CamelCase)'],
    examples: [
      {
        bad: '#alingsaskommun #sommarialingsas',
        good: '#AlingsåsKommun #SommarIAlingsås',
        findings: [
          { actual: '#alingsaskommun', severity: 'warning', expected: ['#AlingsåsKommun'] },
          { actual: '#sommarialingsas', severity: 'warning', expected: ['#SommarIAlingsås'] },
        ],
      },
      {
        bad: 'Sommarlovet är här! #tackallapedagoger',
        good: 'Sommarlovet är här! #sommarlov',
        findings: [
          { actual: '#tackallapedagoger', severity: 'warning', expected: ['#TackAllaPedagoger'] },
        ],
      },
    ],
  },
  (settings) => {
    const { organisation, gazetteer } = settings.profile;
    const fixed = new Map(organisation.fixedHashtags.map((tag) => [fold(tag.replace(/^#/, '')), tag.startsWith('#') ? tag : `#${tag}`]));
    const fixedExact = new Set(fixed.values());
    const names = new Map<string, string>();
    // Names of several words typed together ("alingsaskommun" → "AlingsåsKommun").
    const multiWordNames = new Map<string, string>();
    for (const name of [...gazetteer.places, ...gazetteer.units, ...gazetteer.buildings, ...gazetteer.companies, organisation.name]) {
      const parts = name.split(/\s+/).filter(Boolean);
      if (parts.length === 1) names.set(name.toLowerCase(), name);
      else multiWordNames.set(fold(parts.join('')), parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(''));
    }
    const segment = createSegmenter(swedishDictionary(), { ...data, names });
    const verdicts = new Map<string, Verdict>();

    const judge = (tag: string): Verdict => {
      const body = tag.slice(1);
      const folded = fold(body);
      const fixedForm = fixed.get(folded);
      if (fixedForm) return fixedExact.has(tag) ? {} : { suggestion: fixedForm.slice(1) };
      const match = lowercaseBody.exec(body);
      if (!match || match[1]!.length < data.minLength) return {};
      const letters = match[1]!;
      const digits = match[2]!;
      const named = multiWordNames.get(fold(letters));
      if (named) return { suggestion: named + digits };
      const result = segment(letters);
      if (result.kind === 'phrase') return { suggestion: result.words.join('') + digits };
      // Long and neither a known word, a compound nor a phrase: advice only.
      return { unknown: result.kind === 'unknown' && letters.length >= data.fallbackLength };
    };

    return (_tree, file) => {
      const context = contextOf(file);
      for (const source of context.sources) {
        if (source.kind !== 'hashtag') continue;
        if (fixedExact.has(source.value)) continue;
        let verdict = verdicts.get(source.value);
        if (!verdict) {
          verdict = judge(source.value);
          if (verdicts.size > 5_000) verdicts.clear();
          verdicts.set(source.value, verdict);
        }
        if (verdict.suggestion && `#${verdict.suggestion}` !== source.value) {
          report(file, settings, {
            start: source.start,
            end: source.end,
            message: format('Skriv hashtaggen med stor bokstav i början av varje ord: #{forslag}. Då läser skärmläsare upp den rätt.', { forslag: verdict.suggestion }),
            expected: [`#${verdict.suggestion}`],
          });
        } else if (verdict.unknown) {
          report(file, settings, {
            start: source.start,
            end: source.end,
            shift: -1,
            message: format('Om hashtaggen {match} består av flera ord: skriv varje ord med stor bokstav, så läser skärmläsare upp den rätt.', { match: source.value }),
          });
        }
      }
    };
  },
);
