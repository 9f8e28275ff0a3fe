import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Root } from 'nlcst';
import type { Category, Language, LintInput, MediaItem, Rule, RuleTransformer, Severity } from './types.ts';
import type { ResolvedProfile } from '../profile/schema.ts';
import { parseSwedish } from './parse.ts';
import { attachContext, buildContext, type TextContext } from './context.ts';
import { detectPostLanguages, type LanguagePart } from './language.ts';
import { countLix } from './lix.ts';
import { countForChannel, type ChannelCount } from '../channels/count.ts';

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
}

export interface LintStats {
  characters: number;
  words: number;
  sentences: number;
  lix: number | null;
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

const byPlace = (a: LintMessage, b: LintMessage) =>
  (a.field ?? '').localeCompare(b.field ?? '') || a.start - b.start || a.ruleId.localeCompare(b.ruleId) || (a.channel ?? '').localeCompare(b.channel ?? '');

const languages: Language[] = ['sv', 'en', 'other'];

/**
 * Builds one frozen processor for a profile: every enabled rule with its settings, each attacher run
 * once, its transformer listed for every language the rule checks.
 */
export function createLinter(profile: ResolvedProfile, rules: Rule[]) {
  const processor = unified();
  // The transformers unified gets from the attachers, in order, per language. The lint path calls
  // them in a plain loop: runSync's pipeline (trough) wraps every call for async transformers, which
  // cost about as much as ten rules with all of them on; the rules are all synchronous.
  const transformers = Object.fromEntries(languages.map((language) => [language, []])) as unknown as Record<Language, RuleTransformer[]>;
  const enabled: Rule[] = [];
  for (const rule of rules) {
    const setting = profile.rules[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    enabled.push(rule);
    const settings = {
      meta: { ...rule.meta, ...(setting.guidelineRef ? { guidelineRef: setting.guidelineRef } : {}) },
      severity: setting.severity,
      options: setting.options,
      profile,
    };
    const attacher = function (this: unknown, ruleSettings: typeof settings) {
      const transformer = rule.plugin.call(this, ruleSettings);
      for (const language of rule.meta.languages ?? languages) transformers[language].push(transformer);
      return transformer;
    };
    processor.use(attacher as never, settings as never);
  }
  processor.freeze();
  const ruleLanguages = new Map(enabled.map((rule) => [rule.meta.id, rule.meta.languages]));

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

  /** Lints one text (the post or an alt text) and returns its vfile with messages, context and the languages found. */
  function lintText(text: string, input: LintInput): { file: VFile; context: TextContext; languages?: ReturnType<typeof detectPostLanguages> } {
    const { tree, sources } = parseSwedish(text);
    const file = new VFile({ value: text });
    const context = buildContext(tree, text, sources, input);
    const detected = input.language ? undefined : detectPostLanguages(text, context.words);
    context.language = input.language ?? detected!.main.checks;
    attachContext(file, context);
    if (input.channels.length > 0 && !input.field) {
      (file.data as Record<string, unknown>)[statsKey] = input.channels.map((id) => countForChannel(profile.channels[id]!, text, sources));
    }
    for (const transformer of transformers[context.language]) transformer(tree, file);
    if (detected && detected.parts.some((part) => part.checks !== context.language)) checkParagraphs(tree, file, context.language, detected.parts);
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
    const { file, context, languages: detected } = lintText(post.text, { channels, media });
    const parts = detected?.parts ?? [];
    const messages = file.messages.map((message) => toLintMessage(message));
    media.forEach((item, index) => {
      if (!item.altText) return;
      const field = `media[${index}].altText`;
      const alt = lintText(item.altText, { channels: [], media: [], field, language: context.language });
      messages.push(...alt.file.messages.map((message) => toLintMessage(message, field)));
    });
    const lix = countLix(context);
    return {
      messages: messages.sort(byPlace),
      stats: {
        characters: post.text.length,
        words: lix.words,
        sentences: lix.sentences,
        lix: lix.lix === null ? null : Math.round(lix.lix),
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
