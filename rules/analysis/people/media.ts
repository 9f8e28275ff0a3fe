import type { TextContext } from '../../core/context.ts';
import type { MediaItem } from '../../core/types.ts';

/**
 * The post's images and videos for the bild- rules. Alt texts are linted as their own texts (with
 * input.field set and no media); the bild- rules stay silent there, so a finding is never doubled.
 */
export function mediaOf(context: TextContext): MediaItem[] {
  if (context.input.field) return [];
  return context.input.media.filter((item) => item.type === 'image' || item.type === 'video');
}

/**
 * How recorded consent changes a bild- finding: every item it is about has "documented" consent →
 * the question is answered; any item with "missing" consent → one step up; otherwise (unknown or not
 * given) → the rule's own severity.
 */
export function consentOf(items: MediaItem[]): { documented: boolean; shift: number } {
  return {
    documented: items.length > 0 && items.every((item) => item.consent === 'documented'),
    shift: items.some((item) => item.consent === 'missing') ? 1 : 0,
  };
}
