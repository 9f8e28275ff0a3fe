/**
 * The lexicon: Postkoll's one word-list engine (normalise, compile, match).
 *
 * Data files: every list is JSON of one shape, validated by zod (`lexiconFileSchema`):
 *   { "source": "where the words come from", "entries": [
 *       { "forms": { "erhålla": "få", "erhöll": "fick", "erhållits": null }, "forslag": "få",
 *         "notBefore": ["av"], "onlyBefore": ["#number"], "notAfter": ["eller"], "notInSentence": ["vigsel"],
 *         "tag": "kind", "note": "why the entry is there or limited", ...fields of the rule's own } ] }
 *   `forms` may be an array of words when there are no replacements. A form is a phrase in lowercase,
 *   tokenised like a post ("vad avser", "t.ex."); one word ending in "*" is a stem ("sjukskriv*").
 *   Guards look at the neighbouring token in the same sentence: a word, "#number" or "#capital".
 *
 * Declaring lists: a rule names its data files in `meta.lists` ({ words: data }); the linter compiles
 * them into the processor's Lexicon once per profile and hands the attacher `settings.lists.words`, a
 * LexiconList. A rule that builds a list from the profile (a gazetteer) calls `settings.lexicon.list(file)`
 * in its attacher (never in the transformer). `phraseFile(source, { tag: [phrases] })` wraps plain phrases.
 *
 * Matching: `list.find(context)` gives LexiconMatch[] (start, end, firstToken, lastToken, entry, form,
 * fix capitalised like the text, actual), left to right, non-overlapping per list, the longest form
 * first, guards applied. The first `find` for a text scans its tokens once for every list of the
 * processor (one map lookup per token) and keeps the result in the text cache.
 * `lexicon.flag(words, bit)` / `lexicon.flagsOf(context)` give per-token bit flags from the same scan
 * (an analysis's vocabulary: role words, first names …).
 *
 * Pure list rules: `existenceRule(meta, { message })` and `substitutionRule(meta, { message })` are a
 * whole rule from metadata plus `meta.lists.words`: no matching code of their own.
 *
 * Helpers: normalize, matchCase, phraseTokens, atSentenceStart, isNameLike, inSource.
 */
export { Lexicon, type LexiconList, type LexiconMatch } from './lexicon.ts';
export { lexiconEntries, lexiconFile, lexiconFileSchema, lexiconEntrySchema, phraseFile, type LexiconEntry, type LexiconFile, type LexiconFileInput } from './schema.ts';
export { normalize, matchCase, isUpperInitial } from './normalize.ts';
export { phraseTokens } from './phrase.ts';
export { atSentenceStart, isNameLike, inSource, guardMatches } from './position.ts';
export { existenceRule, substitutionRule, type ListRuleOptions } from './kinds.ts';
