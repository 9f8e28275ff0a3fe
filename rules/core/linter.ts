import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Category, Language, LintInput, MediaItem, Rule, RuleTransformer, Severity } from './types.ts';
import type { ResolvedProfile } from '../profile/schema.ts';
import { parseSwedish } from './parse.ts';
import { attachContext, buildContext, detectLanguage, type TextContext } from './context.ts';
import { countLix, fleschReadingEase, ownNames } from './lix.ts';
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
  /** The post's language: "sv" or "en" (English posts get no Swedish-only rules). */
  language?: Language;
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

const languages: Language[] = ['sv', 'en'];

const roundOrNull = (value: number | null) => (value === null ? null : Math.round(value));

/** Builds one frozen processor per language for a profile: every enabled rule for it, with its settings, once. */
export function createLinter(profile: ResolvedProfile, rules: Rule[]) {
  const processors = Object.fromEntries(languages.map((language) => [language, unified()])) as Record<Language, ReturnType<typeof unified>>;
  // The transformers unified gets from the attachers, in order. The lint path calls them in a plain
  // loop: runSync's pipeline (trough) wraps every call for async transformers, which cost about as
  // much as ten rules with all of them on; the rules are all synchronous.
  const transformers = Object.fromEntries(languages.map((language) => [language, []])) as unknown as Record<Language, RuleTransformer[]>;
  const enabled: Rule[] = [];
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
    };
    for (const language of rule.meta.languages ?? languages) {
      const attacher = function (this: unknown, ruleSettings: typeof settings) {
        const transformer = rule.plugin.call(this, ruleSettings);
        transformers[language].push(transformer);
        return transformer;
      };
      processors[language].use(attacher as never, settings as never);
    }
  }
  for (const language of languages) processors[language].freeze();
  const names = ownNames(profile);

  /** Lints one text (the post or an alt text) and returns its vfile with messages and context. */
  function lintText(text: string, input: LintInput): { file: VFile; context: TextContext } {
    const { tree, sources } = parseSwedish(text);
    const file = new VFile({ value: text });
    const context = buildContext(tree, text, sources, input);
    context.language = input.language ?? detectLanguage(context);
    attachContext(file, context);
    if (input.channels.length > 0 && !input.field) {
      (file.data as Record<string, unknown>)[statsKey] = input.channels.map((id) => countForChannel(profile.channels[id]!, text, sources));
    }
    for (const transformer of transformers[context.language]) transformer(tree, file);
    return { file, context };
  }

  function lintPost(post: PostInput): LintResult {
    const channels = post.channels ?? profile.defaultChannels;
    const media = post.media ?? [];
    const { file, context } = lintText(post.text, { channels, media });
    const messages = file.messages.map((message) => toLintMessage(message));
    media.forEach((item, index) => {
      if (!item.altText) return;
      const field = `media[${index}].altText`;
      const alt = lintText(item.altText, { channels: [], media: [], field, language: context.language });
      messages.push(...alt.file.messages.map((message) => toLintMessage(message, field)));
    });
    // One LIX on the screen: counted like klar-lix, with the organisation's own names left out.
    const lix = countLix(context, names);
    const english = context.language === 'en';
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
        lix: lix.lix === null || english ? null : Math.round(lix.lix),
        lixNamesLeftOut: english ? 0 : lix.namesLeftOut,
        fleschReadingEase: english ? roundOrNull(fleschReadingEase(context)) : null,
        channels: channelCountsOf(file),
        language: context.language,
      },
    };
  }

  return { profile, rules: enabled, lintText, lintPost };
}

export type Linter = ReturnType<typeof createLinter>;
