import { cached } from '../core/text-cache.ts';
import type { Span, TextContext } from '../core/context.ts';

// emoji-regex also matches symbols drawn as text (™ © ® ↔ ℹ without U+FE0F); only emoji that
// render as pictures are read out as emoji descriptions.
const pictured = /\p{Emoji_Presentation}|\uFE0F|\u20E3|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D/u;

/** The post's emoji as grapheme clusters (context.emoji, from emoji-regex) that show as pictures. */
export function visibleEmoji(context: TextContext): Span[] {
  return cached(context, 'visibleEmoji', () => context.emoji.filter((emoji) => pictured.test(emoji.value)));
}
