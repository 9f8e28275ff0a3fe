import { francAll } from 'franc';
import type { Language } from './types.ts';
import type { Token } from './context.ts';
import { isKnownWord } from '../spelling/spell.ts';

/**
 * The languages a Swedish public body posts in or is written to in, as franc names them (ISO 639-3),
 * with the ISO 639-1 code the API gives. Swedish and English have rules of their own; a post in any
 * other gets only the rules that do not read Swedish words. Left out on purpose: Norwegian and
 * Danish, which franc tells from Swedish poorly on a few words (and Swedish rules fit them best),
 * and French, Italian, Portuguese and Vietnamese, which it took short Swedish and English posts for.
 */
const candidates: Record<string, string> = {
  swe: 'sv',
  eng: 'en',
  fin: 'fi',
  arb: 'ar',
  som: 'so',
  pes: 'fa',
  prs: 'fa',
  tir: 'ti',
  amh: 'am',
  ckb: 'ckb',
  kmr: 'kmr',
  bos: 'bs',
  hrv: 'hr',
  srp: 'sr',
  pol: 'pl',
  rus: 'ru',
  ukr: 'uk',
  tur: 'tr',
  spa: 'es',
  deu: 'de',
  ell: 'el',
  tha: 'th',
  cmn: 'zh',
  hin: 'hi',
  urd: 'ur',
};
const francCodes = Object.keys(candidates);

/** Fewer words than this tell too little: such text keeps the post's language, or Swedish. */
export const minWordsForLanguage = 5;
const languageSample = 400;
// franc on fewer letters guesses ("Vi ses kl på torget" came out Spanish): Swedish, as for too few words.
const minSampleLength = 30;
// Another language only with a clear margin: franc's score for Swedish (1 = as likely) well below the best's.
const undecided = 0.95;
const otherMargin = 0.85;
// "på", "år", "två", "också": Finnish and English have no å, so a few such words settle it without franc.
const swedishWord = /å/u;
const swedishWordsEnough = 3;
// Or most words in the Swedish dictionary: franc guesses on a short post ("Gillard talade först.
// Välkomen hit!" came out Turkish), while Finnish, Somali or English words are seldom Swedish ones.
const dictionarySample = 40;
const swedishShare = 0.6;
const letters = /^\p{L}+$/u;

/**
 * The share of the first words that the Swedish dictionary knows. isKnownWord is memoised and the
 * spelling rule asks it about the same words, so this costs next to nothing on a Swedish post.
 */
function swedishWordShare(words: readonly Token[]): number {
  let known = 0;
  let counted = 0;
  for (const word of words) {
    if (!letters.test(word.value)) continue;
    if (isKnownWord(word.value)) known++;
    if (++counted >= dictionarySample) break;
  }
  return counted === 0 ? 0 : known / counted;
}

export interface DetectedLanguage {
  /** ISO 639-1 code where there is one: "sv", "en", "fi", "ar", "so" … */
  code: string;
  /** Which rules run: Swedish, English, or only those that read no Swedish words. */
  checks: Language;
}

export const swedish: DetectedLanguage = { code: 'sv', checks: 'sv' };

/**
 * The language of some words of a post, or undefined when they are too few to tell. franc reads a
 * sample without URLs, mentions, hashtags or numbers; text where Swedish is almost as likely as the
 * best guess counts as Swedish.
 */
export function detectWordsLanguage(words: readonly Token[]): DetectedLanguage | undefined {
  if (words.length < minWordsForLanguage) return undefined;
  let swedishWords = 0;
  for (const word of words) {
    if (word.value === word.lower && swedishWord.test(word.lower) && ++swedishWords >= swedishWordsEnough) return swedish;
  }
  if (swedishWordShare(words) >= swedishShare) return swedish;
  let sample = '';
  for (const word of words) {
    if (sample.length >= languageSample) break;
    sample += `${word.value} `;
  }
  const scores = francAll(sample, { only: francCodes, minLength: minSampleLength });
  const [best] = scores;
  if (!best || best[0] === 'und' || best[0] === 'swe') return swedish;
  const score = (language: string) => scores.find(([code]) => code === language)?.[1] ?? 0;
  if (score('swe') >= undecided) return swedish;
  const code = candidates[best[0]]!;
  if (code === 'en') return { code, checks: 'en' };
  // Neither Swedish nor English only when both are clearly less likely.
  if (score('swe') >= otherMargin || score('eng') >= otherMargin) return score('eng') > score('swe') ? { code: 'en', checks: 'en' } : swedish;
  return { code, checks: 'other' };
}

export interface LanguagePart extends DetectedLanguage {
  start: number;
  end: number;
}

export interface PostLanguages {
  /** The language of most of the post's words (Swedish when too short to tell). */
  main: DetectedLanguage;
  /** Paragraphs checked as another language than `main`. */
  parts: LanguagePart[];
}

/**
 * The post's language, paragraph by paragraph (a paragraph is a line or a block between blank
 * lines): a paragraph too short to tell takes the post's language, and the post's language is
 * that of most of its words.
 */
export function detectPostLanguages(text: string, words: readonly Token[]): PostLanguages {
  const paragraphs: { start: number; end: number; words: Token[]; language?: DetectedLanguage }[] = [];
  for (const match of text.matchAll(/[^\n]+/gu)) paragraphs.push({ start: match.index, end: match.index + match[0].length, words: [] });
  let at = 0;
  for (const word of words) {
    while (at < paragraphs.length - 1 && word.start >= paragraphs[at]!.end) at++;
    paragraphs[at]?.words.push(word);
  }
  const weight = new Map<string, { language: DetectedLanguage; words: number }>();
  for (const paragraph of paragraphs) {
    paragraph.language = detectWordsLanguage(paragraph.words);
    if (!paragraph.language) continue;
    const entry = weight.get(paragraph.language.code) ?? { language: paragraph.language, words: 0 };
    entry.words += paragraph.words.length;
    weight.set(paragraph.language.code, entry);
  }
  // No paragraph long enough on its own: the post as a whole, as one sample.
  const main = [...weight.values()].sort((a, b) => b.words - a.words)[0]?.language ?? detectWordsLanguage(words) ?? swedish;
  const parts: LanguagePart[] = [];
  for (const { language, start, end } of paragraphs) if (language && language.code !== main.code) parts.push({ ...language, start, end });
  return { main, parts };
}
