import type { z } from 'zod';
import type { Rule, RuleMeta, RuleSettings, RuleTransformer } from './types.ts';

/** Pairs a rule's metadata with its unified attacher, typing the attacher's options from meta.options. */
export function defineRule<O extends z.ZodType = z.ZodType<Record<string, never>>>(
  meta: RuleMeta<O>,
  plugin: (settings: RuleSettings<z.output<O>>) => RuleTransformer,
): Rule<z.output<O>> {
  return { meta, plugin };
}
