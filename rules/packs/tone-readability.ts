import type { Rule } from '../core/types.ts';
import klarLix from '../klar-lix/index.ts';
import klarMeningslangd from '../klar-meningslangd/index.ts';

/** ton- and klar- rules (rules.md §3.1, §3.2). */
export const toneReadabilityRules: Rule[] = [klarLix, klarMeningslangd];
