import type { TextContext } from '../core/context.ts';
import type { ResolvedProfile } from '../profile/schema.ts';
import { data } from './companies.schema.ts';

/** Nouns that make a capitalised name a business ("Kafé Solsidan"). */
export const businessNouns: readonly string[] = data.businessNouns;
const nouns = new Set(data.businessNouns);
// Heads long enough to end a compound safely: "byggföretaget", "klädbutiken", but not "underbar" (bar).
const heads = new Set(data.businessNouns.filter((noun) => noun.length >= 5));
const headLengths = [...new Set([...heads].map((head) => head.length))];

/** A business noun, alone or as the head of a compound ("företaget", "byggföretaget", "klädbutiken"). */
export function isBusinessNoun(lower: string): boolean {
  if (nouns.has(lower)) return true;
  if (lower.length < 8) return false;
  for (const length of headLengths) if (lower.length >= length + 3 && heads.has(lower.slice(-length))) return true;
  return false;
}

/** "den bästa butiken", "stans godaste bageri": a superlative right before a business noun is a sales claim. */
export const isSuperlative = (lower: string) =>
  lower.length >= 5 && (lower.endsWith('aste') || lower.endsWith('bästa') || lower.endsWith('främsta') || lower.endsWith('största'));

export interface CompanyMention {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  /** Lowercase name, to tell companies apart. */
  name: string;
}

const capitalised = /^\p{Lu}[\p{L}'’-]*$/u;

/** Finds companies in a post: "Kafé Solsidan", "Solsidans kafé", "Berg & Son AB", "hos Frisör Anna". */
export function companyFinder(profile: ResolvedProfile) {
  const suffixes = new Set(data.companySuffixes);
  // The organisation's own names and places are never "a company" here.
  const own = new Set(
    [...profile.gazetteer.companies, ...profile.gazetteer.places, ...profile.gazetteer.units, ...profile.gazetteer.buildings, ...profile.organisation.selfNames, profile.organisation.name]
      .flatMap((name) => name.toLowerCase().split(/\s+/))
      .flatMap((part) => [part, `${part}s`]),
  );
  const municipal = new Set(profile.gazetteer.companies.flatMap((name) => name.toLowerCase().split(/\s+/)).flatMap((part) => [part, `${part}s`]));
  const isName = (value: string | undefined) => value !== undefined && capitalised.test(value) && !own.has(value.toLowerCase());

  return {
    /** True for the kommun's own companies (Alingsåshem, Alingsås Energi) and their genitives. */
    isMunicipal: (value: string) => municipal.has(value.toLowerCase()),
    find(context: TextContext): CompanyMention[] {
      const { tokens } = context;
      const mentions: CompanyMention[] = [];
      const add = (first: number, last: number) => {
        const name = tokens.slice(first, last).filter((token) => token.kind === 'word' && !isBusinessNoun(token.lower) && !suffixes.has(token.value)).map((token) => token.lower.replace(/s$/, '')).join(' ');
        if (name && !mentions.some((mention) => mention.firstToken <= first && mention.lastToken >= last)) {
          mentions.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, firstToken: first, lastToken: last, name });
        }
      };
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!;
        if (token.kind !== 'word') continue;
        if (suffixes.has(token.value) || token.lower === 'ltd' || token.lower === 'inc') {
          let first = index;
          while (first > 0 && (isName(tokens[first - 1]!.value) || tokens[first - 1]!.value === '&')) first--;
          if (first < index) add(first, index + 1);
          continue;
        }
        if (isBusinessNoun(token.lower)) {
          // "Kafé Solsidan", "restaurang Gästis", "Byggföretaget Peab": noun then name.
          let last = index + 1;
          while (last < tokens.length && isName(tokens[last]!.value) && tokens[last]!.sentence === token.sentence) last++;
          if (last > index + 1) add(index, last);
          // "Solsidans kafé": name then noun, the name not opening the sentence.
          const previous = tokens[index - 1];
          if (previous && isName(previous.value) && previous.index > 0 && tokens[previous.index - 1]!.sentence === previous.sentence) add(index - 1, index + 1);
          // "ICA Maxi, den bästa butiken": a name, a comma and an apposition of at most two words before the noun.
          for (let comma = index - 1; comma >= index - 3 && comma > 0; comma--) {
            const between = tokens[comma]!;
            if (between.sentence !== token.sentence) break;
            if (between.value !== ',') {
              if (between.kind !== 'word' || isName(between.value)) break;
              continue;
            }
            let first = comma;
            while (first > 0 && isName(tokens[first - 1]!.value) && tokens[first - 1]!.sentence === token.sentence) first--;
            if (first < comma && tokens[first - 1]?.sentence === token.sentence) add(first, comma);
            break;
          }
          continue;
        }
        if (token.lower === 'hos' && isName(tokens[index + 1]?.value)) {
          let last = index + 1;
          while (last < tokens.length && isName(tokens[last]!.value)) last++;
          add(index + 1, last);
        }
      }
      return mentions.sort((a, b) => a.start - b.start);
    },
  };
}
