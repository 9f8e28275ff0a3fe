import type { z } from 'zod';
import { defineRule } from '../define.ts';
import { contextOf } from '../context.ts';
import { format, report } from '../report.ts';
import type { Rule, RuleMeta, RuleSettings } from '../types.ts';
import { inSource, isNameLike } from './position.ts';

/** How a pure list rule reports (Vale's existence and substitution kinds). */
export interface ListRuleOptions {
  /** Swedish message; "{match}" is the text as written, "{forslag}" the replacement (or the entry's forslag). */
  message: string;
  /** Skip capitalised words inside a sentence (names: "Ledig", "Trygg-Hansa"). */
  skipNames?: boolean;
  /** Skip matches inside a URL, e-mail address, mention or hashtag. */
  skipSources?: boolean;
}

type ListMeta = RuleMeta & { lists: { words: unknown } };

function listRule(meta: ListMeta, options: ListRuleOptions, substitute: boolean): Rule {
  return defineRule(meta as RuleMeta<z.ZodType<Record<string, never>>>, (settings: RuleSettings) => {
    const words = settings.lists.words!;
    return (_tree, file) => {
      const context = contextOf(file);
      for (const match of words.find(context)) {
        if (options.skipNames && isNameLike(context, match.firstToken)) continue;
        if (options.skipSources && inSource(context, match.start, match.end)) continue;
        const forslag = match.fix ?? match.entry.forslag ?? '';
        report(file, settings, {
          start: match.start,
          end: match.end,
          message: format(options.message, { match: match.actual, forslag }),
          expected: substitute && match.fix ? [match.fix] : [],
          shift: match.entry.shift ?? 0,
        });
      }
    };
  });
}

/** A rule that flags every word of its list (`meta.lists.words`), with no code of its own. */
export const existenceRule = (meta: ListMeta, options: ListRuleOptions): Rule => listRule(meta, options, false);

/** A rule that flags every word of its list and offers the entry's replacement for the matched form as the fix. */
export const substitutionRule = (meta: ListMeta, options: ListRuleOptions): Rule => listRule(meta, options, true);
