import type { Rule } from './core/types.ts';
import { personalDataRules } from './packs/personal-data.ts';
import { toneReadabilityRules } from './packs/tone-readability.ts';
import { channelAccessibilityLegalRules } from './packs/channel-accessibility-legal.ts';

/** Every rule Postkoll knows, in one place. Rule ids are stable (rules.md). */
export const registry: Rule[] = [...toneReadabilityRules, ...personalDataRules, ...channelAccessibilityLegalRules];

export const ruleById = new Map(registry.map((rule) => [rule.meta.id, rule]));
