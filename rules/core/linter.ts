import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Root } from 'nlcst';
import type { Category, Language, LintInput, MediaItem, Rule, RuleTransformer, Severity } from './types.ts';
import type { ResolvedProfile } from '../profile/schema.ts';
import { parseSwedish } from './parse.ts';
import { attachContext, buildContext, type TextContext } from './context.ts';
import { detectPostLanguages, type LanguagePart } from './language.ts';
import { countLix, fleschReadingEase, ownNames } from './lix.ts';
import { Lexicon, type LexiconList } from './lexicon/index.ts';
import { countForChannel, type ChannelCount } from '../channels/count.ts';
import { attachBudget, FindingBudget } from './report.ts';
import { defaultMaxFindingsPerRule } from '../api/limits.ts';

/** Findings each rule may report per post before the rest are summed up in one (FindingBudget). */
export { defaultMaxFindingsPerRule };

export interface LinterOptions {
  maxFindingsPerRule?: number;
  /** Called after each rule with its time on one text (the fuzz suite's per-rule report); off when absent. */
  onRuleTimed?: (ruleId: string, ms: number, text: string) => void;
}

/** A finding as the API returns it (api.md). */
export interface LintMessage {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  actual: string;
  expected: string[];
  url: string;
  channel?: string;
  field?: string;
  /** The period whose override set this finding's rule (the profile's periods, e.g. a valår). */
  period?: string;
}

export interface LintStats {
  characters: number;
  words: number;
  sentences: number;
  lix: number | null;
  /** Long words that are the organisation's own names, left out of the LIX's long words (as klar-lix does). */
  lixNamesLeftOut: number;
  /** English posts: Flesch Reading Ease instead of LIX (null for Swedish posts). */
  fleschReadingEase: number | null;
  channels: ChannelCount[];
  /** The post's language, an ISO 639-1 code ("sv", "en", "fi", "ar" …): that of most of its words. */
  language?: string;
  /**
   * Whether the checks that read Swedish words (tone, klarspråk, sensitive categories) ran on the
   * whole post, on some paragraphs, or on none (a post in English, Finnish, Arabic …).
   */
  swedishWordChecks?: 'all' | 'partly' | 'none';
  /** Paragraphs in another language than `language`, checked as that language. */
  otherLanguages?: { language: string; start: number; end: number }[];
}

export interface LintResult {
  messages: LintMessage[];
  stats: LintStats;
}

export interface PostInput {
  text: string;
  channels?: string[];
  media?: MediaItem[];
}

const statsKey = 'postkollStats';

/** Channel counts for the post, computed once and shared by the channel rules. */
export function channelCountsOf(file: VFile): ChannelCount[] {
  return ((file.data as Record<string, unknown>)[statsKey] as ChannelCount[] | undefined) ?? [];
}

export function toLintMessage(message: VFileMessage, field?: string): LintMessage {
  const start = message.place && 'start' in message.place ? message.place.start : undefined;
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  return {
    ruleId: message.ruleId!,
    category: message.category!,
    severity: message.severity!,
    message: message.reason,
    start: start?.offset ?? 0,
    end: end?.offset ?? 0,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    url: message.url ?? `/regler/${message.ruleId}`,
    ...(message.channel ? { channel: message.channel } : {}),
    ...(field ? { field } : {}),
  };
}

// Equal strings compare 0 without asking ICU: most pairs share a field (the post's, none) and a channel.
const compareText = (a: string, b: string) => (a === b ? 0 : a.localeCompare(b));
const byPlace = (a: LintMessage, b: LintMessage) =>
  compareText(a.field ?? '', b.field ?? '') || a.start - b.start || compareText(a.ruleId, b.ruleId) || compareText(a.channel ?? '', b.channel ?? '');

const languages: Language[] = ['sv', 'en', 'other'];

function compileLists(lexicon: Lexicon, rule: Rule): Record<string, LexiconList> {
  const lists: Record<string, LexiconList> = {};
  for (const [name, data] of Object.entries(rule.meta.lists ?? {})) {
    try {
      lists[name] = lexicon.list(data);
    } catch (error) {
      throw new Error(`${rule.meta.id}: list "${name}": ${(error as Error).message}`);
    }
  }
  return lists;
}

const offsets = (message: VFileMessage) => {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  return { start: place?.start.offset ?? 0, end: place?.end.offset ?? 0 };
};

/** Drops a finding when a rule it yields to (meta.yieldsTo) flagged overlapping words in the same text. */
function settleOverlaps(file: VFile, yielding: Map<string, Set<string>>): void {
  const { messages } = file;
  if (!messages.some((message) => yielding.has(message.ruleId!))) return;
  const winnerIds = new Set([...yielding.values()].flatMap((ids) => [...ids]));
  const winners = messages.filter((message) => winnerIds.has(message.ruleId!)).map((message) => ({ ruleId: message.ruleId!, ...offsets(message) }));
  if (winners.length === 0) return;
  file.messages = messages.filter((message) => {
    const yieldsTo = yielding.get(message.ruleId!);
    if (!yieldsTo) return true;
    const own = offsets(message);
    return !winners.some((winner) => yieldsTo.has(winner.ruleId) && winner.start < own.end && winner.end > own.start);
  });
}

const roundOrNull = (value: number | null) => (value === null ? null : Math.round(value));

/** Builds one frozen processor per language for a profile: every enabled rule for it, with its settings, once. */
export function createLinter(profile: ResolvedProfile, rules: Rule[], { maxFindingsPerRule = defaultMaxFindingsPerRule, onRuleTimed }: LinterOptions = {}) {
  const processor = unified();
  // The transformers unified gets from the attachers, in order, per language. The lint path calls
  // them in a plain loop: runSync's pipeline (trough) wraps every call for async transformers, which
  // cost about as much as ten rules with all of them on; the rules are all synchronous.
  const transformers = Object.fromEntries(languages.map((language) => [language, []])) as unknown as Record<Language, RuleTransformer[]>;
  const transformerRules = Object.fromEntries(languages.map((language) => [language, []])) as unknown as Record<Language, string[]>;
  const enabled: Rule[] = [];
  // Every word list of the profile's rules in one table, scanned once per text.
  const lexicon = new Lexicon();
  const periodOf = new Map<string, string>();
  for (const rule of rules) {
    const setting = profile.rules[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    enabled.push(rule);
    if (setting.period) periodOf.set(rule.meta.id, setting.period);
    const settings = {
      meta: { ...rule.meta, ...(setting.guidelineRef ? { guidelineRef: setting.guidelineRef } : {}) },
      severity: setting.severity,
      options: setting.options,
      profile,
      lexicon,
      lists: compileLists(lexicon, rule),
    };
    // Each attacher runs once; its transformer is listed for every language the rule checks.
    const attacher = function (this: unknown, ruleSettings: typeof settings) {
      const transformer = rule.plugin.call(this, ruleSettings);
      for (const language of rule.meta.languages ?? languages) {
        transformers[language].push(transformer);
        transformerRules[language].push(rule.meta.id);
      }
      return transformer;
    };
    processor.use(attacher as never, settings as never);
  }
  processor.freeze();
  const ruleLanguages = new Map(enabled.map((rule) => [rule.meta.id, rule.meta.languages]));
  const yielding = new Map(enabled.filter((rule) => rule.meta.yieldsTo?.length).map((rule) => [rule.meta.id, new Set(rule.meta.yieldsTo)]));
  const names = ownNames(profile);

  /**
   * A post with paragraphs in another language (Swedish with a Finnish or English paragraph): the
   * rules of each paragraph's language run too, and a language's own rules keep only their findings
   * in paragraphs of that language. Rules that declare no language keep all of theirs.
   */
  function checkParagraphs(tree: Root, file: VFile, main: Language, parts: LanguagePart[]): void {
    const others = new Set(parts.map((part) => part.checks).filter((checks) => checks !== main));
    for (const language of others) {
      for (const transformer of transformers[language]) if (!transformers[main].includes(transformer)) transformer(tree, file);
    }
    const checksAt = (offset: number) => parts.find((part) => offset >= part.start && offset < part.end)?.checks ?? main;
    file.messages = file.messages.filter((message) => {
      const only = ruleLanguages.get(message.ruleId!);
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      return !only || start === undefined || only.includes(checksAt(start));
    });
  }

  /**
   * Lints one text (the post or an alt text) and returns its vfile with messages and context. A
   * post's texts share one budget of findings per rule (lintPost sums up what it left out); a text
   * linted on its own gets its own.
   */
  function lintText(
    text: string,
    input: LintInput,
    budget?: FindingBudget,
  ): { file: VFile; context: TextContext; languages?: ReturnType<typeof detectPostLanguages> } {
    const { tree, sources } = parseSwedish(text);
    const file = new VFile({ value: text });
    const ownBudget = budget ?? new FindingBudget(maxFindingsPerRule);
    attachBudget(file, ownBudget);
    const context = buildContext(tree, text, sources, input);
    const detected = input.language ? undefined : detectPostLanguages(text, context.words);
    context.language = input.language ?? detected!.main.checks;
    attachContext(file, context);
    if (input.channels.length > 0 && !input.field) {
      (file.data as Record<string, unknown>)[statsKey] = input.channels.map((id) => countForChannel(profile.channels[id]!, text, sources));
    }
    if (onRuleTimed) {
      transformers[context.language].forEach((transformer, index) => {
        const started = performance.now();
        transformer(tree, file);
        onRuleTimed(transformerRules[context.language][index]!, performance.now() - started, text);
      });
    } else {
      for (const transformer of transformers[context.language]) transformer(tree, file);
    }
    if (detected && detected.parts.some((part) => part.checks !== context.language)) checkParagraphs(tree, file, context.language, detected.parts);
    if (yielding.size > 0) settleOverlaps(file, yielding);
    if (!budget) ownBudget.reportOmitted();
    return { file, context, ...(detected ? { languages: detected } : {}) };
  }

  /** Whether the Swedish word checks ran on the whole post, some paragraphs or none. */
  function swedishWordChecks(main: Language, parts: LanguagePart[]): LintStats['swedishWordChecks'] {
    if (main === 'sv') return parts.some((part) => part.checks !== 'sv') ? 'partly' : 'all';
    return parts.some((part) => part.checks === 'sv') ? 'partly' : 'none';
  }

  function lintPost(post: PostInput): LintResult {
    const channels = post.channels ?? profile.defaultChannels;
    const media = post.media ?? [];
    const budget = new FindingBudget(maxFindingsPerRule);
    const { file, context, languages: detected } = lintText(post.text, { channels, media }, budget);
    const parts = detected?.parts ?? [];
    const altFiles: { file: VFile; field: string }[] = [];
    media.forEach((item, index) => {
      if (!item.altText) return;
      const field = `media[${index}].altText`;
      altFiles.push({ field, file: lintText(item.altText, { channels: [], media: [], field, language: context.language }, budget).file });
    });
    budget.reportOmitted();
    const messages = file.messages.map((message) => toLintMessage(message));
    for (const alt of altFiles) messages.push(...alt.file.messages.map((message) => toLintMessage(message, alt.field)));
    // One LIX on the screen: counted like klar-lix, with the organisation's own names left out.
    const lix = countLix(context, names);
    const english = context.language === 'en';
    // LIX is Swedish readability: a post in Finnish, Arabic or Somali gets none (English gets Flesch).
    const swedish = context.language === 'sv';
    if (periodOf.size > 0) {
      for (const message of messages) {
        const period = periodOf.get(message.ruleId);
        if (period) message.period = period;
      }
    }
    return {
      messages: messages.sort(byPlace),
      stats: {
        characters: post.text.length,
        words: lix.words,
        sentences: lix.sentences,
        lix: lix.lix === null || !swedish ? null : Math.round(lix.lix),
        lixNamesLeftOut: swedish ? lix.namesLeftOut : 0,
        fleschReadingEase: english ? roundOrNull(fleschReadingEase(context)) : null,
        channels: channelCountsOf(file),
        language: detected?.main.code ?? 'sv',
        swedishWordChecks: swedishWordChecks(context.language, parts),
        ...(parts.length > 0 ? { otherLanguages: parts.map(({ code, start, end }) => ({ language: code, start, end })) } : {}),
      },
    };
  }

  return { profile, rules: enabled, lintText, lintPost };
}

export type Linter = ReturnType<typeof createLinter>;
