import type { Rule } from '../core/types.ts';
import kanalLangd from '../kanal-langd/index.ts';
import a11yFejkfontUnicode from '../a11y-fejkfont-unicode/index.ts';

/** kanal-, a11y-, neutral- and legal- rules (rules.md: channel rules, §3.4, §3.5). */
export const channelAccessibilityLegalRules: Rule[] = [kanalLangd, a11yFejkfontUnicode];
